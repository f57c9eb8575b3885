// The officer's part of the akutkort's card link: checks what the officer typed (the number with libphonenumber-js),
// shows the link and copies it. The page's own script (card-link-client.ts) fetches this file when the officer first
// uses the form, so readers who only open or print the card never load it; it wires the form as soon as it runs.
// The form's error messages and its result are added here, on the first submit that needs them, so the page that
// every reader opens does not carry them. No request of its own, no storage.
import { cardFragment, checkContact, type CardField } from './card-link.ts';
import {
  cardLinkCopied,
  cardLinkCopy,
  cardLinkNotCopied,
  cardLinkPreview,
  cardLinkResult,
  cardLinkResultHint,
} from '../i18n/browser/card-link.ts';

const cardInputs: CardField[] = ['namn', 'telefon', 'organisation'];

/** An element with its attributes and text; text only ever as a text node. */
function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  created.append(...children);
  return created;
}

/** The error message above a field's input, added the first time the form is checked. */
function errorFor(form: HTMLFormElement, name: CardField): HTMLElement {
  const id = `kortlank-${name}-fel`;
  const existing = document.getElementById(id);
  if (existing) return existing;
  const error = element('p', { class: 'card-link__error', id, hidden: '' });
  (form.elements.namedItem(name) as HTMLInputElement).before(error);
  return error;
}

/** The link, its copy button and the preview, added after the form when the first link is made. */
function resultAfter(form: HTMLFormElement): {
  result: HTMLElement;
  url: HTMLInputElement;
  preview: HTMLAnchorElement;
  status: HTMLElement;
} {
  const url = element('input', {
    id: 'kortlank-lank',
    type: 'text',
    readonly: '',
    'aria-describedby': 'kortlank-lank-hint',
  }) as HTMLInputElement;
  const copy = element('button', { class: 'button', type: 'button' }, cardLinkCopy);
  const preview = element('a', { href: '#' }, cardLinkPreview) as HTMLAnchorElement;
  const status = element('p', { class: 'card-link__status', role: 'status' });
  const result = element(
    'div',
    { class: 'card-link__result' },
    element('label', { class: 'card-link__label', for: 'kortlank-lank' }, cardLinkResult),
    element('p', { class: 'card-link__hint', id: 'kortlank-lank-hint' }, cardLinkResultHint),
    url,
    element('p', { class: 'card-link__actions' }, copy, preview),
    status,
  );
  form.after(result);

  const say = (message: string) => {
    // Emptied first so that the same message is announced again.
    status.textContent = '';
    requestAnimationFrame(() => (status.textContent = message));
  };
  url.addEventListener('focus', () => url.select());
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url.value);
      say(cardLinkCopied);
    } catch {
      url.focus();
      say(cardLinkNotCopied);
    }
  });
  return { result, url, preview, status };
}

/** Wires the officer's form: check the fields, show the link, copy it. */
function startForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-card-link-form]');
  if (!form) return;
  let shown: ReturnType<typeof resultAfter> | undefined;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const field = (name: CardField) => form.elements.namedItem(name) as HTMLInputElement;
    const checked = checkContact({
      namn: field('namn').value,
      telefon: field('telefon').value,
      organisation: field('organisation').value,
    });
    const problems = 'problems' in checked ? checked.problems : [];
    for (const name of cardInputs) {
      const error = errorFor(form, name);
      const problem = problems.find((p) => p.field === name);
      error.textContent = problem ? problem.message : '';
      error.hidden = !problem;
      field(name).setAttribute('aria-invalid', String(Boolean(problem)));
      field(name).setAttribute(
        'aria-describedby',
        problem ? `${error.id} kortlank-${name}-hint` : `kortlank-${name}-hint`,
      );
    }
    if (!('contact' in checked)) {
      if (shown) shown.result.hidden = true;
      field(problems[0].field).focus();
      return;
    }
    const link = new URL(location.pathname + cardFragment(checked.contact), location.origin).href;
    shown ??= resultAfter(form);
    shown.url.value = link;
    shown.preview.href = link;
    shown.result.hidden = false;
    shown.status.textContent = '';
    shown.url.focus();
    shown.url.select();
  });
}

startForm();
