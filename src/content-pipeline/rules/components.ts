// The components a page uses: each must exist, and each id it names must be in its data file.
import { CONTENT_COMPONENTS } from '../components.ts';
import type { ContentRule } from '../content.ts';
import type { ContentError } from '../errors.ts';
import { oneOf } from '../errors.ts';
import { dataPlace } from '../files.ts';
import { componentRule } from './shared.ts';

const COMPONENT_LIST = Object.keys(CONTENT_COMPONENTS)
  .map((name) => `<${name}>`)
  .join(', ');

/** The string literals in an expression such as ['brottsofferjouren', 'vardguiden']. */
const stringsIn = (expression: string) =>
  [...expression.matchAll(/'([^']*)'|"([^"]*)"/g)].map((match) => match[1] ?? match[2]);

export const components: ContentRule = (content) => {
  const errors: ContentError[] = [];
  for (const page of content.pages) {
    for (const element of page.parts.elements) {
      // Lower-case names are HTML elements; JSX headings are the headings rule's.
      if (!/^[A-Z]/.test(element.name)) continue;
      const rule = componentRule(element.name);
      if (!rule) {
        errors.push({
          file: page.file,
          line: element.line,
          problem: `komponenten <${element.name}> finns inte`,
          expected: `en av ${COMPONENT_LIST}`,
        });
        continue;
      }
      for (const [attribute, collection] of Object.entries(rule.ids ?? {})) {
        if (content.unreadable.has(collection)) continue;
        const value = element.attributes.get(attribute);
        const known = content.ids[collection];
        const line = element.attributeLine(attribute);
        if (typeof value !== 'string') {
          const example = [...known][0];
          errors.push({
            file: page.file,
            line,
            problem: `<${element.name}> saknar ${attribute}="…"`,
            expected: `ett id från ${dataPlace(collection)}, till exempel <${element.name} ${attribute}="${example}" />`,
          });
        } else if (!known.has(value)) {
          errors.push({
            file: page.file,
            line,
            problem: `<${element.name} ${attribute}="${value}" /> – id:t "${value}" finns inte i ${dataPlace(collection)}`,
            expected: oneOf(known),
          });
        }
      }
      for (const [flag, field] of Object.entries(rule.flagNeedsField ?? {})) {
        const [idAttribute, collection] = Object.entries(rule.ids ?? {})[0] ?? [];
        const id = idAttribute ? element.attributes.get(idAttribute) : undefined;
        if (
          !element.attributes.has(flag) ||
          !collection ||
          typeof id !== 'string' ||
          content.unreadable.has(collection)
        )
          continue;
        // An entry with an error has its own message; the flag is checked once the entry is right.
        const fields: Readonly<Record<string, unknown>> | undefined = content.data[collection].entries.find(
          (candidate) => candidate.id === id,
        )?.data;
        if (!fields || fields[field] !== undefined) continue;
        errors.push({
          file: page.file,
          line: element.attributeLine(flag),
          problem: `<${element.name} ${idAttribute}="${id}" ${flag} /> visar ${field}, men "${id}" i ${dataPlace(collection)} har inget ${field}`,
          expected: `lägg till ${field} för ${id} i ${dataPlace(collection)}, eller ta bort ${flag}`,
        });
      }
      for (const [attribute, collection] of Object.entries(rule.idLists ?? {})) {
        if (content.unreadable.has(collection)) continue;
        const value = element.attributes.get(attribute);
        const values = typeof value === 'string' ? [value] : value ? stringsIn(value.expression) : [];
        for (const id of values.filter((candidate) => !content.ids[collection].has(candidate))) {
          errors.push({
            file: page.file,
            line: element.attributeLine(attribute),
            problem: `<${element.name}> ${attribute}: id:t "${id}" finns inte i ${dataPlace(collection)}`,
            expected: oneOf(content.ids[collection]),
          });
        }
      }
    }
  }
  return errors;
};
