import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorsOf, checkContent, checkDataReferences, checkSources, isVagueLinkText, parsePage, type DataFiles } from '../../src/lib/content-checks.ts';

const data: DataFiles = {
  phoneNumbers: { file: 'content/phone-numbers.yaml', text: 'polisen:\n  number: "114 14"\n' },
  links: { file: 'content/links.yaml', text: 'polisen-anmalan:\n  url: https://polisen.se/utsatt-for-brott/polisanmalan/\n' },
  organisations: { file: 'content/organisations.yaml', text: 'skl:\n  name: SKL\n  phone: polisen\n' },
  people: { file: 'content/people.yaml', text: 'greta-berg:\n  name: Greta Berg\n  organisation: skl\n  phone: polisen\n' },
};

// seed: true: these pages need no sources; the rule for sources has its own tests below.
const page = (name: string, frontmatter: string, body: string) => ({
  file: `content/pages/${name}.mdx`,
  text: `---\ntitle: ${name}\n${frontmatter}\nowner: greta-berg\nseed: true\n---\n\n${body}\n`,
});

test('a valid set of pages gives no errors', () => {
  const pages = [page('start', 'navOrder: 1', 'Ring <Phone id="polisen" />. [Anmälan](/anmalan/#be-om-skydd)'), page('anmalan', 'navOrder: 2', '## Be om skydd\n\n<ExternalLink id="polisen-anmalan" />')];
  assert.deepEqual(checkContent(pages, data), []);
});

test('frontmatter fields and body lines keep their line numbers in the file', () => {
  const parsed = parsePage(page('start', 'navOrder: 1', 'första\nandra'));
  assert.equal(parsed.fieldLines.get('title'), 2);
  assert.equal(parsed.fieldLines.get('owner'), 4);
  assert.deepEqual(parsed.lines.find((line) => line.text === 'andra')?.line, 9);
  assert.equal(parsed.id, 'start');
});

test('unknown ids in components and frontmatter name the file, the line and the ids that exist', () => {
  const [owner, component] = checkContent([{ ...page('start', 'navOrder: 1', 'Ring <Phone id="polis" />.'), text: page('start', 'navOrder: 1', 'Ring <Phone id="polis" />.').text.replace('owner: greta-berg', 'owner: greta') }], data);
  assert.equal(owner, 'content/pages/start.mdx, rad 4: owner: "greta" finns inte i content/people.yaml. Förväntat: ett av greta-berg.');
  assert.equal(component, 'content/pages/start.mdx, rad 8: <Phone id="polis" /> – id:t "polis" finns inte i content/phone-numbers.yaml. Förväntat: ett av polisen.');
});

