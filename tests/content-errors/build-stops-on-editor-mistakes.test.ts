// Each case breaks a copy of a real file the way an editor might, runs the real build and checks that it stops
// with a Swedish message naming the file, the line or field, and what is expected, and that no file was changed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { edit, hashTree, makeFixture, projectRoot, read, removeFixture, runBuild, write } from '../helpers/fixture.ts';

interface Case {
  name: string;
  file: string;
  breakIt: (dir: string) => void;
  /** Strings the build's output must contain; `{line}` is replaced by the line that holds `lineOf`. */
  expected: string[];
  lineOf?: string;
}

const newPage = (frontmatter: string, body = 'Text.') => `---\n${frontmatter}\n---\n\n${body}\n`;
const validFrontmatter = (title: string, extra = 'navOrder: 8') =>
  `title: ${title}\ndescription: En sida som bara finns i testet.\n${extra}\npublished: 2026-11-29\nupdated: 2026-11-29\nreviewed: 2026-11-29\nowner: greta-berg`;

const cases: Case[] = [
  {
    name: 'a page without a title',
    file: 'content/pages/polisanmalan.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/polisanmalan.mdx', 'title: "Polisanmälan: så anmäler du hot, hat och våld"\n', ''),
    expected: ['content/pages/polisanmalan.mdx, rad 1–{frontmatterEnd} (frontmatter)', 'Fältet title saknas eller är inte text. Förväntat: sidans rubrik'],
  },
  {
    name: 'frontmatter that is not valid YAML',
    file: 'content/pages/polisanmalan.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/polisanmalan.mdx', 'title: "Polisanmälan: så anmäler du hot, hat och våld"', 'title: Polisanmälan: hot, hat och våld'),
    lineOf: 'title: Polisanmälan:',
    expected: ['content/pages/polisanmalan.mdx, rad {line}, tecken 19: Raden går inte att läsa som YAML.', 'Förväntat: sätt värdet inom citattecken'],
  },
  {
    name: 'an unclosed tag in MDX',
    file: 'content/pages/polisanmalan.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/polisanmalan.mdx', '<p class="lead">Anmäl alltid', '<p class="lead">Anmäl <strong>alltid'),
    lineOf: '<strong>alltid',
    expected: ['content/pages/polisanmalan.mdx, rad {line}, tecken', 'MDX-koden går inte att läsa', 'Förväntat: stäng varje tagg'],
  },
  {
    name: 'a published date that is not a date',
    file: 'content/pages/stod-och-hjalp.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/stod-och-hjalp.mdx', 'published: 2018-12-07', 'published: sjunde december'),
    lineOf: 'published:',
    expected: ['content/pages/stod-och-hjalp.mdx, rad {line}: Fältet published saknas eller är inget datum. Förväntat: dagen då sidan först publicerades som ÅÅÅÅ-MM-DD'],
  },
  {
    name: 'a page without a reviewed date',
    file: 'content/pages/om-guiden.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/om-guiden.mdx', 'reviewed: 2026-11-29\n', ''),
    expected: ['content/pages/om-guiden.mdx, rad 1–{frontmatterEnd} (frontmatter)', 'Fältet reviewed saknas eller är inget datum'],
  },
  {
    name: 'a description over 160 characters',
    file: 'content/pages/sakerhetsansvarig.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/sakerhetsansvarig.mdx', /^description: (.*)$/m, `description: ${'Stödet ges lokalt. '.repeat(10)}`),
    lineOf: 'description:',
    expected: ['content/pages/sakerhetsansvarig.mdx, rad {line}: Fältet description är för långt. Förväntat: högst 160 tecken'],
  },
  {
    name: 'a step that names a phone number not in phone-numbers.yaml',
    file: 'content/steps.yaml',
    breakIt: (dir) => edit(dir, 'content/steps.yaml', 'phones: [polisen]', 'phones: [polis]'),
    lineOf: 'phones: [polis]',
    expected: ['content/steps.yaml, rad {line} (posten anmal-till-polisen): fältet phones[0] pekar på "polis", som inte finns i content/phone-numbers.yaml. Förväntat: ett av nodnummer, polisen,'],
  },
  {
    name: 'an owner who is not in people.yaml',
    file: 'content/pages/om-guiden.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/om-guiden.mdx', 'owner: anna-lena-pogulis', 'owner: anna-pogulis'),
    lineOf: 'owner:',
    expected: ['content/pages/om-guiden.mdx, rad {line}: owner: "anna-pogulis" finns inte i content/people.yaml. Förväntat: ett av anna-lena-pogulis, greta-berg.'],
  },
  {
    name: 'a contact person who is not in people.yaml',
    file: 'content/pages/kommuner-och-regioner.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/kommuner-och-regioner.mdx', '<ContactPerson id="greta-berg" />', '<ContactPerson id="greta" />'),
    lineOf: '<ContactPerson id="greta" />',
    expected: ['content/pages/kommuner-och-regioner.mdx, rad {line}: <ContactPerson id="greta" /> – id:t "greta" finns inte i content/people.yaml'],
  },
  {
    name: 'a person whose organisation is not in organisations.yaml',
    file: 'content/people.yaml',
    breakIt: (dir) => edit(dir, 'content/people.yaml', /organisation: skr\n(?=  phone: greta-berg)/, 'organisation: skl\n'),
    expected: ['content/people.yaml, rad 17: greta-berg har organisation: "skl", men det id:t finns inte i content/organisations.yaml'],
  },
  {
    name: 'a link to a page that does not exist',
    file: 'content/pages/sakerhetsansvarig.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/sakerhetsansvarig.mdx', '[SKR:s stöd till kommuner och regioner](/kommuner-och-regioner/)', '[SKR:s stöd till kommuner och regioner](/kommuner/)'),
    lineOf: '(/kommuner/)',
    expected: ['content/pages/sakerhetsansvarig.mdx, rad {line}: länken /kommuner/ går till en sida som inte finns. Förväntat: en av ', '/kommuner-och-regioner/'],
  },
  {
    name: 'a link to a heading that does not exist',
    file: 'content/pages/sakerhetsansvarig.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/sakerhetsansvarig.mdx', '[Så gör du en polisanmälan](/polisanmalan/)', '[Så gör du en polisanmälan](/polisanmalan/#atkomstskydd)'),
    lineOf: '#atkomstskydd',
    expected: ['content/pages/sakerhetsansvarig.mdx, rad {line}: länken /polisanmalan/#atkomstskydd går till avsnittet #atkomstskydd, som inte finns på content/pages/polisanmalan.mdx. Förväntat: ett av', '#be-om-atkomstskydd'],
  },
  {
    name: 'a phone number that is not a valid Swedish number',
    file: 'content/phone-numbers.yaml',
    breakIt: (dir) => edit(dir, 'content/phone-numbers.yaml', 'number: "08-452 79 58"', 'number: "08-452 79"'),
    lineOf: 'number: "08-452 79"',
    expected: ['content/phone-numbers.yaml, rad {line} (posten greta-berg): Fältet number är inte ett giltigt svenskt telefonnummer. Förväntat:'],
  },
  {
    name: 'an invalid e-mail address in people.yaml',
    file: 'content/people.yaml',
    breakIt: (dir) => edit(dir, 'content/people.yaml', 'email: greta.berg@skr.se', 'email: greta.berg.skr.se'),
    lineOf: 'email: greta.berg.skr.se',
    expected: ['content/people.yaml, rad {line} (posten greta-berg): Fältet email är inte en giltig e-postadress. Förväntat: en adress som namn@exempel.se.'],
  },
  {
    name: 'an invalid e-mail address in a mailto link on a page',
    file: 'content/pages/om-guiden.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/om-guiden.mdx', '## Din integritet', 'Skriv till [Greta Berg](mailto:greta.berg@skl).\n\n## Din integritet'),
    lineOf: 'mailto:greta.berg@skl',
    expected: ['content/pages/om-guiden.mdx, rad {line}: e-postadressen "greta.berg@skl" är inte giltig. Förväntat: en adress som namn@exempel.se.'],
  },
  {
    name: 'an external link that is not https',
    file: 'content/pages/stod-och-hjalp.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/stod-och-hjalp.mdx', '## Läs om anmälan och rättegång', 'Se [Brottsofferjouren](http://www.brottsofferjouren.se/).\n\n## Läs om anmälan och rättegång'),
    lineOf: 'http://www.brottsofferjouren.se/',
    expected: ['content/pages/stod-och-hjalp.mdx, rad {line}: länken http://www.brottsofferjouren.se/ är inte https.'],
  },
  {
    name: 'an external link that is not in the link register',
    file: 'content/pages/stod-och-hjalp.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/stod-och-hjalp.mdx', '## Råd om hur du tar hand om dig', 'Se [Brå:s undersökning](https://bra.se/ptu).\n\n## Råd om hur du tar hand om dig'),
    lineOf: 'https://bra.se/ptu',
    expected: ['content/pages/stod-och-hjalp.mdx, rad {line}: länken https://bra.se/ptu finns inte i länkregistret content/links.yaml.'],
  },
  {
    name: 'a link register entry that is not https',
    file: 'content/links.yaml',
    breakIt: (dir) => edit(dir, 'content/links.yaml', 'url: https://www.brottsofferjouren.se/', 'url: http://www.brottsofferjouren.se/'),
    lineOf: 'url: http://www.brottsofferjouren.se/',
    expected: ['content/links.yaml, rad {line} (posten brottsofferjouren): Fältet url är inte en fullständig https-adress.'],
  },
  {
    name: 'vague link text',
    file: 'content/pages/kommuner-och-regioner.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/kommuner-och-regioner.mdx', '[Vänd dig till din säkerhetsansvariga](/sakerhetsansvarig/)', '[klicka här](/sakerhetsansvarig/)'),
    lineOf: '[klicka här]',
    expected: ['content/pages/kommuner-och-regioner.mdx, rad {line}: länktexten "klicka här" säger inte vart länken leder.'],
  },
  {
    name: 'an image without alt text',
    file: 'content/pages/om-guiden.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/om-guiden.mdx', '## Din integritet', '![](/favicon.svg)\n\n## Din integritet'),
    lineOf: '![](/favicon.svg)',
    expected: ['content/pages/om-guiden.mdx, rad {line}: bilden /favicon.svg saknar alt-text.'],
  },
  {
    name: 'two pages with the same title',
    file: 'content/pages/ny-sida.mdx',
    breakIt: (dir) => write(dir, 'content/pages/ny-sida.mdx', newPage(validFrontmatter('Om guiden'))),
    expected: ['content/pages/om-guiden.mdx, rad 2: titeln "Om guiden" används redan av content/pages/ny-sida.mdx. Förväntat: en unik titel'],
  },
  {
    name: 'two pages with the same address',
    file: 'content/pages/Om guiden.md',
    breakIt: (dir) => write(dir, 'content/pages/Om guiden.md', newPage(validFrontmatter('Om den här guiden'))),
    expected: ['adressen /om-guiden/ används redan av content/pages/'],
  },
  {
    name: 'a page that no navigation reaches',
    file: 'content/pages/gomd.mdx',
    breakIt: (dir) => write(dir, 'content/pages/gomd.mdx', newPage(validFrontmatter('En sida utanför menyn', ''))),
    expected: ['content/pages/gomd.mdx: ingen meny och ingen annan sida leder till sidan /gomd/. Förväntat: ange navOrder'],
  },
  {
    name: 'a component that does not exist',
    file: 'content/pages/polisanmalan.mdx',
    breakIt: (dir) => edit(dir, 'content/pages/polisanmalan.mdx', '<ExternalLink id="polisen-anmalan" />', '<Externallink id="polisen-anmalan" />'),
    lineOf: '<Externallink',
    expected: ['content/pages/polisanmalan.mdx, rad {line}: komponenten <Externallink> finns inte. Förväntat: en av <Phone>, <ExternalLink>'],
  },
];

