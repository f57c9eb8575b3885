// What several rules need: pages by address, the anchors on a page, and where an internal link leads.
import { CONTENT_COMPONENTS, type ComponentRule } from '../components.ts';
import { LAYOUT_ANCHORS } from '../../lib/anchors.ts';
import { sectionSlug } from '../../lib/slug.ts';
import type { CheckedPage, Content } from '../content.ts';
import { oneOf } from '../errors.ts';

const componentRule = (name: string): ComponentRule | undefined =>
  (CONTENT_COMPONENTS as Record<string, ComponentRule>)[name];
export { componentRule };

const byPathCache = new WeakMap<Content, Map<string, CheckedPage>>();

function pagesByPath(content: Content): Map<string, CheckedPage> {
  let byPath = byPathCache.get(content);
  if (!byPath) byPathCache.set(content, (byPath = new Map(content.pages.map((page) => [page.path, page]))));
  return byPath;
}

const anchorCache = new WeakMap<CheckedPage, Set<string>>();

/**
 * The ids a reader can jump to on a page: the layout's, the ## and ### headings (as H2 and H3 make them), ids on
 * HTML elements, <Action id>, and what components put there (the steps' ids where <StepByStep> stands).
 */
function anchorsOf(page: CheckedPage, content: Content): Set<string> {
  let anchors = anchorCache.get(page);
  if (anchors) return anchors;
  anchors = new Set<string>(Object.values(LAYOUT_ANCHORS));
  for (const heading of page.parts.headings)
    if (!heading.jsx && heading.depth <= 3) anchors.add(sectionSlug(heading.text));
  for (const element of page.parts.elements) {
    const rule = componentRule(element.name);
    const id = element.attributes.get(rule?.anchorAttribute ?? (/^[a-z]/.test(element.name) ? 'id' : ''));
    if (typeof id === 'string') anchors.add(id);
    rule?.anchors?.forEach((anchor) => anchors!.add(anchor));
    if (rule?.stepAnchors) content.data.steps.entries.forEach((step) => anchors!.add(step.id));
  }
  anchorCache.set(page, anchors);
  return anchors;
}

const list = (values: Iterable<string>) => [...values].join(', ');

/**
 * Where a link inside the site leads (/polisanmalan/#be-om-atkomstskydd, or #avsnitt on the same page), or what is
 * wrong with it. Links that leave the site are not internal: undefined.
 */
export function internalLink(
  target: string,
  from: string,
  content: Content,
): { page?: CheckedPage; problem?: string; expected?: string } | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) {
    if (!target.startsWith('#')) return undefined;
  }
  const byPath = pagesByPath(content);
  const [pathPart, anchor] = target.split('#') as [string, string | undefined];
  const path = pathPart === '' ? from : pathPart;
  const page = byPath.get(path) ?? byPath.get(`${path}/`);
  if (!page)
    return { problem: `länken ${target} går till en sida som inte finns`, expected: `en av ${list(byPath.keys())}` };
  if (!path.endsWith('/'))
    return {
      page,
      problem: `länken ${target} saknar / på slutet`,
      expected: `${page.path}${anchor ? `#${anchor}` : ''}`,
    };
  if (anchor !== undefined) {
    const anchors = anchorsOf(page, content);
    if (!anchors.has(anchor)) {
      return {
        page,
        problem: `länken ${target} går till avsnittet #${anchor}, som inte finns på ${page.file}`,
        expected: oneOf(
          [...anchors].map((a) => `#${a}`),
          40,
        ),
      };
    }
  }
  return { page };
}
