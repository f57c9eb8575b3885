// The shape of a language's UI dictionary: every string of the page chrome, the emergency bar, the search, the
// feedback question and the footer. Page text lives in content/pages; facts (numbers, names, links) in content/*.yaml.

/** The languages the guide is written in. Lättläst is Swedish, so it uses the Swedish dictionary. */
export type Lang = 'sv' | 'en';

export interface UiStrings {
  /** BCP 47 code for <html lang> and hreflang. */
  lang: Lang;
  /** Open Graph locale, e.g. sv_SE. */
  ogLocale: string;
  /** Formats a date as readers of the language write it, e.g. "7 december 2018". */
  formatDate(date: Date): string;
  site: {
    name: string;
    /** The site's name in the header, split where a narrow screen may break it. */
    nameFirst: string;
    nameSecond: string;
    /** The start page of this language. */
    home: string;
    skipLink: string;
    /** Text alternative of the link-preview image, which shows the Swedish name and the numbers. */
    previewImageAlt: string;
  };
  emergency: {
    label: string;
    dangerLead: string;
    /** "Ring" before the number. */
    dangerCall: string;
    reportLead: string;
    reportCall: string;
    /** After 114 14: what to say. */
    reportAfter: string;
  };
  nav: {
    /** The name of the side menu on wide screens. */
    pagesLabel: string;
    /** The small-screen menu's button and navigation name. */
    menu: string;
    /** The links to the other versions of the guide at the top of every page. */
    versionsLabel: string;
    /** This version's name in its own language, as the links to it from the other versions say it. */
    versionName: string;
  };
  search: {
    /** Address of this language's search page. */
    page: string;
    label: string;
    button: string;
    /** The landmark name of the search page's own form, which differs from the header's. */
    newSearchLabel: string;
    devNotice: string;
    devNoticeDetail: string;
    noScript: string;
    startLink: string;
    allPages: string;
    /** Shown first when a search finds nothing, before the list of pages: a frightened reader's search never ends empty. */
    acute: {
      heading: string;
      /** Before 112. */
      danger: string;
      /** Before 114 14, and after it. */
      report: string;
      reportAfter: string;
      /** Before the link to the page about the security officer. */
      officerLead: string;
      officer: { href: string; text: string; hreflang?: Lang };
    };
    /** Read by the search script from the page (data attributes), so it needs no copy of the dictionary. */
    client: SearchClientStrings;
  };
  feedback: {
    question: string;
    yes: string;
    no: string;
    moreYes: string;
    moreNo: string;
    thanks: string;
    sendByEmail: string;
    nothingSent: string;
    sendFailed: string;
  };
  footer: {
    /** The role name of the person responsible for the page's content: one name everywhere (sv: "Sidansvarig"). */
    owner: string;
    /** Beside the owner: what to contact them about, so a frightened reader does not take them for a helpline. */
    ownerPurpose: string;
    /** Where support is instead, before the emergency numbers. */
    support: {
      lead: string;
      /** The link to the page about the security officer. */
      officer: {
        href: string;
        text: string;
        /** Set when the page is in another language than the link text. */ hreflang?: Lang;
      };
      danger: string;
      report: string;
    };
    published: string;
    updated: string;
    reviewed: string;
    /** After the review date when the page changed after it: the review does not cover the last change. */
    changedAfterReview: string;
    aboutLabel: string;
    links: {
      href: string;
      text: string;
      /** Set when the page is in another language than the link text. */ hreflang?: Lang;
    }[];
  };
  /** Before the heading's text in the name of a section's "#" link, read by screen readers. */
  sectionLinkPrefix: string;
  /**
   * Where JavaScript and the Clipboard API exist, the "#" link also copies the section's address. Read by the script in
   * SectionHeading.astro from data attributes on <main> (BaseLayout), so it carries no copy of the dictionary.
   */
  sectionLinkCopy: {
    /** Then replaces `sectionLinkPrefix` in the link's name. */
    name: string;
    /** Shown beside "#" once the address is copied. */
    done: string;
    /** Announced to screen readers once the address is copied. */
    announced: string;
    /** Announced when the browser refuses to copy; the address is then in the address bar. */
    failed: string;
  };
  /** The steps from content/steps/, on the step-by-step page and the start page. */
  steps: {
    /** Before a step's number, for screen readers: "Steg" 1. */
    step: string;
    /** Before a phone number: "Ring" 112. */
    call: string;
    /** Between two numbers on the start page. */
    or: string;
  };
  /** The list of a page's sources at its foot. */
  sources: {
    heading: string;
    /** Before the day an editor last compared the facts with the source. */
    checked: string;
    /** Instead, when that comparison was with a stored copy of the source (links.yaml: storedCopy). */
    checkedWithCopy: string;
  };
}