// Schema errors: Astro stops at the first one, so each needs its own build. The cross-file checks report every
// problem in one list, so their cases share one build and each asserts its own message.
const SCHEMA_CASES = new Set([
  'a page without a title',
  'frontmatter that is not valid YAML',
  'an unclosed tag in MDX',
  'a published date that is not a date',
  'a page without a reviewed date',
  'a description over 160 characters',
  'a phone number that is not a valid Swedish number',
  'an invalid e-mail address in people.yaml',
  'a link register entry that is not https',
  'a step that names a phone number not in phone-numbers.yaml',
]);

const projectBefore = hashTree(projectRoot, ['content', 'src', 'public']);

interface Run {
  code: number;
  output: string;
  texts: Map<string, string>;
  contentBefore: Map<string, string>;
  contentAfter: Map<string, string>;
  leftovers: boolean;
}

async function breakAndBuild(toApply: Case[]): Promise<Run> {
  const dir = makeFixture();
  try {
    toApply.forEach((testCase) => testCase.breakIt(dir));
    const texts = new Map(toApply.map((testCase) => [testCase.file, read(dir, testCase.file)]));
    const contentBefore = hashTree(dir, ['content']);
    const { code, output } = await runBuild(dir);
    // SHOW_MESSAGES=1 prints what the editor sees, to keep the examples in content/README.md current.
    if (process.env.SHOW_MESSAGES) console.log(output.slice(output.indexOf('═══')));
    const leftovers = existsSync(join(dir, 'dist')) || existsSync(join(dir, '.dist-new'));
    return { code, output, texts, contentBefore, contentAfter: hashTree(dir, ['content']), leftovers };
  } finally {
    removeFixture(dir);
  }
}

