// The ports of the two preview servers. E2E_PORT moves both, for machines where 4322 is taken.
export const port = Number(process.env.E2E_PORT ?? 4322);

/** A second build of the site, made with FEEDBACK_ENDPOINT set, so the feedback question can be tested both ways. */
export const feedbackBuild = {
  port: port + 1,
  outDir: 'dist-feedback',
  /** Never reached: the tests intercept it with page.route. */
  endpoint: 'https://svar.example.test/hjalpte',
};