export interface SearchClientStrings {
  searching: string;
  slow: string;
  failed: string;
  /** {query} is replaced by what the reader typed. */
  noHits: string;
  hits: string;
  tryAnother: string;
  oneFound: string;
  /** {count} is replaced by the number of pages. */
  manyFound: string;
  /** The button that shows the next results. */
  more: string;
  moreFailed: string;
}

/**
 * The words of the parts only Swedish pages have: the akutkort and its card link, the notes form, the contact and
 * organisation cards, what the feedback question stores, the accessibility statement's lines and the 404 page.
 * Lättläst and English pages show none of them; a part that comes to their pages moves its words into UiStrings.
 */
export interface SwedishPartsStrings {
  /** The print button's text when the page gives none, and the notes form's first button. */
  print: string;
  /** A person's channels (ContactPerson) and the akutkort's contact fields. */
  contact: {
    phone: string;
    email: string;
  };
  /** An organisation's card (Organisation). */
  organisation: {
    /** Before the number: "Ring" 116 006. */
    call: string;
    /** Before a number that was replaced. */
    earlierNumber: string;
    /** In brackets before the date SKL's page gave the earlier number. */
    earlierPublished: string;
    /** Before today's number, after an earlier one. */
    callToday: string;
    /** Before the organisation's address. */
    email: string;
  };
  /** The printed akutkort (EmergencyCard). */
  emergencyCard: {
    heading: string;
    /** The QR code's text alternative, before the address it leads to. */
    qrLabel: string;
    contactLegend: string;
    name: string;
    organisation: string;
    supportHeading: string;
    /** Before the address of the step-by-step page. */
    stepByStep: string;
  };
  /** The security officer's form that makes a card link (CardLinkForm). */
  cardLink: {
    heading: string;
    intro: string;
    privacy: string;
    noScript: string;
    name: { label: string; /** With the longest name allowed. */ hint: (limit: number) => string };
    phone: { label: string; hint: string };
    organisation: { label: string; hint: string };
    create: string;
  };
  /** The private incident notes (NotesForm); the names of the fields are code, these are what the reader reads. */
  notes: {
    /** The name of the notes' region. */
    label: string;
    date: string;
    time: string;
    place: { label: string; hint: string };
    whatHappened: string;
    whatWasSaid: { label: string; hint: string };
    who: string;
    witnesses: { label: string; hint: string };
    evidence: { legend: string; options: string[]; other: string };
    told: { legend: string; options: string[]; other: string };
    caseNumber: { label: string; hint: string };
    /** Shown without JavaScript, beside the buttons that need it. */
    noScript: string;
    download: string;
    clear: string;
  };
  /** The body of the e-mail the feedback question offers, in Swedish from every version (lib/feedback.ts). */
  feedbackMail: { yes: string; no: string };
  /** What the feedback question sends and stores, on the privacy page (FeedbackPrivacy). */
  feedbackPrivacy: {
    /** With an endpoint. */
    stored: string;
    /** Who "vi" is when the answers go to another host, named by its address. */
    receiverAt: (host: string) => string;
    /** Who "vi" is when the answers go to the site's own server. */
    receiverSameServer: string;
    /** Without an endpoint: the answer goes only by the reader's own e-mail. */
    nothingStored: string;
  };
  /** The accessibility statement's lines built from docs/accessibility.md (AccessibilityChecklist). */
  accessibility: {
    /** Before and after the conformance level, which stands between them in bold. */
    conformanceBefore: string;
    conformanceAfter: string;
    /** Before a criterion's level: (nivå A). */
    level: string;
  };
  /** The 404 page. */
  notFound: {
    title: string;
    description: string;
    lead: string;
    /** Before 112. */
    danger: string;
    /** Before 114 14. */
    report: string;
    home: string;
    pagesHeading: string;
  };
}
