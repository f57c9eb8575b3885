import type { UiStrings } from './types.ts';

const date = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const sv: UiStrings = {
  lang: 'sv',
  ogLocale: 'sv_SE',
  formatDate: (value) => date.format(value),
  site: {
    name: 'Stöd vid hot och hat mot förtroendevalda',
    nameFirst: 'Stöd vid hot och hat',
    nameSecond: 'mot förtroendevalda',
    home: '/',
    skipLink: 'Hoppa till innehållet',
    previewImageAlt: 'Stöd vid hot och hat mot förtroendevalda. Akut fara? Ring 112. Polisanmälan: 114 14.',
  },
  emergency: {
    label: 'Nödnummer',
    dangerLead: 'Akut fara?',
    dangerCall: 'Ring',
    reportLead: 'Polisanmälan:',
    reportCall: 'ring',
    reportAfter: 'och säg att du är förtroendevald.',
  },
  nav: {
    pagesLabel: 'Sidor i guiden',
    menu: 'Meny',
    versionsLabel: 'Andra versioner av guiden',
  },
  search: {
    page: '/sok/',
    label: 'Sök i guiden',
    button: 'Sök',
    newSearchLabel: 'Ny sökning',
    devNotice: 'Sökningen fungerar inte i förhandsvisningen (npm run dev).',
    devNoticeDetail:
      'Sökindexet skapas när webbplatsen byggs. Pröva sökningen med npm start, som bygger webbplatsen och visar den på http://localhost:4321/.',
    noScript: 'Sökningen behöver JavaScript, som är avstängt eller inte fungerar i din webbläsare. Alla sidor i guiden finns i listan nedan.',
    startLink: 'Start: vad du gör nu',
    allPages: 'Alla sidor i guiden',
    client: {
      searching: 'Söker …',
      slow: 'Sökningen tar längre tid än vanligt, kanske för att uppkopplingen är långsam. Vänta en stund, eller gå direkt till en av guidens huvudsidor:',
      failed: 'Sökningen kunde inte laddas just nu. Gå direkt till en av guidens huvudsidor, eller välj en sida i listan nedan. Är du i akut fara, ring 112.',
      noHits: 'Inga träffar för ”{query}”',
      hits: 'Träffar för ”{query}”',
      tryAnother: 'Pröva ett annat ord, eller välj en sida i listan nedan.',
      oneFound: '1 sida hittades.',
      manyFound: '{count} sidor hittades.',
    },
  },
  feedback: {
    question: 'Hjälpte informationen på sidan dig?',
    yes: 'Ja',
    no: 'Nej',
    moreYes: 'Vill du att sidans redaktör får veta att sidan hjälpte dig?',
    moreNo: 'Berätta gärna för sidans redaktör vad du saknade.',
    thanks: 'Tack för att du hjälper oss!',
    sendByEmail: 'Skicka ditt svar med e-post till',
    nothingSent: 'Ingenting skickas förrän du själv skickar e-postmeddelandet.',
    sendFailed: 'Svaret kunde inte skickas. Försök igen senare.',
  },
  footer: {
    owner: 'Ansvarig för sidan',
    published: 'Publicerad',
    updated: 'Senast ändrad',
    reviewed: 'Senast granskad',
    aboutLabel: 'Om webbplatsen',
    links: [
      { href: '/om-guiden/', text: 'Om guiden' },
      { href: '/sok/', text: 'Alla sidor och sök' },
      { href: '/tillganglighet/', text: 'Tillgänglighet' },
      { href: '/cookies-och-personuppgifter/', text: 'Kakor och personuppgifter' },
    ],
  },
  sectionLinkPrefix: 'Länk till avsnittet',
  sources: { heading: 'Källor', checked: 'Kontrollerad' },
};
