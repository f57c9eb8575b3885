// Lättläst is Swedish, so it starts from the Swedish dictionary; what a reader reads on every page (the name, the
// emergency line, the step words, the feedback question, the sources and the footer) is said in easy Swedish here,
// so that the whole page, not only its text, reads easily (the LIX test measures header, main and footer).
import { sv } from './sv.ts';
import type { UiStrings } from './types.ts';

export const lattlast: UiStrings = {
  ...sv,
  site: {
    ...sv.site,
    name: 'Stöd vid hot och hat mot politiker',
    nameFirst: 'Stöd vid hot och hat',
    nameSecond: 'mot politiker',
    home: '/lattlast/',
    skipLink: 'Gå till texten',
  },
  emergency: {
    label: 'Ring om du är i fara',
    dangerLead: 'Är du i fara?',
    dangerCall: 'Ring',
    reportLead: 'Vill du göra en anmälan?',
    reportCall: 'Ring',
    reportAfter: 'och säg att du är politiker.',
  },
  nav: { ...sv.nav, pagesLabel: 'Sidor', versionsLabel: 'Sidorna på fler sätt', versionName: 'Lättläst' },
  search: { ...sv.search, label: 'Sök på sidorna' },
  feedback: {
    question: 'Fick du hjälp av sidan?',
    yes: 'Ja',
    no: 'Nej',
    moreYes: 'Vill du berätta det för den som skrev sidan?',
    moreNo: 'Vill du berätta vad du inte hittade?',
    thanks: 'Tack för att du hjälper oss!',
    sendByEmail: 'Skicka e-post till',
    nothingSent: 'Vi får ditt svar först när du skickar din e-post.',
    sendFailed: 'Det gick inte att skicka ditt svar. Försök igen sen.',
  },
  footer: {
    owner: 'Har du frågor om sidan? Skriv till',
    ownerPurpose: 'Den personen kan inte ge dig stöd.',
    support: {
      lead: 'Behöver du stöd? Prata med',
      officer: { href: '/sakerhetsansvarig/', text: 'den som har hand om säkerheten' },
      danger: 'Är du i fara? Ring',
      report: 'Vill du göra en anmälan? Ring',
    },
    published: 'Sidan kom ut',
    updated: 'Sidan ändrades',
    reviewed: 'Vi läste hela sidan',
    changedAfterReview: 'Sidan har ändrats efter det.',
    aboutLabel: 'Om sidorna',
    links: [
      { href: '/om-guiden/', text: 'Om sidorna' },
      { href: '/sok/', text: 'Sök' },
      { href: '/tillganglighet/', text: 'Så kan alla läsa sidorna' },
      { href: '/cookies-och-personuppgifter/', text: 'Kakor och dina uppgifter' },
    ],
  },
  sectionLinkPrefix: 'Länk till',
  sectionLinkCopy: {
    name: 'Kopiera länk till',
    done: 'Klart',
    announced: 'Länken är kopierad.',
    failed: 'Det gick inte att kopiera. Länken står högst upp.',
  },
  sources: { heading: 'Här kommer fakta från', checked: 'Vi läste den', checkedWithCopy: 'Vi läste en kopia av den' },
};
