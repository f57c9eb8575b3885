// The site's name, in one place: the header, page titles, link previews and the link-preview image use it.

/** The name in two lines, where the header and the link-preview image break it. */
export const SITE_NAME_LINES = ['Stöd vid hot och hat', 'mot förtroendevalda'] as const;

/** "Stöd vid hot och hat mot förtroendevalda" */
export const SITE_NAME = SITE_NAME_LINES.join(' ');