function assertStopped(run: Run, testCase: Case): void {
  assert.notEqual(run.code, 0, 'the build must fail');
  assert.match(run.output, /BYGGET STOPPADES/);
  const text = run.texts.get(testCase.file)!;
  const line = testCase.lineOf ? text.split('\n').findIndex((candidate) => candidate.includes(testCase.lineOf!)) + 1 : 0;
  // The closing --- of the broken file's frontmatter, which the message names as the end of its lines.
  const frontmatterEnd = text.split('\n').indexOf('---', 1) + 1;
  for (const expected of testCase.expected.map((e) => e.replace('{line}', String(line)).replace('{frontmatterEnd}', String(frontmatterEnd)))) {
    assert.ok(run.output.includes(expected), `expected in output: ${expected}\n--- output tail:\n${run.output.slice(-2000)}`);
  }
  assert.deepEqual(run.contentAfter, run.contentBefore, 'the build must not change the content files');
  assert.equal(run.leftovers, false, 'a failed build leaves neither dist/ nor its temporary folder');
}

describe('the build stops with a Swedish message for each editor mistake', { concurrency: 2 }, () => {
  for (const testCase of cases.filter((c) => SCHEMA_CASES.has(c.name))) {
    test(testCase.name, async () => assertStopped(await breakAndBuild([testCase]), testCase));
  }

  describe('cross-file checks, all broken in one copy', () => {
    const crossFile = cases.filter((c) => !SCHEMA_CASES.has(c.name));
    let run: Promise<Run>;
    before(() => {
      run = breakAndBuild(crossFile);
    });
    for (const testCase of crossFile) {
      test(testCase.name, async () => assertStopped(await run, testCase));
    }
  });
});

after(() => {
  assert.deepEqual(hashTree(projectRoot, ['content', 'src', 'public']), projectBefore, 'the real project must be unchanged');
});
