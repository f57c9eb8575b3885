// The akutkort's card link in the page: makes a link from what the officer types, and fills the card from a link it
// opens. Values go into inputs as values and into the notice as text nodes, never as HTML. No request, no storage.
import { cardFragment, checkContact, readCardFragment, type CardField } from '~/lib/card-link';

const cardInputs: Record<CardField, string> = { namn: 'akutkort-namn', telefon: 'akutkort-telefon', organisation: 'akutkort-organisation' };

function input(id: string): HTMLInputElement | null {
  return document.getElementById(id) as HTMLInputElement | null;
}

/** Fills the card from location.hash when it is a card link; an ordinary #section fragment changes nothing. */
function fillCardFromLink(): void {
  const reading = readCardFragment(location.hash);
  const notice = document.querySelector<HTMLElement>('[data-card-link-notice]');
  const text = notice?.querySelector<HTMLElement>('[data-card-link-notice-text]');
  if (!reading || !notice || !text) return;

  const { contact } = reading;
  const values: Record<CardField, string> = { namn: contact.name ?? '', telefon: contact.phone ?? '', organisation: contact.organisation ?? '' };
  for (const field of Object.keys(cardInputs) as CardField[]) {
    const cardInput = input(cardInputs[field]);
    if (cardInput) cardInput.value = values[field];
  }

  text.replaceChildren();
  if (reading.complete && contact.name && contact.phone && contact.phoneHref) {
    const phone = document.createElement('a');
    phone.href = contact.phoneHref;
    phone.className = 'phone';
    phone.textContent = contact.phone;
    text.append(
      `Kortet är ifyllt med uppgifterna i länken du fick. Säkerhetsansvarig: ${contact.name}${contact.organisation ? `, ${contact.organisation}` : ''}, telefon `,
      phone,
      '. Kontrollera uppgifterna och skriv ut kortet.',
    );
  } else {
    text.textContent =
      (reading.unusable.length > 0
        ? `Länken var ofullständig eller felaktig, så kortet är inte ifyllt med allt. Det gick inte att använda ${listInSwedish(reading.unusable)}. `
        : 'Länken var ofullständig eller felaktig, så kortet är inte ifyllt. ') +
      'Be den som skickade länken om en ny länk, eller skriv in uppgifterna själv i kortet.';
  }
  notice.hidden = false;
  notice.focus();
}

function listInSwedish(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

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

  form.hidden = false;
  document.querySelector<HTMLElement>('[data-card-link-no-script]')!.hidden = true;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const field = (name: CardField) => form.elements.namedItem(name) as HTMLInputElement;
    const checked = checkContact({ namn: field('namn').value, telefon: field('telefon').value, organisation: field('organisation').value });
    const problems = 'problems' in checked ? checked.problems : [];
    for (const name of Object.keys(cardInputs) as CardField[]) {
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

export function startCardLink(): void {
  startForm();
  fillCardFromLink();
  // An officer who opens the new link in the same tab changes only the fragment: the page does not reload.
  window.addEventListener('hashchange', fillCardFromLink);
}
