// The Swedish words of the notes form's script (src/client/notes-client.ts). The words of the scripts in the
// reader's browser live apart from sv.ts, each a plain string, and in one file per script: the bundler then writes
// each word into the one script that uses it, which stays inline, without the dictionary (sv.ts's date formatter
// would come along) and without a shared module it would have to fetch. A sentence with a value in it is split
// around the value, as the script joins it.

/** The notes were downloaded: "Anteckningarna har laddats ner som" the file's name, "den" the day. */
export const notesDownloadedAs = 'Anteckningarna har laddats ner som';
export const notesDownloadedOn = 'den';
export const notesCleared = 'Formuläret är tömt.';

/** The downloaded text file (src/client/notes-text.ts): its first line, before the day it was written, an empty answer. */
export const notesFileTitle = 'Anteckningar om en händelse';
export const notesWritten = 'Skrivna';
export const notesNotFilledIn = '(inte ifyllt)';
