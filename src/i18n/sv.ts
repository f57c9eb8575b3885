import type { SwedishPartsStrings, UiStrings } from './types.ts';

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
    versionName: 'Svenska',
  },
  search: {
    page: '/sok/',
    label: 'Sök i guiden',
    button: 'Sök',
    newSearchLabel: 'Ny sökning',
    devNotice: 'Sökningen fungerar inte i förhandsvisningen (npm run dev).',
    devNoticeDetail:
      'Sökindexet skapas när webbplatsen byggs. Pröva sökningen med npm start, som bygger webbplatsen och visar den på http://localhost:4321/.',
    noScript:
      'Sökningen behöver JavaScript, som är avstängt eller inte fungerar i din webbläsare. Alla sidor i guiden finns i listan nedan.',
    startLink: 'Start: vad du gör nu',
    allPages: 'Alla sidor i guiden',
    acute: {
      heading: 'Behöver du hjälp nu?',
      danger: 'Är du i fara? Ring',
      report: 'Vill du anmäla? Ring polisen på',
      reportAfter: 'och säg att du är förtroendevald.',
      officerLead: 'Berätta för',
      officer: { href: '/sakerhetsansvarig/', text: 'din säkerhetsansvariga' },
    },
    client: {
      searching: 'Söker …',
      slow: 'Sökningen tar längre tid än vanligt, kanske för att uppkopplingen är långsam. Vänta en stund, eller gå direkt till en av guidens huvudsidor:',
      failed:
        'Sökningen kunde inte laddas just nu. Gå direkt till en av guidens huvudsidor, eller välj en sida i listan nedan. Är du i akut fara, ring 112.',
      noHits: 'Inga träffar för ”{query}”',
      hits: 'Träffar för ”{query}”',
      tryAnother: 'Pröva ett annat ord, eller välj en sida i listan nedan.',
      oneFound: '1 sida hittades.',
      manyFound: '{count} sidor hittades.',
      more: 'Visa fler träffar',
      moreFailed: 'Fler träffar kunde inte laddas just nu. Försök igen.',
    },
  },
  feedback: {
    question: 'Hjälpte informationen på sidan dig?',
    yes: 'Ja',
    no: 'Nej',
    moreYes: 'Vill du att den sidansvariga får veta att sidan hjälpte dig?',
    moreNo: 'Berätta gärna för den sidansvariga vad du saknade.',
    thanks: 'Tack för att du hjälper oss!',
    sendByEmail: 'Skicka ditt svar med e-post till',
    nothingSent: 'Ingenting skickas förrän du själv skickar e-postmeddelandet.',
    sendFailed: 'Svaret kunde inte skickas. Försök igen senare.',
  },
  footer: {
    owner: 'Sidansvarig',
    ownerPurpose:
      'Kontakta den sidansvariga om du har frågor om sidans innehåll. Den sidansvariga kan inte ge dig stöd.',
    support: {
      lead: 'Behöver du stöd? Vänd dig till',
      officer: { href: '/sakerhetsansvarig/', text: 'din säkerhetsansvariga' },
      danger: 'Akut fara: ring',
      report: 'Polisanmälan:',
    },
    published: 'Publicerad',
    updated: 'Senast ändrad',
    reviewed: 'Senast granskad',
    changedAfterReview: 'Sidan har ändrats efter den senaste granskningen.',
    aboutLabel: 'Om webbplatsen',
    links: [
      { href: '/om-guiden/', text: 'Om guiden' },
      { href: '/sok/', text: 'Alla sidor och sök' },
      { href: '/tillganglighet/', text: 'Tillgänglighet' },
      { href: '/cookies-och-personuppgifter/', text: 'Kakor och personuppgifter' },
    ],
  },
  sectionLinkPrefix: 'Länk till avsnittet',
  sectionLinkCopy: {
    name: 'Kopiera länk till avsnittet',
    done: 'Kopierad',
    announced: 'Länken till avsnittet är kopierad.',
    failed: 'Länken kopierades inte. Den står i adressfältet.',
  },
  steps: { step: 'Steg', call: 'Ring', or: 'eller' },
  sources: {
    heading: 'Källor',
    checked: 'Jämförd med källan',
    checkedWithCopy: 'Jämförd med en sparad kopia av källan',
  },
};

