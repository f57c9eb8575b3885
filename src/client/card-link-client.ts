// The akutkort's card link in the page: fills the card from a link it opens, and offers the officer's form, whose checks
// are fetched when the officer starts using it. Values go into inputs as values and into the notice as text nodes,
// never as HTML. No storage; the one request is the form's script, after the officer acts. Everyone who opens the page
// receives this script, so it is kept small: the form's messages, its result and its checks are in card-link-form.ts.
// Its own sentences stay here rather than in src/i18n/browser/card-link.ts: the bundler keeps an imported string as a
// variable of its own, which costs this inline script bytes on the one page that is over the 7 KB budget.
import { readCardFragment, type CardField } from './card-link-reading.ts';
// Vite builds a worker entry as a bundle of its own with its own URL, so this script stays free of imports (Astro
// inlines only such scripts) and the officer's checks travel in one file, fetched from the site itself ('self' in CSP).
import formScript from './card-link-form.ts?worker&url';

/* eslint-disable i18next/no-literal-string -- this script's sentences stay inline; see the comment at the top. */
/** Fills the card from location.hash when it is a card link; an ordinary #section fragment changes nothing. */
function fillCardFromLink(): void {
  const reading = readCardFragment(location.hash);
  const notice = document.querySelector<HTMLElement>('[data-card-link-notice]');
  if (!reading || !notice) return;
  const { contact, unusable } = reading;
  const values: Record<CardField, string | undefined> = {
    namn: contact.name,
    telefon: contact.phone,
    organisation: contact.organisation,
  };
  // The card's inputs are named by their field (EmergencyCard.astro).
  for (const input of document.querySelectorAll<HTMLInputElement>('.emergency-card input'))
    input.value = values[input.name as CardField] ?? '';

  const text = notice.firstElementChild!;
  if (reading.complete) {
    const phone = document.createElement('a');
    phone.href = contact.phoneHref!;
    phone.className = 'phone';
    phone.textContent = contact.phone!;
    text.replaceChildren(
      `Kortet är ifyllt med uppgifterna i länken du fick. Säkerhetsansvarig: ${[contact.name, contact.organisation].filter(Boolean).join(', ')}, telefon `,
      phone,
      '. Kontrollera uppgifterna och skriv ut kortet.',
    );
  } else {
    // "namnet, telefonnumret och organisationen": the parts' names have no commas of their own.
    const parts = unusable.join(', ').replace(/, (?=[^,]*$)/, ' och ');
    text.textContent = `Länken var ofullständig eller felaktig, så kortet är inte ifyllt${parts && ` med allt. Det gick inte att använda ${parts}`}. Be den som skickade länken om en ny länk, eller skriv in uppgifterna själv i kortet.`;
  }
  notice.hidden = false;
  notice.focus();
}
/* eslint-enable i18next/no-literal-string */

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
  form.addEventListener('focusin', load, { once: true });
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
  addEventListener('hashchange', fillCardFromLink);
}
