import { sv, svParts } from '../i18n/sv.ts';

/** The id of the feedback question's heading on every page that asks it; the feedback service finds its pages by it. */
export const FEEDBACK_QUESTION_ID = 'hjalpte-informationen';

/** The same-origin path of the feedback service (src/feedback/), which `npm start` and the nginx configuration use. */
export const FEEDBACK_SERVICE_PATH = '/api/feedback';

/**
 * Where "Hjälpte informationen på sidan dig?" sends its answers, set at build time with the environment variable
 * FEEDBACK_ENDPOINT (an https address, or a path on the site itself). Without it, the widget offers an e-mail instead.
 */
export function feedbackEndpoint(value: string | undefined = process.env.FEEDBACK_ENDPOINT): string | undefined {
  const endpoint = value?.trim();
  if (!endpoint) return undefined;
  if (endpoint.startsWith('/') && !endpoint.startsWith('//')) return endpoint;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(`FEEDBACK_ENDPOINT "${endpoint}" är ingen giltig adress. Ange en https-adress eller en sökväg som börjar med /.`);
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
