// Keystatic's own Swedish (sv-SE) has words from other languages and machine translations in it: the cancel button
// is Serbian ("Поништити, отказати"), the start page is "instrumentbräda", a branch is a "filial". This plugin mends
// those strings in Keystatic's code as Vite loads it, for the editor only. Each fix names the word Keystatic has, so
// a Keystatic that has mended it, or renamed it, is left alone (the editor's tests then see the change).

/** Keystatic's word for each key, and ours. */
const FIXES: Record<string, { keystatic: string; ours: string }> = {
  cancel: { keystatic: 'Поништити, отказати', ours: 'Avbryt' },
  dashboard: { keystatic: 'instrumentbräda', ours: 'Översikt' },
  branchName: { keystatic: 'Filialens namn', ours: 'Grenens namn' },
  pullRequests: { keystatic: 'Dra förfrågningar', ours: 'Pull-förfrågningar' },
  singletons: { keystatic: 'Singlar', ours: 'Enstaka poster' },
  theCurrentlyCheckedOutBranch: {
    keystatic: 'Den utcheckade filialen. Välj detta om du behöver bygga på befintligt arbete från den aktuella grenen.',
    ours: 'Den utcheckade grenen. Välj den om du bygger vidare på arbete i den grenen.',
  },
  theDefaultBranchInYourRepository: {
    keystatic:
      'Standardgrenen i ditt arkiv. Välj detta för att starta något nytt som inte är beroende av din nuvarande filial.',
    ours: 'Standardgrenen i ditt arkiv. Välj den när du börjar på något nytt som inte bygger på din nuvarande gren.',
  },
};

const SWEDISH_BLOCK = /"sv-SE": \{[^}]*\}/;

/** Keystatic's code with its Swedish strings mended; unchanged when it has no Swedish strings. */
function mendSwedish(code: string): string {
  return code.replace(SWEDISH_BLOCK, (block) =>
    Object.entries(FIXES).reduce(
      (mended, [key, { keystatic, ours }]) => mended.replace(`"${key}": \`${keystatic}\``, `"${key}": \`${ours}\``),
      block,
    ),
  );
}

/**
 * For Vite's plugins and for its dependency optimiser, which bundles Keystatic before any plugin sees it. Written to the
 * hook both share (Vite's and Rolldown's), so it needs neither's types.
 */
export const keystaticSwedish = {
  name: 'keystatic-swedish',
  transform(code: string, id: string): { code: string; map: null } | null {
    if (!id.includes('@keystatic/core') || !code.includes('"sv-SE"')) return null;
    return { code: mendSwedish(code), map: null };
  },
};
