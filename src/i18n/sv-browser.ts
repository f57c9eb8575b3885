// The Swedish words of the scripts that run in the reader's browser on the akutkort, the notes page and the search
// page. Each is a plain string of its own, apart from sv.ts: the bundler then writes each word into the script that
// uses it, and no script carries the dictionary (sv.ts's date formatter would come along). A sentence with a value in
// it is split around the value, as the script joins it.

/** The notes were downloaded: "Anteckningarna har laddats ner som" the file's name, "den" the day. */
export const notesDownloadedAs = 'Anteckningarna har laddats ner som';
export const notesDownloadedOn = 'den';
export const notesCleared = 'Formuläret är tömt.';

/** A card link filled the akutkort: "… Säkerhetsansvarig:" name, organisation, "telefon" number. "Kontrollera …" */
export const cardFilledBy = 'Kortet är ifyllt med uppgifterna i länken du fick. Säkerhetsansvarig:';
export const cardFilledPhone = 'telefon';
export const cardFilledCheck = 'Kontrollera uppgifterna och skriv ut kortet.';
/** A card link that could not be used in full: before the list of what could not be used. */
export const cardPartlyFilled = 'Länken var ofullständig eller felaktig, så kortet är inte ifyllt med allt. Det gick inte att använda';
export const cardNotFilled = 'Länken var ofullständig eller felaktig, så kortet är inte ifyllt.';
export const cardAskAgain = 'Be den som skickade länken om en ny länk, eller skriv in uppgifterna själv i kortet.';
/** Between the last two items of a list: "namnet och telefonnumret". */
export const listAnd = 'och';

/** The officer's card link was copied, or could not be. */
export const cardLinkCopied = 'Länken är kopierad. Klistra in den i ditt meddelande.';
export const cardLinkNotCopied = 'Det gick inte att kopiera länken. Den är markerad: kopiera den själv.';

/** Words that say nothing about what a reader searches for; the search leaves them out of a sentence. */
export const searchStopwords =
  'jag du han hon vi ni de man mig dig oss er min mitt mina din ditt har hade ha är var vara blir blev blivit bli kan kunde ska skulle vill måste får och eller men att som det den en ett i på av med till från för om när vad vem vilka hur var varför inte så';
