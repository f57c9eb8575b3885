// Pages as a whole: each has its own title and address, and each is reached from the menu or from a reached page.
import type { ContentRule } from '../content.ts';
import type { ContentError } from '../errors.ts';
import { internalLink } from './shared.ts';

export const duplicatePages: ContentRule = (content) => {
  const errors: ContentError[] = [];
  const titles = new Map<string, string>();
  const addresses = new Map<string, string>();
  for (const page of content.pages) {
    const title = page.data?.title;
    if (title !== undefined) {
      const other = titles.get(title.trim().toLowerCase());
      if (other) {
        errors.push({
          file: page.file,
          line: page.lineOf(['title']),
          problem: `titeln "${title}" används redan av ${other}`,
          expected: 'en unik titel (title) för varje sida',
        });
      } else titles.set(title.trim().toLowerCase(), page.file);
    }
    const other = addresses.get(page.path);
    if (other) {
      errors.push({
        file: page.file,
        problem: `adressen ${page.path} används redan av ${other}`,
        expected: 'ett unikt filnamn (eller slug) för varje sida',
      });
    } else addresses.set(page.path, page.file);
  }
  return errors;
};

/** A page is reached when it is in the menu (navOrder) or linked from a page that is reached. */
export const reachablePages: ContentRule = (content) => {
  // A page whose frontmatter has an error counts as reached: that error is the one to fix first.
  const reached = new Set(content.pages.filter((page) => !page.data || page.data.navOrder !== undefined));
  const queue = [...reached];
  // An index instead of queue.shift(), which may copy the rest of the queue on every call.
  for (let index = 0; index < queue.length; index++) {
    const from = queue[index];
    for (const link of from.parts.links) {
      const next = internalLink(link.url, from.path, content)?.page;
      if (next && !reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return content.pages
    .filter((page) => !reached.has(page))
    .map((page) => ({
      file: page.file,
      problem: `ingen meny och ingen annan sida leder till sidan ${page.path}`,
      expected: `ange navOrder (platsen i menyn) i sidans frontmatter, eller länka till ${page.path} från en sida som finns i menyn`,
    }));
};