test('internal links must reach an existing page and heading, with the trailing slash', () => {
  const errors = checkContent([page('start', 'navOrder: 1', '[A](/saknas/) [B](/start/#nej) [C](/start)')], data);
  assert.equal(errors.length, 3);
  assert.match(errors[0], /rad 8: länken \/saknas\/ går till en sida som inte finns/);
  assert.match(errors[1], /länken \/start\/#nej går till avsnittet #nej, som inte finns på content\/pages\/start\.mdx/);
  assert.match(errors[2], /länken \/start saknar \/ på slutet\. Förväntat: \/start\/\./);
});

test('external links must be https and in the link register; e-mail, images and link text are checked', () => {
  const body = [
    '[Polisen](http://polisen.se/)',
    '<https://example.com/>',
    '[Polisens sida](https://polisen.se/utsatt-for-brott/polisanmalan/)',
    '[mejla](mailto:greta@skl)',
    '![](/karta.png)',
    '<img src="/karta.png" alt="">',
    '[Läs mer](/start/)',
  ].join('\n');
  const errors = checkContent([page('start', 'navOrder: 1', body)], data);
  assert.deepEqual(
    errors.map((error) => error.replace(/ Förväntat.*/, '')),
    [
      'content/pages/start.mdx, rad 12: bilden /karta.png saknar alt-text.',
      'content/pages/start.mdx, rad 13: bilden <img src="/karta.png" alt=""> saknar alt-text.',
      'content/pages/start.mdx, rad 8: länken http://polisen.se/ är inte https.',
      'content/pages/start.mdx, rad 9: länken https://example.com/ finns inte i länkregistret content/links.yaml.',
      'content/pages/start.mdx, rad 11: e-postadressen "greta@skl" är inte giltig.',
      'content/pages/start.mdx, rad 14: länktexten "Läs mer" säger inte vart länken leder.',
    ],
  );
});

test('duplicate titles and addresses are both reported', () => {
  const errors = checkContent([page('a', 'navOrder: 1', ''), { ...page('a', 'navOrder: 2', ''), file: 'content/pages/A.md' }], data);
  assert.ok(errors.some((error) => error.startsWith('content/pages/A.md: adressen /a/ används redan av content/pages/a.mdx')));
  assert.ok(errors.some((error) => error.includes('titeln "a" används redan av content/pages/a.mdx')));
});

test('a page outside the menu is reached only through a link from a reached page', () => {
  const hidden = page('dold', '', 'Text.');
  assert.match(checkContent([page('start', 'navOrder: 1', ''), hidden], data)[0], /^content\/pages\/dold\.mdx: ingen meny och ingen annan sida leder till sidan \/dold\//);
  assert.deepEqual(checkContent([page('start', 'navOrder: 1', '[Den dolda sidan](/dold/)'), hidden], data), []);
});

test('data files may only refer to ids that exist, with the line of the field', () => {
  const broken = { ...data, people: { ...data.people, text: data.people.text.replace('organisation: skl', 'organisation: skr') } };
  assert.deepEqual(checkDataReferences(broken), [
    'content/people.yaml, rad 3: greta-berg har organisation: "skr", men det id:t finns inte i content/organisations.yaml. Förväntat: ett av skl.',
  ]);
});

test('anchors come from headings, <Action id> and HTML ids, not from data components', () => {
  const anchors = anchorsOf(parsePage(page('x', '', '## Hot på nätet\n<Action id="akut-fara" title="A">\n<Phone id="polisen" />')));
  assert.deepEqual([...anchors].sort(), ['akut-fara', 'hot-pa-natet', 'innehall']);
});

test('a page that shows the steps has each step’s id as an anchor, and only that page', () => {
  const steps = ['akut-fara', 'anmal-till-polisen'];
  assert.ok(anchorsOf(parsePage(page('vad-gor-jag-nu', '', '<StepByStep />')), steps).has('anmal-till-polisen'));
  assert.ok(!anchorsOf(parsePage(page('polisanmalan', '', '## Anmäl')), steps).has('anmal-till-polisen'));
});

test('vague link texts are recognised regardless of case and punctuation', () => {
  assert.ok(isVagueLinkText(' Klicka  här! '));
  assert.ok(isVagueLinkText('Läs mer…'));
  assert.ok(!isVagueLinkText('Läs mer om åtkomstskydd'));
});

test('a page names its sources from the link register, unless it states only what SKL’s 2018 page says', () => {
  const withSources = { ...data, links: { ...data.links, text: `${data.links.text}skl-2018:\n  text: SKL:s sida\n` } };
  const bare = (frontmatter: string) => parsePage({ file: 'content/pages/ny.mdx', text: `---\ntitle: Ny\n${frontmatter}\nowner: greta-berg\n---\n\nText.\n` });
  assert.deepEqual(checkSources(bare('sources: [skl-2018, polisen-anmalan]'), withSources), []);
  assert.deepEqual(checkSources(bare('seed: true'), withSources), []);
  assert.deepEqual(checkSources(bare('navOrder: 2'), withSources), [
    'content/pages/ny.mdx, rad 1–5 (frontmatter): sidan har inga källor. Förväntat: sources: [id, …] med id från content/links.yaml för uppgifterna på sidan, eller seed: true om sidan bara säger det som står på SKL:s sida 7 december 2018 (eller bara handlar om guiden själv).',
  ]);
  assert.match(checkSources(bare('sources: []'), withSources)[0], /^content\/pages\/ny\.mdx, rad 3: sidan har inga källor\./);
  assert.deepEqual(checkSources(bare('sources: [skl-2018, polisen]'), withSources), [
    'content/pages/ny.mdx, rad 3: sources: "polisen" finns inte i content/links.yaml. Förväntat: ett av polisen-anmalan, skl-2018.',
  ]);
  assert.match(checkSources(bare('sources: skl-2018'), withSources)[0], /rad 3: Fältet sources är ingen lista\./);
});

test('a source without an address can be named under Källor but not linked to', () => {
  const withSource = { ...data, links: { ...data.links, text: `${data.links.text}skl-2018:\n  text: SKL:s sida\n` } };
  assert.deepEqual(checkContent([page('start', 'navOrder: 1', '<ExternalLink id="skl-2018" />')], withSource), [
    'content/pages/start.mdx, rad 8: <ExternalLink id="skl-2018" /> – posten "skl-2018" i content/links.yaml har ingen adress (url), så den går inte att länka till. Förväntat: lägg till url i posten, eller nämn källan bara i sidans sources.',
  ]);
});
