// The Swedish words of the search script (src/client/search-run.ts), as in notes.ts, which says why. The
// search page's messages come from the page itself (data-strings), in the page's language.

/** Words that say nothing about what a reader searches for; the search leaves them out of a sentence. */
export const searchStopwords =
  'jag du han hon vi ni de man mig dig oss er min mitt mina din ditt har hade ha är var vara blir blev blivit bli kan kunde ska skulle vill måste får och eller men att som det den en ett i på av med till från för om när vad vem vilka hur var varför inte så';
