// The Swedish words of the akutkort's card-link scripts (src/client/card-link-client.ts and card-link-form.ts),
// one plain string each, as in notes.ts, which says why.

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

/** The checks of a link and of the officer's form (src/client/card-link-reading.ts, card-link.ts). */
export const nameField = 'Namnet';
export const organisationField = 'Organisationen';
/** "Namnet" "får vara högst" 60 "tecken". */
export const atMost = 'får vara högst';
export const characters = 'tecken';
/** "Namnet" "får bara innehålla" the characters allowed. */
export const onlyContain = 'får bara innehålla';
export const nameMissing = 'Skriv ditt namn.';
export const phoneMissing = 'Skriv ditt telefonnummer.';
/**
 * "Telefonnumret får vara högst" 30 "tecken.", in words of its own rather than atMost and characters: a word used in
 * two places stays a variable in the form's script, and one used once is written into its sentence.
 */
export const phoneTooLong = 'Telefonnumret får vara högst';
export const phoneTooLongUnit = 'tecken.';
