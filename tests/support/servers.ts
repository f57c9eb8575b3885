// The ports of the test servers: nginx serving dist/, and the feedback build next to it. PORT_E2E moves both.
export const port = Number(process.env.PORT_E2E ?? 4330);

/** A second build of the site, made with FEEDBACK_ENDPOINT set, so the feedback question can be tested both ways. */
export const feedbackBuild = {
  port: port + 1,
  outDir: 'dist-feedback',
  /** Never reached: the tests intercept it with page.route. */
  endpoint: 'https://svar.example.test/hjalpte',
};
