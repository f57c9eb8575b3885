// Each case breaks an in-memory copy of the real content the way an editor might, runs the content pipeline and
// checks the Swedish message: file, line, what is wrong, what is expected, and no other error besides.
// tests/content-errors/ proves with real builds that these messages reach the editor and that nothing changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ContentCopy } from '../../support/content.ts';

interface Case {
  name: string;
  breakIt: (copy: ContentCopy) => void;
  /** Each message must start with one of these; `{line:file:text}` is the line in `file` that contains `text`. */
  expected: (copy: ContentCopy) => string[];
}

const newPage = (frontmatter: string, body = 'Text.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const validFrontmatter = (title: string, extra = 'navOrder: 8') =>
  `title: ${title}\ndescription: En sida som bara finns i testet.\n${extra}\npublished: 2026-11-29\nupdated: 2026-11-29\nreviewed: 2026-11-29\nowner: greta-berg\nsources: [skl-2018]`;

const POLIS = 'content/pages/polisanmalan.mdx';
const LL_POLIS = 'content/pages/lattlast/polisanmalan.mdx';
const EN = 'content/pages/en/index.mdx';
const GRETA = 'content/people/greta-berg.yaml';
const STEP_POLICE = 'content/steps/anmal-till-polisen.yaml';
const STEP_OFFICER = 'content/steps/beratta-for-sakerhetsansvarig.yaml';
const EN_REPORT = 'content/pages/en/police-report.mdx';
const frontmatterEnd = (copy: ContentCopy, file: string) => copy.text(file).split('\n').indexOf('---', 1) + 1;

const cases: Case[] = [
  // The four cases a line-by-line reader could not see.
  {
    name: 'a <Phone> whose id is on a line of its own',
    breakIt: (c) => c.edit(POLIS, '<Phone id="polisen" />', '<Phone\n  id="okand"\n/>'),
    expected: (c) => [
      `${POLIS}, rad ${c.lineOf(POLIS, 'id="okand"')}: <Phone id="okand" /> – id:t "okand" finns inte i content/phone-numbers/. Förväntat: ett av anna-lena-pogulis, brottsofferjouren, brottsofferjouren-tidigare,`,
    ],
  },
  {
    name: 'a reference-style link to a page that does not exist',
    breakIt: (c) =>
      c.edit(POLIS, '## Be om åtkomstskydd', 'Läs [om stödet][stod].\n\n[stod]: /stodet/\n\n## Be om åtkomstskydd'),
    expected: (c) => [
      `${POLIS}, rad ${c.lineOf(POLIS, '[om stödet][stod]')}: länken /stodet/ går till en sida som inte finns. Förväntat: en av /akutkort/,`,
    ],
  },
  {
    name: 'a component that does not exist',
    breakIt: (c) => c.edit(POLIS, '<ExternalLink id="polisen-anmalan" />', '<Externallink id="polisen-anmalan" />'),
    expected: (c) => [
      `${POLIS}, rad ${c.lineOf(POLIS, '<Externallink')}: komponenten <Externallink> finns inte. Förväntat: en av <Phone>, <ExternalLink>,`,
    ],
  },
  {
    name: 'a heading written as JSX',
    breakIt: (c) => c.edit(POLIS, '## Be om åtkomstskydd', '<h2>Be om åtkomstskydd</h2>'),
    expected: (c) => [
      `${POLIS}, rad ${c.lineOf(POLIS, '<h2>Be om')}: rubriken "Be om åtkomstskydd" är skriven som <h2>, så den får ingen adress och ingen länk till avsnittet. Förväntat: en rubrik i Markdown: ## Be om åtkomstskydd.`,
    ],
  },

  {
    name: 'the earlier address of a person who has none',
    breakIt: (c) => c.edit(GRETA, 'earlierEmail: greta.berg@skl.se\n', ''),
    expected: (c) =>
      ['content/pages/kommuner-och-regioner.mdx', 'content/pages/om-guiden.mdx'].map(
        (file) =>
          `${file}, rad ${c.lineOf(file, '<Email person="greta-berg" earlier />')}: <Email person="greta-berg" earlier /> visar earlierEmail, men "greta-berg" i content/people/ har inget earlierEmail. Förväntat: lägg till earlierEmail för greta-berg i content/people/, eller ta bort earlier.`,
      ),
  },

  {
    name: 'a step renamed that an old start-page address leads to',
    breakIt: (c) => c.rename('content/steps/fa-stod.yaml', 'content/steps/stod-och-hjalp.yaml'),
    expected: () => [
      'content/steps/: steget fa-stod finns inte, men startsidans gamla adress /#stod (och /lattlast/#stod, /en/#support) ska leda dit, så att länkar i e-post och på intranät fungerar. Förväntat: behåll id:t fa-stod på steget, eller be en utvecklare flytta adressen i src/lib/anchors.ts.',
    ],
  },

  // Syntax.
  {
    name: 'frontmatter that is not valid YAML',
    breakIt: (c) =>
      c.edit(POLIS, "title: 'Polisanmälan: så anmäler du hot, hat och våld'", 'title: Polisanmälan: hot, hat och våld'),
    expected: (c) => [
      `${POLIS}, rad ${c.lineOf(POLIS, 'title: Polisanmälan:')}, tecken 8: Raden går inte att läsa som YAML`,
    ],
  },
  {
    name: 'an unclosed tag in MDX',
    breakIt: (c) => c.edit(POLIS, '  Anmäl alltid', '  Anmäl <Notice>alltid'),
    expected: (c) => [
      `${POLIS}, rad ${c.lineOf(POLIS, '<Notice>alltid')}, tecken 9: MDX-koden går inte att läsa (Expected a closing tag for \`<Notice>\``,
    ],
  },
  {
    name: 'HTML in a page instead of a component',
    breakIt: (c) => c.edit(POLIS, /<Lead>\n {2}(.*)\n<\/Lead>/, '<p class="lead">$1</p>'),
    expected: (c) => [
      `${POLIS}, rad ${c.lineOf(POLIS, '<p class="lead">')}: sidan innehåller HTML-koden <p>, som redigeraren i webbläsaren inte kan visa. Förväntat: <Lead>ingressens text</Lead>.`,
    ],
  },
  {
    name: 'HTML inside HTML is one message, for the outermost element',
    breakIt: (c) =>
      c.edit(
        'content/pages/dokumentera.mdx',
        /<Notice>\n {2}\*\*(.*?)\*\*(.*?)\n\n {2}(.*?)\n<\/Notice>/,
        '<div class="notice">\n  <p><strong>$1</strong>$2</p>\n  <p>$3</p>\n</div>',
      ),
    expected: (c) => [
      `content/pages/dokumentera.mdx, rad ${c.lineOf('content/pages/dokumentera.mdx', '<div class="notice">')}: sidan innehåller HTML-koden <div>, som redigeraren i webbläsaren inte kan visa. Förväntat: <Notice> med texten på egna rader, och </Notice> på en egen rad.`,
    ],
  },
  {
    name: 'a data file that is not valid YAML',
    breakIt: (c) => c.edit(GRETA, 'email: greta.berg@skr.se', 'email greta.berg@skr.se'),
    expected: (c) => [`${GRETA}, rad ${c.lineOf(GRETA, 'email greta.berg@skr.se')}, tecken `],
  },

  // Fields: the schemas' messages at their line.
  {
    name: 'a page without a title',
    breakIt: (c) => c.edit(POLIS, "title: 'Polisanmälan: så anmäler du hot, hat och våld'\n", ''),
    expected: (c) => [
      `${POLIS}, rad 1–${frontmatterEnd(c, POLIS)} (frontmatter): Fältet title saknas eller är inte text. Förväntat: sidans rubrik`,
    ],
  },
  {
    name: 'a published date that is not a date',
    breakIt: (c) => c.edit('content/pages/stod-och-hjalp.mdx', 'published: 2018-12-07', 'published: sjunde december'),
    expected: (c) => [
      `content/pages/stod-och-hjalp.mdx, rad ${c.lineOf('content/pages/stod-och-hjalp.mdx', 'published:')}: Fältet published saknas eller är inget datum. Förväntat: dagen då sidan först publicerades som ÅÅÅÅ-MM-DD`,
    ],
  },
  {
    name: 'a page without the day it was last reviewed',
    breakIt: (c) => c.edit('content/pages/om-guiden.mdx', 'reviewed: 2026-11-29\n', ''),
    expected: (c) => [
      `content/pages/om-guiden.mdx, rad 1–${frontmatterEnd(c, 'content/pages/om-guiden.mdx')} (frontmatter): Fältet reviewed saknas eller är inget datum. Förväntat: dagen då sidan senast granskades som ÅÅÅÅ-MM-DD`,
    ],
  },
  {
    name: 'a person whose e-mail address is not valid',
    breakIt: (c) => c.edit(GRETA, 'email: greta.berg@skr.se', 'email: greta.berg@skr'),
    expected: (c) => [
      `${GRETA}, rad ${c.lineOf(GRETA, 'email: greta.berg@skr')}: Fältet email är inte en giltig e-postadress. Förväntat: en adress som namn@exempel.se.`,
    ],
  },
  {
    name: 'a description over 160 characters',
    breakIt: (c) =>
      c.edit(
        'content/pages/sakerhetsansvarig.mdx',
        /^description: (.*)$/m,
        `description: ${'Stödet ges lokalt. '.repeat(10)}`,
      ),
    expected: (c) => [
      `content/pages/sakerhetsansvarig.mdx, rad ${c.lineOf('content/pages/sakerhetsansvarig.mdx', 'description:')}: Fältet description är för långt. Förväntat: högst 160 tecken`,
    ],
  },
  {
    name: 'a phone number that is not a valid Swedish number',
    breakIt: (c) => c.edit('content/phone-numbers/greta-berg.yaml', 'number: 08-452 79 58', 'number: 08-452 79'),
    expected: (c) => [
      `content/phone-numbers/greta-berg.yaml, rad ${c.lineOf('content/phone-numbers/greta-berg.yaml', 'number: 08-452 79')}: Fältet number är inte ett giltigt svenskt telefonnummer. Förväntat:`,
    ],
  },
  {
    name: 'a link register entry that is not https',
    breakIt: (c) =>
      c.edit(
        'content/links/brottsofferjouren.yaml',
        'url: https://www.brottsofferjouren.se/',
        'url: http://www.brottsofferjouren.se/',
      ),
    expected: (c) => [
      `content/links/brottsofferjouren.yaml, rad ${c.lineOf('content/links/brottsofferjouren.yaml', 'url: http://www.')}: Fältet url är inte en fullständig https-adress.`,
    ],
  },

  // Ids in one file that another must have: the same message wherever the id is.
  {
    name: 'an owner who is not in people.yaml',
    breakIt: (c) => c.edit('content/pages/om-guiden.mdx', 'owner: anna-lena-pogulis', 'owner: anna-pogulis'),
    expected: (c) => [
      `content/pages/om-guiden.mdx, rad ${c.lineOf('content/pages/om-guiden.mdx', 'owner:')}: Fältet owner pekar på "anna-pogulis", som inte finns i content/people/. Förväntat: ett av anna-lena-pogulis, greta-berg.`,
    ],
  },
  {
    name: 'a person whose organisation is not in organisations.yaml',
    breakIt: (c) => c.edit(GRETA, 'organisation: skr\n', 'organisation: skl\n'),
    expected: (c) => [
      `${GRETA}, rad ${c.lineOf(GRETA, 'organisation: skl')}: Fältet organisation pekar på "skl", som inte finns i content/organisations/. Förväntat: ett av`,
    ],
  },
  {
    name: 'a step that names a phone number not in phone-numbers.yaml',
    breakIt: (c) => c.edit(STEP_POLICE, 'phones:\n  - polisen\n', 'phones:\n  - polis\n'),
    expected: (c) => [
      `${STEP_POLICE}, rad ${c.lineOf(STEP_POLICE, '  - polis')}: Fältet phones pekar på "polis", som inte finns i content/phone-numbers/. Förväntat: ett av anna-lena-pogulis, brottsofferjouren,`,
    ],
  },
  {
    name: 'a contact person who is not in people.yaml',
    breakIt: (c) =>
      c.edit(
        'content/pages/kommuner-och-regioner.mdx',
        '<ContactPerson id="greta-berg" />',
        '<ContactPerson id="greta" />',
      ),
    expected: (c) => [
      `content/pages/kommuner-och-regioner.mdx, rad ${c.lineOf('content/pages/kommuner-och-regioner.mdx', 'id="greta"')}: <ContactPerson id="greta" /> – id:t "greta" finns inte i content/people/`,
    ],
  },
  {
    name: 'an akutkort support number that is not in phone-numbers.yaml',
    breakIt: (c) => c.edit('content/pages/akutkort.mdx', '"vardguiden"', '"1177"'),
    expected: (c) => [
      `content/pages/akutkort.mdx, rad ${c.lineOf('content/pages/akutkort.mdx', 'support=')}: <EmergencyCard> support: id:t "1177" finns inte i content/phone-numbers/`,
    ],
  },

  // Steps.
  {
    name: 'two steps with the same place',
    breakIt: (c) => c.edit(STEP_OFFICER, 'order: 2\n', 'order: 1\n'),
    expected: (c) => [
      `${STEP_OFFICER}, rad ${c.lineOf(STEP_OFFICER, 'order: 1')}: steget har order 1, som steget akut-fara redan har.`,
    ],
  },
  {
    name: 'a step without its English words while English pages show the steps',
    breakIt: (c) =>
      c.edit(
        'content/steps/akut-fara.yaml',
        'en:\n  title: Are you in danger now?',
        'english:\n  title: Are you in danger now?',
      ),
    expected: (c) =>
      [
        [EN, '<FirstSteps />'],
        ['content/pages/en/what-to-do-now.mdx', '<StepByStep '],
      ].map(
        ([file, tag]) =>
          `content/steps/akut-fara.yaml, rad ${c.lineOf('content/steps/akut-fara.yaml', 'title: Är du i fara just nu?')}: steget saknar en:, men ${file}, rad ${c.lineOf(file, tag)}, visar stegen. Förväntat: en: med title och text i den versionens ord, i stegets fil.`,
      ),
  },
  {
    name: 'a step that links to a page that does not exist',
    breakIt: (c) =>
      c.edit(
        STEP_OFFICER,
        'path: /sakerhetsansvarig/\n    text: Vem',
        'path: /sakerhetsansvarig-finns-inte/\n    text: Vem',
      ),
    expected: (c) => [
      `${STEP_OFFICER}, rad ${c.lineOf(STEP_OFFICER, 'path: /sakerhetsansvarig-finns-inte/')}: länken /sakerhetsansvarig-finns-inte/ går till en sida som inte finns.`,
    ],
  },

  // Links and images.
  {
    name: 'a link to a page that does not exist',
    breakIt: (c) => c.edit('content/pages/sakerhetsansvarig.mdx', '(/kommuner-och-regioner/)', '(/kommuner/)'),
    expected: (c) => [
      `content/pages/sakerhetsansvarig.mdx, rad ${c.lineOf('content/pages/sakerhetsansvarig.mdx', '(/kommuner/)')}: länken /kommuner/ går till en sida som inte finns. Förväntat: en av `,
    ],
  },
  {
    name: 'a link to a heading that does not exist',
    breakIt: (c) =>
      c.edit(
        'content/pages/sakerhetsansvarig.mdx',
        '[Så gör du en polisanmälan](/polisanmalan/)',
        '[Så gör du en polisanmälan](/polisanmalan/#atkomstskydd)',
      ),
    expected: (c) => [
      `content/pages/sakerhetsansvarig.mdx, rad ${c.lineOf('content/pages/sakerhetsansvarig.mdx', '#atkomstskydd')}: länken /polisanmalan/#atkomstskydd går till avsnittet #atkomstskydd, som inte finns på ${POLIS}. Förväntat: ett av`,
    ],
  },
  {
    name: 'a link without its trailing slash',
    breakIt: (c) =>
      c.edit(
        'content/pages/sakerhetsansvarig.mdx',
        '[Så gör du en polisanmälan](/polisanmalan/)',
        '[Så gör du en polisanmälan](/polisanmalan)',
      ),
    expected: (c) => [
      `content/pages/sakerhetsansvarig.mdx, rad ${c.lineOf('content/pages/sakerhetsansvarig.mdx', '(/polisanmalan)')}: länken /polisanmalan saknar / på slutet. Förväntat: /polisanmalan/.`,
    ],
  },
  {
    name: 'an invalid e-mail address in a mailto link',
    breakIt: (c) =>
      c.edit(
        'content/pages/om-guiden.mdx',
        '## Din integritet',
        'Skriv till [Greta Berg](mailto:greta.berg@skl).\n\n## Din integritet',
      ),
    expected: (c) => [
      `content/pages/om-guiden.mdx, rad ${c.lineOf('content/pages/om-guiden.mdx', 'mailto:greta.berg@skl')}: e-postadressen "greta.berg@skl" är inte giltig. Förväntat: en adress som namn@exempel.se.`,
    ],
  },
  {
    name: 'an external link that is not https',
    breakIt: (c) =>
      c.edit(
        'content/pages/stod-och-hjalp.mdx',
        '## Läs om anmälan och rättegång',
        'Se [Brottsofferjouren](http://www.brottsofferjouren.se/).\n\n## Läs om anmälan och rättegång',
      ),
    expected: (c) => [
      `content/pages/stod-och-hjalp.mdx, rad ${c.lineOf('content/pages/stod-och-hjalp.mdx', 'http://www.brottsofferjouren.se/')}: länken http://www.brottsofferjouren.se/ är inte https.`,
    ],
  },
  {
    name: 'a bare address that is not in the link register',
    breakIt: (c) =>
      c.edit(
        'content/pages/stod-och-hjalp.mdx',
        '## Råd om hur du tar hand om dig',
        'Se https://bra.se/ptu för siffrorna.\n\n## Råd om hur du tar hand om dig',
      ),
    expected: (c) => [
      `content/pages/stod-och-hjalp.mdx, rad ${c.lineOf('content/pages/stod-och-hjalp.mdx', 'https://bra.se/ptu')}: länken https://bra.se/ptu finns inte i länkregistret content/links/.`,
    ],
  },
  {
    name: 'vague link text',
    breakIt: (c) =>
      c.edit(
        'content/pages/kommuner-och-regioner.mdx',
        '[Vänd dig till din säkerhetsansvariga](/sakerhetsansvarig/)',
        '[klicka här](/sakerhetsansvarig/)',
      ),
    expected: (c) => [
      `content/pages/kommuner-och-regioner.mdx, rad ${c.lineOf('content/pages/kommuner-och-regioner.mdx', '[klicka här]')}: länktexten "klicka här" säger inte vart länken leder.`,
    ],
  },
  {
    name: 'an image without alt text',
    breakIt: (c) =>
      c.edit('content/pages/om-guiden.mdx', '## Din integritet', '![](/favicon.svg)\n\n## Din integritet'),
    expected: (c) => [
      `content/pages/om-guiden.mdx, rad ${c.lineOf('content/pages/om-guiden.mdx', '![](/favicon.svg)')}: bilden /favicon.svg saknar alt-text.`,
    ],
  },
  {
    name: 'a second main heading',
    breakIt: (c) => c.edit('content/pages/om-guiden.mdx', '## Din integritet', '# Din integritet'),
    expected: (c) => [
      `content/pages/om-guiden.mdx, rad ${c.lineOf('content/pages/om-guiden.mdx', '# Din integritet')}: rubriken "# Din integritet" är en huvudrubrik`,
    ],
  },

  // Pages as a whole.
  {
    name: 'two pages with the same title',
    breakIt: (c) => c.write('content/pages/ny-sida.mdx', newPage(validFrontmatter('Om guiden'))),
    expected: () => [
      'content/pages/om-guiden.mdx, rad 2: titeln "Om guiden" används redan av content/pages/ny-sida.mdx. Förväntat: en unik titel',
    ],
  },
  {
    name: 'two pages with the same address',
    breakIt: (c) => c.write('content/pages/Om guiden.md', newPage(validFrontmatter('Om den här guiden'))),
    expected: () => ['content/pages/om-guiden.mdx: adressen /om-guiden/ används redan av content/pages/Om guiden.md.'],
  },
  {
    name: 'a page that no navigation reaches',
    breakIt: (c) => c.write('content/pages/gomd.mdx', newPage(validFrontmatter('En sida utanför menyn', ''))),
    expected: () => [
      'content/pages/gomd.mdx: ingen meny och ingen annan sida leder till sidan /gomd/. Förväntat: ange navOrder',
    ],
  },

  // Lättläst and English versions.
  {
    name: 'a Lättläst page that does not say which Swedish page it is a version of',
    breakIt: (c) => c.edit(LL_POLIS, 'original: polisanmalan\n', ''),
    expected: (c) => [
      `${LL_POLIS}, rad 1–${frontmatterEnd(c, LL_POLIS)} (frontmatter): sidan är en lättläst eller engelsk version men säger inte vilken svensk sida den är en version av.`,
    ],
  },
  {
    name: 'an English page whose original is not a Swedish page',
    breakIt: (c) => c.edit(EN, 'original: index', 'original: lattlast'),
    expected: (c) => [
      `${EN}, rad ${c.lineOf(EN, 'original: lattlast')}: original: "lattlast" är ingen svensk sida. Förväntat: ett av `,
    ],
  },
  {
    name: 'an English page that writes a number the data files do not have',
    breakIt: (c) => c.edit(EN_REPORT, '## Report on 114 14', '## Report on 114 41'),
    expected: (c) => [
      `${EN_REPORT}, rad ${c.lineOf(EN_REPORT, 'on 114 41')}: numret 114 41 finns inte i content/phone-numbers/. Förväntat: numret skrivet med <Phone id="…" />`,
    ],
  },
  // Sources: every page names them, unless it only says what SKL's 2018 page says.
  {
    name: 'a page that names no sources',
    breakIt: (c) =>
      c.write(
        'content/pages/utan-kallor.mdx',
        newPage(validFrontmatter('En sida utan källor').replace('\nsources: [skl-2018]', '')),
      ),
    expected: () => [
      'content/pages/utan-kallor.mdx, rad 1–9 (frontmatter): sidan har inga källor. Förväntat: sources: [id, …] med id från content/links/ för uppgifterna på sidan, eller seed: true om sidan bara säger det som står på SKL:s sida 7 december 2018 eller bara handlar om guiden själv.',
    ],
  },
  {
    name: 'an empty list of sources',
    breakIt: (c) =>
      c.write(
        'content/pages/utan-kallor.mdx',
        newPage(validFrontmatter('En sida utan källor').replace('sources: [skl-2018]', 'sources: []')),
      ),
    expected: () => ['content/pages/utan-kallor.mdx, rad 9: sidan har inga källor.'],
  },
  {
    name: 'a page that rests on the 2018 page needs no sources',
    breakIt: (c) =>
      c.write(
        'content/pages/fran-2018.mdx',
        newPage(validFrontmatter('En sida från 2018').replace('sources: [skl-2018]', 'seed: true')),
      ),
    expected: () => [],
  },
  {
    name: 'a source that is not in the link register',
    breakIt: (c) => c.edit('content/pages/efter-anmalan.mdx', '  - polisen-paverkansbrott\n', '  - polisen-paverkan\n'),
    expected: (c) => [
      `content/pages/efter-anmalan.mdx, rad ${c.lineOf('content/pages/efter-anmalan.mdx', '- polisen-paverkan')}: Fältet sources pekar på "polisen-paverkan", som inte finns i content/links/. Förväntat: ett av`,
    ],
  },
  {
    name: 'a link to a source that has no address',
    breakIt: (c) => c.edit(POLIS, '<ExternalLink id="polisen-anmalan" />', '<ExternalLink id="skl-2018" />'),
    expected: (c) => [
      `${POLIS}, rad ${c.lineOf(POLIS, '<ExternalLink id="skl-2018" />')}: <ExternalLink id="skl-2018" /> – posten "skl-2018" i content/links/ har ingen adress (url), så den går inte att länka till. Förväntat: lägg till url i posten, eller nämn källan bara i sidans sources.`,
    ],
  },
  {
    name: 'a step that links to a source without an address',
    breakIt: (c) => c.edit(STEP_POLICE, 'links:\n  - polisen-anmalan\n', 'links:\n  - skl-2018\n'),
    expected: (c) => [
      `${STEP_POLICE}, rad ${c.lineOf(STEP_POLICE, '  - skl-2018')}: fältet links[0]: posten "skl-2018" i content/links/ har ingen adress (url)`,
    ],
  },
];

test('the real content has no errors', () => {
  assert.deepEqual(new ContentCopy().check(), []);
});

/** Every message the cases gave, for the check of the editor guide's examples at the end. */
const given: string[] = [];

for (const testCase of cases) {
  test(testCase.name, () => {
    const copy = new ContentCopy();
    testCase.breakIt(copy);
    const errors = copy.check();
    given.push(...errors);
    const expected = testCase.expected(copy);
    for (const prefix of expected) {
      assert.ok(
        errors.some((error) => error.startsWith(prefix)),
        `expected a message starting with\n  ${prefix}\ngot\n  ${errors.join('\n  ')}`,
      );
    }
    assert.equal(errors.length, expected.length, `only the expected messages, got\n  ${errors.join('\n  ')}`);
    for (const error of errors)
      assert.match(
        error,
        /^content\/\S.*: .+ Förväntat: .+\.$/,
        'every message names the file and says what is expected',
      );
  });
}

/**
 * A message without what depends on the example: files, lines, columns, quoted values, addresses, dates, the
 * parser's own words and the list of allowed values. What is left is the kind of mistake and what the editor is told.
 */
function shape(message: string): string {
  return message
    .replace(/ \((?:[^()]|\([^()]*\))*\)(?=\.)/g, ' (…)')
    .replace(/(Förväntat: (?:ett|en) av ).*$/, '$1…')
    .replace(/\(posten [^)]*\)/g, '(posten …)')
    .replace(/content\/[\w/.-]+/g, 'FIL')
    .replace(/https?:\/\/[^\s"]+|(?<=\s)\/[\w/#.-]*/g, 'ADRESS')
    .replace(/"[^"]*"|”[^”]*”/g, '"…"')
    .replace(/#[\w-]+/g, '#…')
    .replace(/\d{4}-\d{2}-\d{2}/g, 'DATUM')
    .replace(/\d+(–\d+)?/g, 'N');
}

test('every example message in the editor guide (content/README.md) is one the content pipeline gives', () => {
  const guide = readFileSync(new URL('../../../content/README.md', import.meta.url), 'utf8');
  const examples = [...guide.matchAll(/content\/[^\s,:]+(?:, rad [^`\n]*?)?: [^`\n]*Förväntat: [^`\n]*/g)].map(
    (match) => match[0],
  );
  assert.ok(examples.length > 10, `found only ${examples.length} examples in content/README.md`);
  const shapes = given.map(shape);
  // An example that ends in "…" is shortened: the message must begin with it.
  const gives = (example: string) =>
    shapes.some((candidate) =>
      example.endsWith('…') ? candidate.startsWith(example.slice(0, -1)) : candidate === example,
    );
  const stale = examples.filter((example) => !gives(shape(example)));
  assert.deepEqual(
    stale,
    [],
    `examples in content/README.md that the pipeline no longer gives in that form:\n${stale.map((e) => `  ${e}\n  (${shape(e)})`).join('\n')}`,
  );
});
