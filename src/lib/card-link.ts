// The akutkort's card link: a security officer's name, phone number and organisation carried in the URL fragment
// (/akutkort/#namn=…&telefon=…), which browsers never send to a server. The fragment comes from whoever wrote the
// link, so everything in it is checked here and only ever shown as text.
import { formatSwedishPhone } from './phone.ts';

export type CardField = 'namn' | 'telefon' | 'organisation';

/** What the officer types, or what a link carries: untrusted text. */
export type CardInput = Partial<Record<CardField, string>>;

/** A checked contact, ready to show on the card. */
export interface CardContact {
  name: string;
  /** As Swedes write it, with plain spaces and hyphen, e.g. "070-123 45 67". */
  phone: string;
  /** The `tel:` address made by the phone formatter, never from the input. */
  phoneHref: string;
  /** Empty when left out. */
  organisation: string;
}

export interface FieldProblem {
  field: CardField;
  message: string;
}

/** Longest values, in characters; the card's printed lines fit them. */
export const cardLimits = { namn: 60, telefon: 30, organisation: 80 } as const satisfies Record<CardField, number>;

/** A fragment longer than this is not a link this page made (the longest real one is well under it). */
export const maxFragmentLength = 1200;

// Letters, digits, spaces and the punctuation of names and organisations; nothing that reads as markup or an address.
const PLAIN_TEXT = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .,'’&()/-]*$/u;
const ALLOWED = "bokstäver, siffror, mellanslag och tecknen . , - ' & ( ) /";

const fieldNames: Record<CardField, string> = { namn: 'namnet', telefon: 'telefonnumret', organisation: 'organisationen' };

function checkText(field: 'namn' | 'organisation', value: string, required: boolean): string | FieldProblem {
  const text = value.trim().replace(/\s+/g, ' ');
  const Name = field === 'namn' ? 'Namnet' : 'Organisationen';
  if (text === '') return required ? { field, message: 'Skriv ditt namn.' } : '';
  if (text.length > cardLimits[field]) return { field, message: `${Name} får vara högst ${cardLimits[field]} tecken.` };
  if (!PLAIN_TEXT.test(text)) return { field, message: `${Name} får bara innehålla ${ALLOWED}.` };
  return text;
}

function checkPhone(value: string): { phone: string; phoneHref: string } | FieldProblem {
  const typed = value.trim();
  if (typed === '') return { field: 'telefon', message: 'Skriv ditt telefonnummer.' };
  if (typed.length > cardLimits.telefon) return { field: 'telefon', message: `Telefonnumret får vara högst ${cardLimits.telefon} tecken.` };
  // The project's formatter reads numbers as Swedes write them at home; "+46 70…" is the same number as "070…".
  const formatted = formatSwedishPhone(typed.replace(/^\+46[ -]?/, '0'));
  // Short numbers such as 112 are valid numbers but not a person's: a personal number dials as +46….
  if (!formatted || !formatted.href.startsWith('tel:+46')) {
    return { field: 'telefon', message: 'Skriv ett svenskt telefonnummer med riktnummer, med siffror, mellanslag eller bindestreck.' };
  }
  // The formatter keeps numbers on one line with non-breaking characters; a link and an input need the plain ones.
  const phone = formatted.display.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');
  return { phone, phoneHref: formatted.href };
}

const isProblem = (value: unknown): value is FieldProblem => typeof value === 'object' && value !== null && 'message' in value;

/** Checks what the officer typed. Returns the contact, or one Swedish message per field that is wrong. */
export function checkContact(input: CardInput): { contact: CardContact } | { problems: FieldProblem[] } {
  const name = checkText('namn', input.namn ?? '', true);
  const phone = checkPhone(input.telefon ?? '');
  const organisation = checkText('organisation', input.organisation ?? '', false);
  if (isProblem(name) || isProblem(phone) || isProblem(organisation)) return { problems: [name, phone, organisation].filter(isProblem) };
  return { contact: { name, phone: phone.phone, phoneHref: phone.phoneHref, organisation } };
}

/** The fragment, with its #, that makes the card show this contact. */
export function cardFragment(contact: CardContact): string {
  const params = new URLSearchParams({ namn: contact.name, telefon: contact.phone });
  if (contact.organisation) params.set('organisation', contact.organisation);
  return `#${params}`;
}

export interface CardLinkReading {
  /** The parts of the contact that passed the checks; the rest stays empty. */
  contact: Partial<CardContact>;
  /** False when the link lacked a required part or carried one that failed its check. */
  complete: boolean;
  /** What could not be used, in Swedish, e.g. ["telefonnumret"]; empty when the whole link was not read. */
  unusable: string[];
}

/**
 * Reads a card link's fragment (location.hash). Returns null for an ordinary fragment such as #akutkort-rubrik, which
 * has no "=". Never throws: broken percent-encoding, unknown parts and overlong links make the reading incomplete.
 */
export function readCardFragment(hash: string): CardLinkReading | null {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.includes('=')) return null;
  // Too long to be a link this page made: none of it is read.
  if (fragment.length > maxFragmentLength) return { contact: {}, complete: false, unusable: [] };

  const values: CardInput = {};
  const broken = new Set<CardField>();
  for (const pair of fragment.split('&')) {
    const at = pair.indexOf('=');
    const key = at === -1 ? pair : pair.slice(0, at);
    if (key !== 'namn' && key !== 'telefon' && key !== 'organisation') continue;
    if (key in values || broken.has(key)) {
      // The same part twice: which one the sender meant cannot be known.
      broken.add(key);
      delete values[key];
      continue;
    }
    try {
      values[key] = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' '));
    } catch {
      broken.add(key);
    }
  }

  const contact: Partial<CardContact> = {};
  const unusable: string[] = [];
  const name = broken.has('namn') ? null : checkText('namn', values.namn ?? '', true);
  if (typeof name === 'string') contact.name = name;
  else unusable.push(fieldNames.namn);
  const phone = broken.has('telefon') ? null : checkPhone(values.telefon ?? '');
  if (phone && !isProblem(phone)) Object.assign(contact, phone);
  else unusable.push(fieldNames.telefon);
  const organisation = broken.has('organisation') ? null : checkText('organisation', values.organisation ?? '', false);
  if (typeof organisation === 'string') contact.organisation = organisation;
  else unusable.push(fieldNames.organisation);
  return { contact, complete: unusable.length === 0, unusable };
}
