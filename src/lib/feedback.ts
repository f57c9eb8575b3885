import { sv, svParts } from '../i18n/sv.ts';

/** The id of the feedback question's heading on every page that asks it; the feedback service finds its pages by it. */
export const FEEDBACK_QUESTION_ID = 'hjalpte-informationen';

/** The same-origin path of the feedback service (src/feedback/), which `npm start` and the nginx configuration use. */
export const FEEDBACK_SERVICE_PATH = '/api/feedback';

/**
 * The attribute that marks the two versions of what depends on whether the server runs the feedback service: with it
 * (`="with"`), the question's form and the cookie page's account of what is stored; without it (`="without"`), the
 * e-mail offer and "nothing is stored". Pages carry both, each in an element with this attribute (PageFeedback.astro);
 * the build writes each such page twice (integrations/service-variants.ts): index.html without the service, and
 * WITH_SERVICE_FILE beside it, which a server that runs the service sends instead (nginx's `index`, `npm start`).
 */
export const SERVICE_VARIANT_ATTRIBUTE = 'data-feedback-service';

/** The file beside a page's index.html that a server running the feedback service sends for the page's address. */
export const WITH_SERVICE_FILE = 'index.feedback.html';

/** Whether a built file (a path relative to the build, with `/`) is a page's version for a server with the service. */
export const isWithServiceFile = (file: string) => file === WITH_SERVICE_FILE || file.endsWith(`/${WITH_SERVICE_FILE}`);

/**
 * The FEEDBACK_ENDPOINT setting, checked: an https address, or a path on the site itself. With it, every page asks with
 * the form posting there; without it, the server's configuration decides (see serviceVariantElements).
 */
export function feedbackEndpoint(value: string | undefined): string | undefined {
  const endpoint = value?.trim();
  if (!endpoint) return undefined;
  if (endpoint.startsWith('/') && !endpoint.startsWith('//')) return endpoint;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(
      `FEEDBACK_ENDPOINT "${endpoint}" är ingen giltig adress. Ange en https-adress eller en sökväg som börjar med /.`,
    );
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    throw new Error(`FEEDBACK_ENDPOINT "${endpoint}" måste vara en https-adress.`);
  }
  return url.href;
}

/**
 * The subject of the prefilled e-mail: the answer and the page's full address, so the editor knows which page. It is
 * in Swedish from every version of the guide, so the editor reads every answer the same way.
 */
export function feedbackMailto(email: string, pageUrl: string, answer: 'yes' | 'no'): string {
  const subject = `${sv.feedback.question} ${sv.feedback[answer]} – ${pageUrl}`;
  const body = svParts.feedbackMail[answer];
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
