// The officer's part of the akutkort's card link: checks what the officer typed (the number with libphonenumber-js),
// shows the link and copies it. The page's own script (card-link-client.ts) fetches this file when the officer first
// uses the form, so readers who only open or print the card never load it; it wires the form as soon as it runs.
// No request of its own, no storage.
import { cardFragment, checkContact, type CardField } from '~/client/card-link';

const cardInputs: CardField[] = ['namn', 'telefon', 'organisation'];

/** Wires the officer's form: check the fields, show the link, copy it. */
function startForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-card-link-form]');
  const result = document.querySelector<HTMLElement>('[data-card-link-result]');
  if (!form || !result) return;
  const url = result.querySelector<HTMLInputElement>('[data-card-link-url]')!;
  const preview = result.querySelector<HTMLAnchorElement>('[data-card-link-preview]')!;
  const status = result.querySelector<HTMLElement>('[data-card-link-status]')!;
  const say = (message: string) => {
    // Emptied first so that the same message is announced again.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const field = (name: CardField) => form.elements.namedItem(name) as HTMLInputElement;
    const checked = checkContact({ namn: field('namn').value, telefon: field('telefon').value, organisation: field('organisation').value });
    const problems = 'problems' in checked ? checked.problems : [];
    for (const name of cardInputs) {
      const error = form.querySelector<HTMLElement>(`[data-card-link-error="${name}"]`)!;
      const problem = problems.find((p) => p.field === name);
      error.textContent = problem ? problem.message : '';
      error.hidden = !problem;
      field(name).setAttribute('aria-invalid', String(Boolean(problem)));
      field(name).setAttribute('aria-describedby', problem ? `${error.id} kortlank-${name}-hint` : `kortlank-${name}-hint`);
    }
    if (!('contact' in checked)) {
      result.hidden = true;
      field(problems[0].field).focus();
      return;
    }
    const link = new URL(location.pathname + cardFragment(checked.contact), location.origin).href;
    url.value = link;
    preview.href = link;
    result.hidden = false;
    status.textContent = '';
    url.focus();
    url.select();
  });

  url.addEventListener('focus', () => url.select());
  result.querySelector('[data-card-link-copy]')!.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url.value);
      say('Länken är kopierad. Klistra in den i ditt meddelande.');
    } catch {
      url.focus();
      say('Det gick inte att kopiera länken. Den är markerad: kopiera den själv.');
    }
  });
}

startForm();
