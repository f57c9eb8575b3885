// Making the akutkort's card link: the officer's name, phone number and organisation checked in full (the number with
// libphonenumber-js, through phone.ts), each problem worded in Swedish, and written into the fragment. The page loads
// this only when the officer starts using the form (card-link-form.ts); reading a link needs only card-link-reading.ts.
import { formatSwedishPhone } from '../lib/phone.ts';
import { cardLimits, plainText, type CardContact, type CardField, type CardInput } from './card-link-reading.ts';
import {
  allowedCharacters,
  atMost,
  characters,
  nameField,
  nameMissing,
  onlyContain,
  organisationField,
  phoneMissing,
  phoneTooLong,
  phoneTooLongUnit,
  wrongPhone,
} from '../i18n/browser/card-link.ts';

export * from './card-link-reading.ts';

export interface FieldProblem {
  field: CardField;
  message: string;
}

export const isProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' && value !== null && 'message' in value;

/** A name or an organisation as plainText reads it, or what is wrong with it. */
export function checkText(field: 'namn' | 'organisation', value: string, required: boolean): string | FieldProblem {
  const text = plainText(field, value);
  const Name = field === 'namn' ? nameField : organisationField;
  if (text === '') return required ? { field, message: nameMissing } : '';
  if (text !== null) return text;
  if (value.trim().replace(/\s+/g, ' ').length > cardLimits[field])
    return { field, message: `${Name} ${atMost} ${cardLimits[field]} ${characters}.` };
  return { field, message: `${Name} ${onlyContain} ${allowedCharacters}.` };
}

/** Checks a typed number in full and writes it as Swedes do, with its `tel:` address. */
export function checkPhone(value: string): { phone: string; phoneHref: string } | FieldProblem {
  const typed = value.trim();
  if (typed === '') return { field: 'telefon', message: phoneMissing };
  if (typed.length > cardLimits.telefon)
    return { field: 'telefon', message: `${phoneTooLong} ${cardLimits.telefon} ${phoneTooLongUnit}` };
  // The project's formatter reads numbers as Swedes write them at home; "+46 70…" is the same number as "070…".
  const formatted = formatSwedishPhone(typed.replace(/^\+46[ -]?/, '0'));
  // Short numbers such as 112 are valid numbers but not a person's: a personal number dials as +46….
  if (!formatted || !formatted.href.startsWith('tel:+46')) {
    return { field: 'telefon', message: wrongPhone };
  }
  // The formatter keeps numbers on one line with non-breaking characters; a link and an input need the plain ones.
  const phone = formatted.display.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');
  return { phone, phoneHref: formatted.href };
}

/** Checks what the officer typed. Returns the contact, or one Swedish message per field that is wrong. */
export function checkContact(input: CardInput): { contact: CardContact } | { problems: FieldProblem[] } {
  const name = checkText('namn', input.namn ?? '', true);
  const phone = checkPhone(input.telefon ?? '');
  const organisation = checkText('organisation', input.organisation ?? '', false);
  if (isProblem(name) || isProblem(phone) || isProblem(organisation))
    return { problems: [name, phone, organisation].filter(isProblem) };
  return { contact: { name, phone: phone.phone, phoneHref: phone.phoneHref, organisation } };
}

/** The fragment, with its #, that makes the card show this contact. */
export function cardFragment(contact: CardContact): string {
  const params = new URLSearchParams({ namn: contact.name, telefon: contact.phone });
  if (contact.organisation) params.set('organisation', contact.organisation);
  return `#${params}`;
}
