import type { UiStrings } from './types.ts';

const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const en: UiStrings = {
  lang: 'en',
  ogLocale: 'en_GB',
  formatDate: (value) => date.format(value),
  site: {
    name: 'Support for elected officials facing threats and hate',
    nameFirst: 'Support for elected officials',
    nameSecond: 'facing threats and hate',
    home: '/en/',
    skipLink: 'Skip to content',
    previewImageAlt:
      'Support for elected officials facing threats and hate (in Swedish). In danger? Call 112. To report to the police: 114 14.',
  },
  emergency: {
    label: 'Emergency numbers',
    dangerLead: 'In danger now?',
    dangerCall: 'Call',
    reportLead: 'To report to the police:',
    reportCall: 'call',
    reportAfter: 'and say that you are an elected official.',
  },
  nav: {
    pagesLabel: 'Pages in English',
    menu: 'Menu',
    versionsLabel: 'Other versions of the guide',
    versionName: 'In English',
  },
  search: {
    page: '/en/search/',
    label: 'Search the guide',
    button: 'Search',
    newSearchLabel: 'New search',
    devNotice: 'Search does not work in the preview (npm run dev).',
    devNoticeDetail: 'The search index is made when the site is built. Try search with npm start.',
    noScript:
      'Search needs JavaScript, which is turned off or does not work in your browser. The pages in English are listed below.',
    startLink: 'Start: what to do now',
    allPages: 'Pages in English',
    acute: {
      heading: 'Do you need help now?',
      danger: 'Are you in danger? Call',
      report: 'To report a crime, call the police on',
      reportAfter: 'and say that you are an elected official.',
      officerLead: 'Tell',
      officer: { href: '/sakerhetsansvarig/', text: 'your security officer (in Swedish)', hreflang: 'sv' },
    },
    client: {
      searching: 'Searching …',
      slow: 'Search is taking longer than usual, perhaps because the connection is slow. Wait a moment, or go straight to the page in English:',
      failed:
        'Search could not be loaded just now. Go straight to the page in English. If you are in danger now, call 112.',
      noHits: 'No results for “{query}”',
      hits: 'Results for “{query}”',
      tryAnother: 'Try another word, or choose a page in the list below.',
      oneFound: '1 page found.',
      manyFound: '{count} pages found.',
      more: 'Show more results',
      moreFailed: 'More results could not be loaded just now. Please try again.',
    },
  },
  feedback: {
    question: 'Did the information on this page help you?',
    yes: 'Yes',
    no: 'No',
    moreYes: 'Would you like the editor of this page to know that it helped you?',
    moreNo: 'Please tell the editor of this page what you missed.',
    thanks: 'Thank you for helping us!',
    sendByEmail: 'Send your answer by e-mail to',
    nothingSent: 'Nothing is sent until you send the e-mail yourself.',
    sendFailed: 'Your answer could not be sent. Please try again later.',
  },
  footer: {
    owner: 'Responsible for this page',
    ownerPurpose: 'Contact them with questions about the content of this page. They cannot give you support.',
    support: {
      lead: 'Do you need support? Contact',
      officer: { href: '/sakerhetsansvarig/', text: 'your security officer (in Swedish)', hreflang: 'sv' },
      danger: 'In danger: call',
      report: 'Report a crime:',
    },
    published: 'Published',
    updated: 'Last changed',
    reviewed: 'Last reviewed',
    changedAfterReview: 'The page has changed since it was last reviewed.',
    aboutLabel: 'About this website',
    links: [
      { href: '/om-guiden/', text: 'About the guide (in Swedish)', hreflang: 'sv' },
      { href: '/en/search/', text: 'Search in English' },
      { href: '/tillganglighet/', text: 'Accessibility (in Swedish)', hreflang: 'sv' },
      { href: '/cookies-och-personuppgifter/', text: 'Cookies and personal data (in Swedish)', hreflang: 'sv' },
    ],
  },
  sectionLinkPrefix: 'Link to the section',
  sectionLinkCopy: {
    name: 'Copy link to the section',
    done: 'Copied',
    announced: 'The link to the section is copied.',
    failed: 'The link was not copied. It is in the address bar.',
  },
  steps: { step: 'Step', call: 'Call', or: 'or' },
  // The sources' names in content/links/ are Swedish.
  sources: {
    heading: 'Sources (in Swedish)',
    checked: 'Compared with the source',
    checkedWithCopy: 'Compared with a stored copy of the source',
  },
};
