// Reading the akutkort's card link: a security officer's name, phone number and organisation carried in the URL
// fragment (/akutkort/#namn=…&telefon=…), which browsers never send to a server. The fragment comes from whoever wrote
// the link, so everything in it is checked here and only ever shown as text. This runs inline on the akutkort for
// everyone who opens the page, so it carries no numbering plan and no messages: the number was checked when the
// officer made the link (card-link.ts, which also words what is wrong), and reading it back checks its written form.
export type CardField = 'namn' | 'telefon' | 'organisation';

/** What the officer types, or what a link carries: untrusted text. */
export type CardInput = Partial<Record<CardField, string>>;

/** A checked contact, ready to show on the card. */
export interface CardContact {
  name: string;
  /** As Swedes write it, with plain spaces and hyphen, e.g. "070-123 45 67". */
  phone: string;
  /** The `tel:` address, made from the checked digits, never the input as it came. */
  phoneHref: string;
  /** Empty when left out. */
  organisation: string;
}

/** Longest values, in characters; the card's printed lines fit them. */
export const cardLimits = { namn: 60, telefon: 30, organisation: 80 } as const satisfies Record<CardField, number>;

/** A fragment longer than this is not a link this page made (the longest real one is well under it). */
export const maxFragmentLength = 1200;

// Letters, digits, spaces and the punctuation of names and organisations; nothing that reads as markup or an address.
const PLAIN_TEXT = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .,'’&()/-]*$/u;

/** A name or an organisation with its spaces tidied: '' when empty, null when too long or more than plain text. */
export function plainText(field: 'namn' | 'organisation', value: string): string | null {
  const text = value.trim().replace(/\s+/g, ' ');
  return text === '' || (text.length <= cardLimits[field] && PLAIN_TEXT.test(text)) ? text : null;
}

/**
 * A number as the officer's form writes it into a link (formatSwedishPhone's display): the area code with its 0, a
 * hyphen, the subscriber's digits in groups of two or three ("070-123 45 67", "08-452 75 03", "0200-21 20 19"), 7 to 13
 * digits in all (a Swedish number without its 0 has 6 to 12).
 */
const WRITTEN_PHONE = /^(?=(?:\D*\d){7,13}$)0[1-9]\d{0,2}-\d{2,3}(?: \d{2,3}){0,4}$/;

/** Reads a number from a link: as the form wrote it, with its `tel:` address; anything else is null. */
export function readPhone(value: string): { phone: string; phoneHref: string } | null {
  const phone = value.trim();
  return WRITTEN_PHONE.test(phone) ? { phone, phoneHref: `tel:+46${phone.replace(/\D/g, '').slice(1)}` } : null;
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
  // URLSearchParams reads "+" as a space and never throws: broken percent-encoding stays "%" or becomes U+FFFD, which
  // no check lets through. A part that comes twice (which one the sender meant cannot be known) reads as "%" too.
  const parts = new URLSearchParams(fragment);
  const part = (key: CardField) => (parts.getAll(key).length > 1 ? '%' : (parts.get(key) ?? ''));
  const name = plainText('namn', part('namn'));
  const phone = readPhone(part('telefon'));
  const organisation = plainText('organisation', part('organisation'));
  const contact: Partial<CardContact> = { ...phone };
  const unusable: string[] = [];
  if (name) contact.name = name;
  else unusable.push('namnet');
  if (!phone) unusable.push('telefonnumret');
  if (organisation === null) unusable.push('organisationen');
  else contact.organisation = organisation;
  return { contact, complete: !unusable.length, unusable };
}