export const svParts: SwedishPartsStrings = {
  print: 'Skriv ut',
  contact: { phone: 'Telefon', email: 'E-post' },
  organisation: {
    call: 'Ring',
    earlierNumber: 'Tidigare nummer:',
    earlierPublished: 'angivet på SKL:s sida',
    callToday: 'Ring i dag',
    email: 'E-post:',
  },
  emergencyCard: {
    heading: 'Akutkort: om du hotas eller angrips som förtroendevald',
    qrLabel: 'QR-kod till Vad gör jag nu? steg för steg:',
    contactLegend: 'Din säkerhetsansvariga',
    name: 'Namn',
    organisation: 'Organisation',
    supportHeading: 'Stöd och råd',
    stepByStep: 'Steg för steg:',
  },
  cardLink: {
    heading: 'För säkerhetsansvariga: skicka kortet med dina uppgifter',
    intro:
      'Skapa en länk med ditt namn och ditt telefonnummer och skicka den till de förtroendevalda, till exempel med e-post. Den som öppnar länken får akutkortet ifyllt med dina uppgifter och kan skriva ut det.',
    privacy: 'Uppgifterna finns bara i själva länken. De skickas inte till webbplatsen och sparas inte här.',
    noScript:
      'För att skapa en länk behövs JavaScript, som är avstängt eller inte fungerar i din webbläsare. Du kan i stället skriva dina uppgifter i kortet ovan och skriva ut det.',
    name: { label: 'Ditt namn', hint: (limit) => `Högst ${limit} tecken.` },
    phone: { label: 'Ditt telefonnummer', hint: 'Ett svenskt nummer med riktnummer.' },
    organisation: { label: 'Organisation (frivilligt)', hint: 'Till exempel kommunen, regionen eller partiet.' },
    create: 'Skapa länk',
  },
  notes: {
    label: 'Anteckningar om händelsen',
    date: 'Datum',
    time: 'Klockslag',
    place: { label: 'Plats', hint: 'Till exempel en adress, ett möte eller en webbplats.' },
    whatHappened: 'Vad hände?',
    whatWasSaid: {
      label: 'Vad sades eller skrevs, och var?',
      hint: 'Skriv orden så exakt du kan. Skriv också var det sades eller stod, till exempel i ett e-postmeddelande, ett sms, ett brev eller ett inlägg.',
    },
    who: 'Vem gjorde det, om du vet?',
    witnesses: { label: 'Vittnen', hint: 'Vilka såg eller hörde det som hände, och hur når man dem?' },
    evidence: {
      legend: 'Bevis som du har sparat',
      options: [
        'Skärmbilder som visar webbadressen, tiden och sammanhanget',
        'Meddelanden som jag inte har raderat',
        'Brev, kuvert eller lappar som jag har sparat',
      ],
      other: 'Andra bevis, och var de finns',
    },
    told: {
      legend: 'Vem har du berättat för?',
      options: ['Säkerhetsansvarig i kommunen eller regionen', 'Säkerhetsansvarig i partiet', 'Polisen'],
      other: 'Andra som du har berättat för',
    },
    caseNumber: { label: 'K-nummer', hint: 'Anmälans nummer hos polisen. Du får det när du anmäler.' },
    noScript:
      'Du kan alltid skriva ut anteckningarna med webbläsarens utskriftsfunktion. Knapparna för att ladda ner dem som textfil och tömma formuläret behöver JavaScript.',
    download: 'Ladda ner som textfil',
    clear: 'Töm formuläret',
  },
  feedbackMail: {
    yes: 'Ja, informationen på sidan hjälpte mig.\n',
    no: 'Nej, informationen på sidan hjälpte mig inte.\n\nDet här saknade jag:\n',
  },
  feedbackPrivacy: {
    stored:
      'Svarar du Ja eller Nej sparar vi tre uppgifter: vilken sida du läste, ditt svar och vilken dag du svarade. Vi sparar inte klockslaget, inga kakor och ingenting som visar vem du är. Svaren räknas ihop per sida och dag.',
    receiverAt: (host) =>
      `Med ”vi” menar vi den som tar emot svaren på adressen ${host}. De sidansvariga läser hur många som svarade Ja och Nej på varje sida.`,
    receiverSameServer:
      'Med ”vi” menar vi den som driver den här webbplatsen: svaren skickas till samma server som sidan kommer från. De sidansvariga läser hur många som svarade Ja och Nej på varje sida.',
    nothingStored:
      'Svarar du Ja eller Nej skickas ingenting och ingenting sparas. Du kan välja att skicka ditt svar med e-post till den sidansvariga. Då får den sidansvariga din e-postadress och det du skriver i meddelandet.',
  },
  accessibility: { conformanceBefore: 'Webbplatsen är', conformanceAfter: 'med lag (2018:1937).', level: 'nivå' },
  notFound: {
    title: 'Sidan finns inte',
    description: 'Sidan du sökte finns inte. Gå till startsidan eller välj en sida i listan.',
    lead: 'Vi hittar inte sidan. Adressen kan vara felskriven, eller så har sidan flyttats.',
    danger: 'Är du i fara just nu? Ring',
    report: 'Vill du polisanmäla? Ring',
    home: 'Gå till startsidan',
    pagesHeading: 'Sidor i guiden',
  },
};
