import { localIsoDate, notesFileName, notesToText, type NoteAnswer } from '~/client/notes-text';
import { notesCleared, notesDownloadedAs, notesDownloadedOn } from '~/i18n/browser/notes';

// Written to stay small: the whole script travels inside the page, and the page has a byte budget (tests/budgets/).

/** The text of an element as the reader sees it written. */
const text = (element: Element | null | undefined) => element?.textContent?.trim() ?? '';

/** Reads the answers from the form in the order the reader sees them, with the labels as written on the page. */
function readAnswers(form: HTMLElement): NoteAnswer[] {
  return [...form.querySelectorAll('[data-note-field], [data-note-choices]')].map((element) =>
    element.matches('[data-note-choices]')
      ? {
          label: text(element.querySelector('legend')),
          value: [...element.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map(
            (box) => text(box.labels?.[0]) || box.value,
          ),
        }
      : {
          label: text(element.querySelector('label')),
          value: element.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!.value,
        },
  );
}

/** Wires the buttons of the notes form (print, download, clear, in that order). The text never leaves the page: no request, no storage. */
export function startNotes(): void {
  const form = document.querySelector<HTMLElement>('[data-notes]');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-notes-status]')!;
  const say = (message: string) => {
    // Emptied first so that the same message is announced again.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
  };
  const actions = form.querySelector<HTMLElement>('[data-notes-actions]')!;
  actions.hidden = false;
  const [print, download, clear] = actions.children as HTMLCollectionOf<HTMLButtonElement>;

  print.onclick = () => window.print();

  download.onclick = () => {
    const now = new Date();
    const fileName = notesFileName(form.querySelector<HTMLInputElement>('[name="datum"]')!.value, now);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(
      new Blob([notesToText(readAnswers(form), now)], { type: 'text/plain;charset=utf-8' }),
    );
    link.download = fileName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The blob lives only in this page's memory; it is released once the browser has taken the file.
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    say(`${notesDownloadedAs} ${fileName}, ${notesDownloadedOn} ${localIsoDate(now)}.`);
  };

  clear.onclick = () => {
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (control.type === 'checkbox') (control as HTMLInputElement).checked = false;
      else control.value = '';
    }
    say(notesCleared);
  };
}
