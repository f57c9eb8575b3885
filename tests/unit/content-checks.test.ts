import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anchorsOf, checkContent, checkDataReferences, isVagueLinkText, parsePage, type DataFiles } from '../../src/lib/content-checks.ts';

const data: DataFiles = {
  phoneNumbers: { file: 'content/phone-numbers.yaml', text: 'polisen:\n  number: "114 14"\n' },
  links: { file: 'content/links.yaml', text: 'polisen-anmalan:\n  url: https://polisen.se/utsatt-for-brott/polisanmalan/\n' },
  organisations: { file: 'content/organisations.yaml', text: 'skl:\n  name: SKL\n  phone: polisen\n' },
  people: { file: 'content/people.yaml', text: 'greta-berg:\n  name: Greta Berg\n  organisation: skl\n  phone: polisen\n' },
};

const page = (name: string, frontmatter: string, body: string) => ({
  file: `content/pages/${name}.mdx`,
  text: `---\ntitle: ${name}\n${frontmatter}\nowner: greta-berg\n---\n\n${body}\n`,
});

test('a valid set of pages gives no errors', () => {
  const pages = [page('start', 'navOrder: 1', 'Ring <Phone id="polisen" />. [Anmälan](/anmalan/#be-om-skydd)'), page('anmalan', 'navOrder: 2', '## Be om skydd\n\n<ExternalLink id="polisen-anmalan" />')];
  assert.deepEqual(checkContent(pages, data), []);
});

test('frontmatter fields and body lines keep their line numbers in the file', () => {
  const parsed = parsePage(page('start', 'navOrder: 1', 'första\nandra'));
  assert.equal(parsed.fieldLines.get('title'), 2);
  assert.equal(parsed.fieldLines.get('owner'), 4);
  assert.deepEqual(parsed.lines.find((line) => line.text === 'andra')?.line, 8);
  assert.equal(parsed.id, 'start');
});

test('unknown ids in components and frontmatter name the file, the line and the ids that exist', () => {
  const [owner, component] = checkContent([{ ...page('start', 'navOrder: 1', 'Ring <Phone id="polis" />.'), text: page('start', 'navOrder: 1', 'Ring <Phone id="polis" />.').text.replace('owner: greta-berg', 'owner: greta') }], data);
  assert.equal(owner, 'content/pages/start.mdx, rad 4: owner: "greta" finns inte i content/people.yaml. Förväntat: ett av greta-berg.');
  assert.equal(component, 'content/pages/start.mdx, rad 7: <Phone id="polis" /> – id:t "polis" finns inte i content/phone-numbers.yaml. Förväntat: ett av polisen.');
});

test('internal links must reach an existing page and heading, with the trailing slash', () => {
  const errors = checkContent([page('start', 'navOrder: 1', '[A](/saknas/) [B](/start/#nej) [C](/start)')], data);
  assert.equal(errors.length, 3);
  assert.match(errors[0], /rad 7: länken \/saknas\/ går till en sida som inte finns/);
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
      'content/pages/start.mdx, rad 11: bilden /karta.png saknar alt-text.',
      'content/pages/start.mdx, rad 12: bilden <img src="/karta.png" alt=""> saknar alt-text.',
      'content/pages/start.mdx, rad 7: länken http://polisen.se/ är inte https.',
      'content/pages/start.mdx, rad 8: länken https://example.com/ finns inte i länkregistret content/links.yaml.',
      'content/pages/start.mdx, rad 10: e-postadressen "greta@skl" är inte giltig.',
      'content/pages/start.mdx, rad 13: länktexten "Läs mer" säger inte vart länken leder.',
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

test('a Lättläst or English page names an ordinary Swedish page as original, and writes no number missing from phone-numbers.yaml', () => {
  const swedish = page('anmalan', 'navOrder: 1', 'Ring <Phone id="polisen" />.');
  const good = { file: 'content/pages/en/index.mdx', text: '---\ntitle: English\nnavOrder: 1\noriginal: anmalan\nowner: greta-berg\n---\n\n## Call 114 14\n\nCall <Phone id="polisen" /> in 2020, 9 to 19.\n' };
  assert.deepEqual(checkContent([swedish, good], data), []);

  const bad = {
    file: 'content/pages/lattlast/anmalan.mdx',
    text: '---\ntitle: Lättläst\nnavOrder: 1\noriginal: saknas\nbasedOn: [en]\nowner: greta-berg\n---\n\n## Ring 114 41\n',
  };
  const errors = checkContent([swedish, good, bad], data);
  assert.deepEqual(errors, [
    'content/pages/lattlast/anmalan.mdx, rad 4: original: "saknas" är ingen svensk sida. Förväntat: ett av anmalan.',
    'content/pages/lattlast/anmalan.mdx, rad 5: basedOn: "en" är ingen svensk sida. Förväntat: ett av anmalan.',
    'content/pages/lattlast/anmalan.mdx, rad 9: numret 114 41 finns inte i content/phone-numbers.yaml. Förväntat: skriv numret med <Phone id="…" />, så att det följer med när numret ändras, med ett av polisen.',
  ]);

  const orphan = { file: 'content/pages/en/other.mdx', text: '---\ntitle: Other\nnavOrder: 2\nowner: greta-berg\n---\n\nText.\n' };
  assert.match(checkContent([swedish, orphan], data)[0], /^content\/pages\/en\/other\.mdx, rad 1: sidan är en version av en svensk sida men saknar original/);
});
