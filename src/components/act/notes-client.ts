import { localIsoDate, notesFileName, notesToText, type NoteAnswer } from '~/lib/notes-text';

/** Reads the answers from the form in the order the reader sees them, with the labels as written on the page. */
function readAnswers(form: HTMLElement): NoteAnswer[] {
  const answers: NoteAnswer[] = [];
  for (const element of form.querySelectorAll<HTMLElement>('[data-note-field], [data-note-choices]')) {
    if (element.matches('[data-note-choices]')) {
      const legend = element.querySelector('legend')?.textContent?.trim() ?? '';
      const ticked = [...element.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map(
        (box) => form.querySelector(`label[for="${box.id}"]`)?.textContent?.trim() ?? box.value,
      );
      answers.push({ label: legend, value: ticked });
    } else {
      const control = element.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
      const label = element.querySelector('label')?.textContent?.trim() ?? '';
      if (control) answers.push({ label, value: control.value });
    }
  }
  return answers;
}

/** Wires the buttons of the notes form. The text never leaves the page: no request, no storage. */
export function startNotes(): void {
  const form = document.querySelector<HTMLElement>('[data-notes]');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-notes-status]')!;
  const say = (message: string) => {
    // Emptied first so that the same message is announced again.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
  };

  form.querySelector<HTMLElement>('[data-notes-actions]')!.hidden = false;

  form.querySelector('[data-notes-print]')!.addEventListener('click', () => window.print());

  form.querySelector('[data-notes-download]')!.addEventListener('click', () => {
    const now = new Date();
    const date = form.querySelector<HTMLInputElement>('input[name="datum"]')?.value ?? '';
    const fileName = notesFileName(date, now);
    const blob = new Blob([notesToText(readAnswers(form), now)], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The blob lives only in this page's memory; it is released once the browser has taken the file.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(`Anteckningarna har laddats ner som ${fileName}, den ${localIsoDate(now)}.`);
  });

  form.querySelector('[data-notes-clear]')!.addEventListener('click', () => {
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = false;
      else control.value = '';
    }
    say('Formuläret är tömt.');
  });
}
