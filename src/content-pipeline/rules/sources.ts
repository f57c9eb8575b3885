// Every page names where its facts come from, and only sources with an address are linked to.
import type { ContentRule } from '../content.ts';
import type { ContentError } from '../errors.ts';
import { dataPlace } from '../files.ts';

/**
 * A page lists its sources (`sources`, ids from links.yaml, shown under "Källor"). Only a page that states nothing
 * beyond SKL's page of 7 December 2018, or only things about the guide itself, may do without: it says `seed: true`.
 * Unknown ids are the schema's to report.
 */
export const pageSources: ContentRule = (content) => {
  const errors: ContentError[] = [];
  for (const page of content.pages) {
    if (!page.data || page.data.seed || page.data.sources.length > 0) continue;
    const line = page.lineOf(['sources']);
    const where: Pick<ContentError, 'line' | 'endLine' | 'part'> = line
      ? { line }
      : { line: 1, endLine: page.frontmatterEnd, part: 'frontmatter' };
    errors.push({
      file: page.file,
      ...where,
      problem: 'sidan har inga källor',
      expected: `sources: [id, …] med id från ${dataPlace('links')} för uppgifterna på sidan, eller seed: true om sidan bara säger det som står på SKL:s sida 7 december 2018 eller bara handlar om guiden själv`,
    });
  }
  return errors;
};

/** A source without `url` is named under "Källor" but cannot be linked: not by <ExternalLink>, a step or an organisation. */
export const linksWithAddress: ContentRule = (content) => {
  if (content.unreadable.has('links')) return [];
  const withoutUrl = new Set(
    content.data.links.entries.filter((entry) => entry.data && !entry.data.url).map((entry) => entry.id),
  );
  if (withoutUrl.size === 0) return [];
  const errors: ContentError[] = [];
  const problem = (id: string) =>
    `posten "${id}" i ${dataPlace('links')} har ingen adress (url), så den går inte att länka till`;
  const expected = 'lägg till url i posten, eller nämn källan bara i sidans sources';
  for (const page of content.pages) {
    for (const element of page.parts.elements) {
      const id = element.name === 'ExternalLink' ? element.attributes.get('id') : undefined;
      if (typeof id === 'string' && withoutUrl.has(id)) {
        errors.push({
          file: page.file,
          line: element.attributeLine('id'),
          problem: `<ExternalLink id="${id}" /> – ${problem(id)}`,
          expected,
        });
      }
    }
  }
  for (const { entry, data } of content.steps) {
    data.links.forEach((id, index) => {
      if (withoutUrl.has(id))
        errors.push({
          file: entry.file,
          line: entry.lineOf(['links', index]),
          problem: `fältet links[${index}]: ${problem(id)}`,
          expected,
        });
    });
  }
  for (const entry of content.data.organisations.entries) {
    const website = entry.data?.website;
    if (website && withoutUrl.has(website)) {
      errors.push({
        file: entry.file,
        line: entry.lineOf(['website']),
        problem: `fältet website: ${problem(website)}`,
        expected,
      });
    }
  }
  return errors;
};
