// Links: inside the site they must reach a page and a section; to other websites they must be https and in the
// link register; e-mail addresses must be valid; and every link text must say where it leads.
import { z } from 'astro/zod';
import type { ContentRule } from '../content.ts';
import type { ContentError } from '../errors.ts';
import { dataPlace } from '../files.ts';
import { internalLink } from './shared.ts';

/** Link texts that say nothing about where the link leads. */
const VAGUE_LINK_TEXTS = ['klicka här', 'klicka', 'här', 'läs mer', 'mer', 'länk'];

/** True when a link's text says nothing about where it leads. */
export function isVagueLinkText(text: string): boolean {
  return VAGUE_LINK_TEXTS.includes(
    text
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
      .replace(/[.!:…]+$/, ''),
  );
}

const isEmail = (value: string) => z.email().safeParse(value).success;
const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

export const links: ContentRule = (content) => {
  const errors: ContentError[] = [];
  const registered = new Set(
    content.data.links.entries.flatMap((entry) => (entry.data?.url ? [withoutTrailingSlash(entry.data.url)] : [])),
  );
  for (const page of content.pages) {
    const error = (line: number, problem: string, expected: string) =>
      errors.push({ file: page.file, line, problem, expected });
    const texts = [
      ...page.parts.links,
      ...page.parts.elements.flatMap((element) => {
        const text = element.name === 'ExternalLink' ? element.attributes.get('text') : undefined;
        return typeof text === 'string' ? [{ url: '', text, line: element.attributeLine('text') }] : [];
      }),
    ];
    for (const { text, line } of texts) {
      if (text !== null && isVagueLinkText(text)) {
        error(
          line,
          `länktexten "${text.trim()}" säger inte vart länken leder`,
          'en text som beskriver målet, till exempel "Så gör du en polisanmälan"',
        );
      }
    }
    for (const { label, line } of page.parts.undefinedReferences) {
      error(
        line,
        `länken [${label}] har ingen adress`,
        `en rad [${label}]: /sidans-adress/ på sidan, eller en länk som [text](/sidans-adress/)`,
      );
    }
    for (const { url, line } of page.parts.links) {
      if (url.toLowerCase().startsWith('mailto:')) {
        const address = decodeURIComponent(url.slice('mailto:'.length).split('?')[0]);
        if (!isEmail(address))
          error(line, `e-postadressen "${address}" är inte giltig`, 'en adress som namn@exempel.se');
      } else if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
        if (!/^https:\/\//i.test(url)) {
          error(
            line,
            `länken ${url} är inte https`,
            `en https-adress från ${dataPlace('links')}, helst som <ExternalLink id="…" />`,
          );
        } else if (!registered.has(withoutTrailingSlash(url))) {
          error(
            line,
            `länken ${url} finns inte i länkregistret ${dataPlace('links')}`,
            'lägg till adressen där med källa och datum (checked) och länka med <ExternalLink id="…" />',
          );
        }
      } else {
        const result = internalLink(url, page.path, content);
        if (result?.problem) error(line, result.problem, result.expected ?? '');
      }
    }
  }
  return errors;
};
