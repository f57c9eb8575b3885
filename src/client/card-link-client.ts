// The akutkort's card link in the page: fills the card from a link it opens, and offers the officer's form, whose checks
// are fetched when the officer starts using it. Values go into inputs as values and into the notice as text nodes,
// never as HTML. No storage; the one request is the form's script, after the officer acts.
import { readCardFragment, type CardField } from '~/client/card-link-reading';
// Vite builds a worker entry as a bundle of its own with its own URL, so this script stays free of imports (Astro
// inlines only such scripts) and the officer's checks travel in one file, fetched from the site itself ('self' in CSP).
import formScript from './card-link-form.ts?worker&url';

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

/**
 * Shows the officer's form and fetches its checks (card-link-form.ts) when the officer first uses it: on focus, or at
 * once on a submit that comes before them. Until they have run, a submit waits for them and is then made again.
 */
function offerForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-card-link-form]');
  if (!form) return;
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-card-link-no-script]')!.hidden = true;
  let ready = false;
  let loading: Promise<void> | undefined;
  const load = () =>
    (loading ??= import(/* @vite-ignore */ formScript).then(
      () => void (ready = true),
      () => void (loading = undefined),
    ));
  form.addEventListener('focusin', () => void load(), { once: true });
  form.addEventListener('submit', (event) => {
    if (ready) return;
    event.preventDefault();
    void load().then(() => ready && form.requestSubmit());
  });
}

export function startCardLink(): void {
  offerForm();
  fillCardFromLink();
  // An officer who opens the new link in the same tab changes only the fragment: the page does not reload.
  window.addEventListener('hashchange', fillCardFromLink);
}
