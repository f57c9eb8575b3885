import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
// Sweden's metadata only (see phone-metadata.ts): the akutkort runs this function in the page.
import swedishMetadata from './phone-metadata-se.json' with { type: 'json' };

export interface FormattedPhone {
  /**
   * The number as Swedes write it and type it: digits, hyphen-minus and plain spaces ("08-452 75 03"), so that
   * find-in-page finds it and a copied number goes into any dialler. The page keeps it on one line with CSS
   * (`white-space: nowrap` on the class `phone`), not with special characters.
   */
  display: string;
  /** The `tel:` address that dials it. */
  href: string;
}

// libphonenumber-js has no metadata for Swedish short numbers, so the ones a reader may need are listed here.
const SHORT_NUMBER = /^(112|1177|11414|116\d{3})$/;

/** Groups subscriber digits the Swedish way: pairs from the right, a leading group of three when the count is odd. */
export function groupSubscriberDigits(digits: string): string {
  const groups: string[] = [];
  let rest = digits;
  if (rest.length % 2 === 1 && rest.length > 1) {
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  while (rest.length > 0) {
    groups.push(rest.slice(0, 2));
    rest = rest.slice(2);
  }
  return groups.join(' ');
}

function groupShortNumber(digits: string): string {
  return digits.length <= 4 ? digits : `${digits.slice(0, 3)} ${digits.slice(3)}`;
}

/**
 * Formats a Swedish phone number as written by an editor (for example "08-452 75 03", "0200-212019" or "114 14").
 * Returns null when it is not a valid Swedish number.
 */
export function formatSwedishPhone(input: string): FormattedPhone | null {
  const trimmed = input.trim();
  if (!/^[0-9 -]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[ -]/g, '');

  if (SHORT_NUMBER.test(digits)) {
    return { display: groupShortNumber(digits), href: `tel:${digits}` };
  }

  const parsed = parsePhoneNumberFromString(digits, 'SE', swedishMetadata as MetadataJson);
  if (!parsed || !parsed.isValid()) return null;

  // The editor's hyphen marks the area code (0200-21 20 19); without one, libphonenumber decides.
  const [areaPart, ...subscriberParts] = trimmed.split('-');
  const display =
    subscriberParts.length === 1 && /^0[1-9]\d{0,2}$/.test(areaPart)
      ? `${areaPart}-${groupSubscriberDigits(subscriberParts[0].replace(/ /g, ''))}`
      : parsed.formatNational();
  return { display, href: parsed.getURI() };
}
