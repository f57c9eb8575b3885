// The settings the pages read, given by src/integrations/site-settings.ts.
declare module 'virtual:site-settings' {
  /** FEEDBACK_ENDPOINT, checked; undefined when the server's configuration decides (see src/lib/feedback.ts). */
  export const feedbackEndpoint: string | undefined;
}
