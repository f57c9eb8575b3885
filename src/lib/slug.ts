/**
 * The address of a section (the part after #) from its heading: lower case, å/ä/ö and other accents folded,
 * anything else a hyphen. ASCII keeps links readable when they are pasted into mail and intranets.
 */
export function sectionSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
