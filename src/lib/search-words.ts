/** An everyday word and the words in the guide that mean the same thing. */
export interface Synonym {
  word: string;
  means: string[];
}

/**
 * The extra search words for a page: the editor's keywords, plus every everyday word whose meaning
 * the page contains. Matching is on lower-case text and also inside longer words, so "anmälan" in the
 * synonym list matches a page that only says "polisanmälan": Pagefind does not split compounds.
 */
export function searchWords(pageText: string, keywords: readonly string[], synonyms: readonly Synonym[]): string[] {
  const text = `${pageText} ${keywords.join(' ')}`.toLowerCase();
  const words = new Set(keywords.map((word) => word.trim()).filter(Boolean));
  for (const { word, means } of synonyms) {
    if (means.some((meaning) => text.includes(meaning.toLowerCase()))) words.add(word);
  }
  return [...words];
}
