import { notesFileTitle, notesNotFilledIn, notesWritten } from '../i18n/browser/notes.ts';

/** One answer in the notes form: the question as the reader saw it, and what they wrote or ticked. */
export interface NoteAnswer {
  label: string;
  /** Text, or the ticked choices of a group of check boxes. */
  value: string | string[];
}

/** "2026-11-29" in the reader's own time zone, for file names and the "written on" line. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The file name of the downloaded notes: the day of the incident when the reader gave it, otherwise today. */
export function notesFileName(incidentDate: string, today: Date): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(incidentDate) ? incidentDate : localIsoDate(today);
  return `handelse-${day}.txt`;
}

/** The notes as plain text: every question, and "(inte ifyllt)" where the reader wrote nothing, so gaps are visible. */
export function notesToText(answers: NoteAnswer[], writtenOn: Date): string {
  const lines = [notesFileTitle, `${notesWritten} ${localIsoDate(writtenOn)}`, ''];
  for (const { label, value } of answers) {
    const values = (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter(Boolean);
    lines.push(label);
    lines.push(
      ...(values.length
        ? values.flatMap((v) => (Array.isArray(value) ? [`- ${v}`] : v.split(/\r?\n/)))
        : [notesNotFilledIn]),
    );
    lines.push('');
  }
  return lines.join('\r\n');
}
