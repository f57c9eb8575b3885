import { test, expect, type Page } from '@playwright/test';

// Words readers type, not the guide's: inflections, compounds, synonyms, everyday words for legal terms,
// and words typed without å, ä and ö. Each must put its page among the first three results.
const queries: { query: string; page: string; kind: string }[] = [
  { query: 'polisanmälan', page: '/polisanmalan/', kind: 'the guide’s word' },
  { query: 'anmälan', page: '/polisanmalan/', kind: 'part of a compound' },
  { query: 'anmäla', page: '/polisanmalan/', kind: 'inflection of a compound part' },
  { query: 'anmala', page: '/polisanmalan/', kind: 'without ä' },
  { query: 'polisanmala', page: '/polisanmalan/', kind: 'without ä' },
  { query: 'göra en anmälan', page: '/polisanmalan/', kind: 'phrase' },
  { query: 'åtkomstskydd', page: '/polisanmalan/', kind: 'legal term' },
  { query: 'atkomstskydd', page: '/polisanmalan/', kind: 'without å' },
  { query: 'sekretess', page: '/polisanmalan/', kind: 'everyday word for a legal term' },
  { query: 'hemlig anmälan', page: '/polisanmalan/', kind: 'everyday words for a legal term' },
  { query: 'hotbrev', page: '/polisanmalan/', kind: 'compound' },
  { query: 'olaga hot', page: '/polisanmalan/', kind: 'legal term' },
  { query: 'näthat', page: '/polisanmalan/', kind: 'compound' },
  { query: 'nathat', page: '/polisanmalan/', kind: 'without ä' },
  { query: 'hat på nätet', page: '/polisanmalan/', kind: 'phrase' },
  { query: 'trakasserier', page: '/polisanmalan/', kind: 'everyday word' },
  { query: 'kränkning', page: '/polisanmalan/', kind: 'everyday word' },
  { query: 'skärmdump', page: '/polisanmalan/', kind: 'synonym' },
  { query: 'spara bevis', page: '/polisanmalan/', kind: 'inflection' },
  { query: 'larma', page: '/polisanmalan/', kind: 'everyday word' },
  { query: 'diarienummer', page: '/polisanmalan/', kind: 'synonym' },
  { query: 'straff', page: '/polisanmalan/', kind: 'legal term' },
  { query: 'säkerhetschef', page: '/sakerhetsansvarig/', kind: 'synonym' },
  { query: 'kommunens säkerhetschef', page: '/sakerhetsansvarig/', kind: 'phrase with a synonym' },
  { query: 'sakerhetsansvarig', page: '/sakerhetsansvarig/', kind: 'without ä' },
  { query: 'partiet', page: '/sakerhetsansvarig/', kind: 'inflection' },
  { query: 'dokumentera', page: '/sakerhetsansvarig/', kind: 'the guide’s word' },
  { query: 'prata med någon', page: '/stod-och-hjalp/', kind: 'everyday words' },
  { query: 'stöd', page: '/stod-och-hjalp/', kind: 'the guide’s word' },
  { query: 'hjalp', page: '/stod-och-hjalp/', kind: 'without ä' },
  { query: 'psykolog', page: '/stod-och-hjalp/', kind: 'everyday word' },
  { query: 'må dåligt', page: '/stod-och-hjalp/', kind: 'everyday words' },
  { query: 'sjukvård', page: '/stod-och-hjalp/', kind: 'synonym' },
  { query: 'vittne', page: '/stod-och-hjalp/', kind: 'inflection' },
  { query: 'anhörig', page: '/stod-och-hjalp/', kind: 'inflection' },
  { query: 'rädd', page: '/stod-och-hjalp/', kind: 'everyday word' },
  { query: 'rättegång', page: '/stod-och-hjalp/', kind: 'legal term' },
  { query: 'bollplank', page: '/kommuner-och-regioner/', kind: 'the guide’s word' },
  { query: 'landsting', page: '/kommuner-och-regioner/', kind: 'the guide’s word' },
  { query: 'cookies', page: '/om-guiden/', kind: 'synonym' },
  { query: 'jag har blivit hotad på facebook', page: '/polisanmalan/', kind: 'a sentence with words the guide lacks' },
  { query: 'vem kan jag prata med', page: '/stod-och-hjalp/', kind: 'a question' },
  { query: 'hotad av en granne', page: '/polisanmalan/', kind: 'a sentence with words the guide lacks' },
  // The pages for what a reader asks next (issue 10).
  { query: 'vad händer efter anmälan', page: '/efter-anmalan/', kind: 'a question' },
  { query: 'personskydd', page: '/efter-anmalan/', kind: 'the guide’s word' },
  { query: 'stödperson', page: '/efter-anmalan/', kind: 'the guide’s word' },
  { query: 'utredningen lades ner', page: '/efter-anmalan/', kind: 'everyday words' },
  { query: 'överklaga', page: '/efter-anmalan/', kind: 'everyday word for a legal term' },
  { query: 'förhör', page: '/efter-anmalan/', kind: 'the guide’s word' },
  { query: 'familj', page: '/familj/', kind: 'the guide’s word' },
  { query: 'barn', page: '/familj/', kind: 'everyday word' },
  { query: 'partner', page: '/familj/', kind: 'everyday word' },
  { query: 'min familj är hotad', page: '/familj/', kind: 'a sentence' },
  { query: 'socialtjänsten', page: '/familj/', kind: 'the guide’s word' },
  { query: 'adress', page: '/skydda-din-adress/', kind: 'everyday word' },
  { query: 'skyddad identitet', page: '/skydda-din-adress/', kind: 'everyday words for a legal term' },
  { query: 'sekretessmarkering', page: '/skydda-din-adress/', kind: 'legal term' },
  { query: 'dölja min adress', page: '/skydda-din-adress/', kind: 'everyday words' },
  { query: 'skyddad folkbokforing', page: '/skydda-din-adress/', kind: 'without ö' },
  { query: 'ta bort inlägg', page: '/hot-pa-natet/', kind: 'everyday words' },
  { query: 'tvåstegsverifiering', page: '/hot-pa-natet/', kind: 'the guide’s word' },
  { query: 'nätet', page: '/hot-pa-natet/', kind: 'the guide’s word' },
  { query: 'lösenord', page: '/hot-pa-natet/', kind: 'the guide’s word' },
  { query: 'mitt konto är hackat', page: '/hot-pa-natet/', kind: 'a sentence' },
  { query: 'förtal', page: '/hot-pa-natet/', kind: 'legal term' },
  { query: 'brev', page: '/hotbrev-och-samtal/', kind: 'part of a compound' },
  { query: 'samtal', page: '/hotbrev-och-samtal/', kind: 'the guide’s word' },
  { query: 'någon ringer och hotar mig', page: '/hotbrev-och-samtal/', kind: 'a sentence' },
  { query: 'misstänkt paket', page: '/hotbrev-och-samtal/', kind: 'the guide’s words' },
  { query: 'mår dåligt', page: '/ma-daligt/', kind: 'everyday words' },
  { query: 'ångest', page: '/ma-daligt/', kind: 'everyday word' },
  { query: 'sömn', page: '/ma-daligt/', kind: 'everyday word' },
  { query: 'kan inte sova', page: '/ma-daligt/', kind: 'everyday words' },
  { query: 'kris', page: '/ma-daligt/', kind: 'the guide’s word' },
  { query: 'förbereda', page: '/forbered-dig/', kind: 'inflection' },
  { query: 'valrörelse', page: '/forbered-dig/', kind: 'the guide’s word' },
  { query: 'valrorelsen', page: '/forbered-dig/', kind: 'without ö' },
  { query: 'säpo', page: '/forbered-dig/', kind: 'everyday name' },
  { query: 'resor', page: '/forbered-dig/', kind: 'everyday word' },
];

// One search page per worker, searched again for each query: loading Pagefind once keeps the list fast.
let searchPage: Page;
test.beforeAll(async ({ browser, baseURL }) => {
  searchPage = await browser.newPage({ baseURL });
  await searchPage.goto('/sok/');
});
test.afterAll(async () => searchPage?.close());

for (const { query, page: expected, kind } of queries) {
  test(`“${query}” (${kind}) finds ${expected} among the first three results`, async () => {
    const input = searchPage.locator('#soksida-sokord');
    await input.fill(query);
    await input.press('Enter');
    const results = searchPage.locator('#sokresultat');
    await expect(results.getByRole('heading', { level: 2 })).toHaveText(new RegExp(`träffar för ”${query}”`, 'i'));
    const hrefs = await results.locator('.search-results > li > a').evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs.slice(0, 3), `results for “${query}”: ${hrefs.join(', ') || 'none'}`).toContain(expected);
  });
}
