// The steps in content/steps/: one place each in its list, links to pages and sections that exist, and enough
// steps with a card text for a page that shows the akutkort.
import { CARD_STEPS } from '../components.ts';
import { EARLIER_STEP_ANCHORS } from '../../lib/anchors.ts';
import type { ContentRule } from '../content.ts';
import type { ContentError } from '../errors.ts';
import { dataPlace } from '../files.ts';
import { componentRule, internalLink } from './shared.ts';
import { EDITIONS, editionOfId, type Edition } from '../../i18n/index.ts';

/** The versions whose pages may show the steps in their own words (the field of the same name in a step's file). */
const STEP_EDITIONS = ['lattlast', 'en'] as const;

export const steps: ContentRule = (content) => {
  const errors: ContentError[] = [];
  const file = dataPlace('steps');
  const places = new Map<string, string>();
  for (const { entry, data } of content.steps) {
    const key = `${data.audience} ${data.order}`;
    const other = places.get(key);
    if (other) {
      errors.push({
        file: entry.file,
        line: entry.lineOf(['order']),
        problem: `steget har order ${data.order}, som steget ${other} redan har`,
        expected: 'ett eget nummer för varje steg i samma lista',
      });
    } else places.set(key, entry.id);
    data.pages.forEach((link, index) => {
      const result = internalLink(link.path, '/', content);
      if (result?.problem)
        errors.push({
          file: entry.file,
          line: entry.lineOf(['pages', index, 'path']),
          problem: result.problem,
          expected: result.expected ?? '',
        });
    });
    for (const edition of STEP_EDITIONS) {
      data[edition]?.pages.forEach((link, index) => {
        const result = internalLink(link.path, '/', content);
        if (result?.problem)
          errors.push({
            file: entry.file,
            line: entry.lineOf([edition, 'pages', index, 'path']),
            problem: result.problem,
            expected: result.expected ?? '',
          });
      });
    }
  }
  // A Lättläst or English page that shows the steps shows every one of them, in the Swedish order, in its own words.
  if (!content.invalid.has('steps')) {
    for (const page of content.pages) {
      const edition = editionOfId(page.id);
      if (edition === 'sv') continue;
      for (const element of page.parts.elements.filter((candidate) => componentRule(candidate.name)?.stepAnchors)) {
        const audience = element.attributes.get('audience');
        const shown = typeof audience === 'string' ? audience : 'fortroendevald';
        for (const { entry } of content.steps.filter(({ data }) => data.audience === shown && !data[edition])) {
          errors.push({
            file: entry.file,
            line: entry.lineOf(['title']),
            problem: `steget saknar ${edition}:, men ${page.file}, rad ${element.line}, visar stegen`,
            expected: `${edition}: med title och text i den versionens ord, i stegets fil`,
          });
        }
      }
    }
  }
  const cardUser = content.pages
    .flatMap((page) => page.parts.elements.map((element) => ({ page, element })))
    .find(({ element }) => componentRule(element.name)?.needsCardSteps);
  const withCard = content.steps.filter(({ data }) => data.audience === 'fortroendevald' && data.card).length;
  if (cardUser && withCard < CARD_STEPS && !content.invalid.has('steps')) {
    errors.push({
      file,
      problem: `akutkortet på ${cardUser.page.file} behöver ${CARD_STEPS} steg för förtroendevalda med en text i card, men ${withCard} har det`,
      expected: `card: med en kort mening på minst ${CARD_STEPS} steg`,
    });
  }
  // The start page's addresses from before lead to these steps; renaming one breaks links people have saved.
  if (!content.unreadable.has('steps')) {
    // One message a missing step, naming every start page's old address that leads to it.
    const addresses = new Map<string, string[]>();
    for (const [edition, anchors] of Object.entries(EARLIER_STEP_ANCHORS)) {
      for (const [earlier, id] of Object.entries(anchors)) {
        if (!content.ids.steps.has(id))
          addresses.set(id, [...(addresses.get(id) ?? []), `${EDITIONS[edition as Edition].home}#${earlier}`]);
      }
    }
    for (const [id, [first, ...more]] of addresses) {
      errors.push({
        file,
        problem: `steget ${id} finns inte, men startsidans gamla adress ${first}${more.length > 0 ? ` (och ${more.join(', ')})` : ''} ska leda dit, så att länkar i e-post och på intranät fungerar`,
        expected: `behåll id:t ${id} på steget, eller be en utvecklare flytta adressen i src/lib/anchors.ts`,
      });
    }
  }
  return errors;
};
