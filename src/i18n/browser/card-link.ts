// The Swedish words of the akutkort's card-link scripts (src/client/card-link-client.ts and card-link-form.ts),
// one plain string each, as in notes.ts, which says why.

/** The officer's link, as the form shows it once made (src/client/card-link-form.ts). */
export const cardLinkResult = 'Din länk';
export const cardLinkResultHint = 'Kopiera länken och skicka den. Du kan också markera den och kopiera den själv.';
export const cardLinkCopy = 'Kopiera länk';
export const cardLinkPreview = 'Se kortet som mottagarna ser det';

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

/** A number that is not a Swedish number with an area code. */
export const wrongPhone = 'Skriv ett svenskt telefonnummer med riktnummer, med siffror, mellanslag eller bindestreck.';
/** What a name and an organisation may hold: "Namnet" "får bara innehålla" these. */
export const allowedCharacters = "bokstäver, siffror, mellanslag och tecknen . , - ' & ( ) /";
