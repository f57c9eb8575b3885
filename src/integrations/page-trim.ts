import { createHash } from 'node:crypto';
import { PurgeCSS } from 'purgecss';
import { transform, type Rule, type TokenOrValue } from 'lightningcss';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePage, splice, type PageHtml } from './page-html.ts';
import type { PostBuildStep } from './post-build-site.ts';

/** The CSP source that allows one inline script or style, as Astro writes it. */
export const hashSource = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** The inline scripts and styles of a page (scripts with a src attribute are files, allowed by 'self'). */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const { scripts, styles } = parsePage(html);
  return { scripts: scripts.map(({ code }) => code), styles: styles.map(({ code }) => code) };
}

/**
 * The page's CSP with script-src and style-src listing the hashes of this page's own inline code, and no other. Astro
 * builds all content pages from one route and gives each of them the hashes of every script that route can render,
 * which on a page without JavaScript are bytes allowing nothing on it.
 */
function ownPolicy(policy: string, scripts: string[], styles: string[]): string {
  const hashes = { 'script-src': scripts.map(hashSource), 'style-src': styles.map(hashSource) };
  const directives = policy.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!(name in hashes)) return directive;
    const kept = sources.filter((source) => !source.startsWith("'sha256-"));
    return ` ${[name, ...kept, ...hashes[name as keyof typeof hashes]].join(' ')}`;
  });
  return directives.join(';');
}

/** Rewrites the page's CSP meta element so that it allows exactly the page's own inline code (ownPolicy). */
export function withOwnHashes(html: string): string {
  const { scripts, styles, csp } = parsePage(html);
  if (!csp) return html;
  return splice(html, [
    {
      span: csp,
      text: ownPolicy(
        csp.code,
        scripts.map(({ code }) => code),
        styles.map(({ code }) => code),
      ),
    },
  ]);
}

/** Why a page would break its CSP, in Swedish for the build's error; empty when it would not. */
export function cspProblems(file: string, page: PageHtml | string): string[] {
  const { csp, unhashable } = typeof page === 'string' ? parsePage(page) : page;
  const problems: string[] = [];
  if (!csp) problems.push(`${file}: saknar CSP-metaelementet`);
  if (unhashable.length) problems.push(`${file}: inbäddad kod (${unhashable[0]}=) blockeras av CSP`);
  return problems;
}

/**
 * The words PurgeCSS looks for: every name-like word of the page (PurgeCSS's own default), plus the attribute a script
 * sets through `dataset` (`el.dataset.copied` sets `data-copied`, which a rule such as `[data-copied]::after` needs).
 */
export function usedNames(content: string): string[] {
  const words = content.match(/[A-Za-z0-9_-]+/g) ?? [];
  const datasetAttributes = [...content.matchAll(/\.dataset\.([A-Za-z][A-Za-z0-9]*)/g)].map(
    ([, name]) => `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`,
  );
  return [...words, ...datasetAttributes];
}

/**
 * PurgeCSS does not look inside :has(), so a rule for one page (the akutkort's print layout, `body:has(.emergency-card) …`)
 * stayed on every page. A rule goes when each of its selectors needs, inside :has(), a class the page does not name.
 */
export function withoutUnmatchedHas(css: string, names: Set<string>): string {
  return css.replace(/(^|[{}])([^{}@]+)\{[^{}]*\}/g, (rule, before: string, selectors: string) =>
    selectors
      .split(',')
      .every((selector) => [...selector.matchAll(/:has\(\.([\w-]+)\)/g)].some(([, name]) => !names.has(name)))
      ? before
      : rule,
  );
}

/**
 * Replaces each custom property (`var(--space-3)`) by its value where that cannot change what it computes to: the
 * property is declared once, on `:root`, outside any @media or other condition (a @layer is no condition), without
 * !important, @property or a var() of its own, and no other code of the page (`otherCode`: its markup and scripts)
 * names it. Then every element inherits that one value, so writing the value in its place is the same style in fewer
 * bytes: about 0.2 KB with Brotli on every page. The CSS is parsed and written again by Lightning CSS, the minifier
 * Vite already ran on it.
 */
export function withCustomPropertiesInlined(css: string, otherCode: string[] = []): string {
  const values = new Map<string, TokenOrValue[]>();
  const kept = new Set<string>();
  const isRoot = (selectors: unknown) =>
    JSON.stringify(selectors) === JSON.stringify([[{ type: 'pseudo-class', kind: 'root' }]]);
  const walk = (rules: Rule[], conditional: boolean) => {
    for (const rule of rules) {
      if (rule.type === 'style') {
        const { declarations = [], importantDeclarations = [] } = rule.value.declarations ?? {};
        for (const declaration of [...declarations, ...importantDeclarations]) {
          if (declaration.property !== 'custom') continue;
          const { name, value } = declaration.value;
          const plain =
            !conditional &&
            isRoot(rule.value.selectors) &&
            declarations.includes(declaration) &&
            !JSON.stringify(value).includes('"type":"var"');
          if (values.has(name) || !plain || otherCode.some((code) => code.includes(name))) kept.add(name);
          values.set(name, value);
        }
        if (rule.value.rules?.length) walk(rule.value.rules, true);
      } else if (rule.type === 'layer-block') walk(rule.value.rules, conditional);
      else if (rule.type === 'property') kept.add(rule.value.name);
      else {
        // @media, @supports, @container, @scope, @starting-style …: whatever holds rules holds them under a condition.
        const nested = (rule as { value?: { rules?: unknown } }).value?.rules;
        if (Array.isArray(nested)) walk(nested as Rule[], true);
      }
    }
  };
  const code = Buffer.from(css);
  transform({
    filename: 'page.css',
    code,
    minify: true,
    visitor: { StyleSheet: (sheet) => void walk(sheet.rules, false) },
  });
  const inlined = (name: string) => values.has(name) && !kept.has(name);
  if (![...values.keys()].some(inlined)) return css;
  return transform({
    filename: 'page.css',
    code,
    minify: true,
    visitor: {
      Variable: (variable) => (inlined(variable.name.ident) ? values.get(variable.name.ident) : undefined),
      Declaration: { custom: (property) => (inlined(property.name) ? [] : undefined) },
    },
  }).code.toString();
}

/** Addresses of the scripts a page's inline code fetches from the site when the reader acts (Vite's `/_astro/….js`). */
export const scriptsLoadedOnUse = (html: string): string[] => [
  ...new Set(html.match(/\/_astro\/[\w.-]+\.m?js\b/g) ?? []),
];

/** The word pattern of usedNames, PurgeCSS's default: a page's word can only ever match a name written this way. */
const NAME = /[A-Za-z0-9_-]+/g;
/** An attribute selector that matches part of a value: [href^='http'], [class*=x], and the like. */
const PARTIAL_ATTRIBUTE = /\[\s*[\w-]+\s*[~|^$*]=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))/g;

/**
 * What in a page's words can change what its CSS becomes, or undefined when that cannot be told from the text.
 * PurgeCSS keeps a selector when the names in it (classes, ids, elements, attributes and their values) are among the
 * page's words, or, for a selector like [href^='http'], when a word begins with, ends with or contains its value. Every
 * such name is a word of the stylesheet's text, unless it is written with an escape. A custom property stays a
 * property when the page's code names it (withCustomPropertiesInlined): a word that holds its name.
 */
function wordsThatMatter(css: string): ((word: string) => boolean) | undefined {
  if (css.includes('\\')) return undefined;
  const partial = [...css.matchAll(PARTIAL_ATTRIBUTE)];
  if (partial.length !== (css.match(/[~|^$*]=/g) ?? []).length) return undefined;
  const values = partial.map((match) => (match[1] ?? match[2] ?? match[3]).split(/\s+/).filter(Boolean));
  // [href^=''] would match every page that has any word at all.
  if (values.some((parts) => parts.length === 0)) return undefined;
  const names = new Set(css.match(NAME));
  const parts = values.flat();
  const customProperties = [...new Set(css.match(/--[\w-]+/g))];
  return (word) =>
    names.has(word) ||
    parts.some((part) => word.includes(part)) ||
    (word.includes('--') && customProperties.some((name) => word.includes(name)));
}

/**
 * Keeps only the rules of a page's inline stylesheets that can match something in the page. PurgeCSS does the work,
 * and its answer is kept for the next page whose words agree on everything that matters to it (wordsThatMatter): on a
 * site of many pages alike, most pages then cost a lookup instead of a run of PurgeCSS, with the same bytes.
 */
export class CssTrimmer {
  /** The latest answers, by stylesheets and the words that matter; a few, so that a site of any size keeps few. */
  readonly #answers = new Map<string, string[]>();
  static readonly KEPT_ANSWERS = 64;
  /** How many times PurgeCSS ran, for the tests and the build log. */
  purgeRuns = 0;

  /** Each inline stylesheet of `page` as the page needs it, in order. */
  async usedCss(page: PageHtml, loadedOnUse: string[] = []): Promise<string[]> {
    if (page.styles.length === 0) return [];
    const markup = splice(
      page.html,
      page.styles.map(({ element }) => ({ span: element, text: '' })),
    );
    const sheets = page.styles.map(({ code }) => code);
    const words = [markup, ...loadedOnUse].flatMap(usedNames);
    const matters = wordsThatMatter(sheets.join('\n'));
    const key = matters && `${sheets.join('\u0000')}\u0001${[...new Set(words)].filter(matters).sort().join(' ')}`;
    const known = key === undefined ? undefined : this.#answers.get(key);
    if (known) return known;
    this.purgeRuns += 1;
    const purged = await new PurgeCSS().purge({
      content: [{ raw: markup, extension: 'html' }, ...loadedOnUse.map((raw) => ({ raw, extension: 'js' }))],
      css: sheets.map((raw) => ({ raw })),
      defaultExtractor: usedNames,
      // PurgeCSS keeps a selector only when one of its parts is found in the page, so a selector made of pseudo-classes
      // alone (:focus-visible, :target) would go, though it matches on every page: pseudo-classes count as found.
      safelist: { standard: [/^:[a-z-]+$/] },
    });
    const names = new Set(words);
    const answer = purged.map(({ css }) =>
      withCustomPropertiesInlined(withoutUnmatchedHas(css, names), [markup, ...loadedOnUse]),
    );
    if (key !== undefined) {
      this.#answers.set(key, answer);
      if (this.#answers.size > CssTrimmer.KEPT_ANSWERS) this.#answers.delete(this.#answers.keys().next().value!);
    }
    return answer;
  }
}

/**
 * Keeps only the rules of the page's inline stylesheet that can match something in the page: every page inlines the
 * whole site's stylesheet (one request a page), but the notes form, the akutkort or the search results need their
 * rules only where they are. Anything named in the page counts as used, its inline scripts included, so a class a
 * script adds stays as long as the script spells it out (as ours do), and so does an attribute it sets via `dataset`.
 * `loadedOnUse`: the text of the scripts the page fetches when the reader acts (scriptsLoadedOnUse), which count too.
 * Custom properties are then written as their values (withCustomPropertiesInlined).
 */
export async function withUsedCss(
  html: string,
  loadedOnUse: string[] = [],
  trimmer = new CssTrimmer(),
): Promise<string> {
  const page = parsePage(html);
  const css = await trimmer.usedCss(page, loadedOnUse);
  return splice(
    html,
    page.styles.map((style, index) => ({ span: style, text: css[index] })),
  );
}

/**
 * The trimmed page: its used CSS only (withUsedCss), and a CSP that allows exactly its own inline code
 * (withOwnHashes), from one reading of the page.
 */
export async function trimPage(
  html: string,
  loadedOnUse: string[] = [],
  trimmer = new CssTrimmer(),
  page = parsePage(html),
): Promise<string> {
  const css = await trimmer.usedCss(page, loadedOnUse);
  const policy = page.csp && {
    span: page.csp,
    text: ownPolicy(
      page.csp.code,
      page.scripts.map(({ code }) => code),
      css,
    ),
  };
  return splice(html, [
    ...page.styles.map((style, index) => ({ span: style, text: css[index] })),
    ...(policy ? [policy] : []),
  ]);
}

/**
 * Each page keeps the CSS it uses and the CSP hashes of its own inline code. A page that would break its CSP fails the
 * build: every page needs Astro's CSP meta element, which carries the hashes of the inline scripts and styles, and no
 * style or event-handler attributes, which no hash can allow.
 */
export function pageTrimStep(): PostBuildStep {
  const trimmer = new CssTrimmer();
  const problems: string[] = [];
  let pages = 0;
  let saved = 0;
  return {
    name: 'page-trim',
    reads: 'every HTML page, and the scripts a page fetches on use',
    writes: 'every HTML page, trimmed',
    async page(file, html, site) {
      const page = parsePage(html);
      problems.push(...cspProblems(file, page));
      // The search page's results and the akutkort's form checks arrive in scripts of their own, fetched on use.
      const loadedOnUse = await Promise.all(
        scriptsLoadedOnUse(html).map((path) => readFile(join(site.dir, path), 'utf8')),
      );
      const trimmed = await trimPage(html, loadedOnUse, trimmer, page);
      pages += 1;
      saved += Buffer.byteLength(html) - Buffer.byteLength(trimmed);
      return trimmed;
    },
    run(_site, logger) {
      if (problems.length) throw new Error(`Sidorna bryter mot säkerhetspolicyn:\n${problems.join('\n')}`);
      logger.info(
        `${pages} sidor: oanvänd CSS och CSP-hashar som inte hör till sidan borttagna (${Math.round(saved / 1024)} KB okomprimerat; PurgeCSS kördes ${trimmer.purgeRuns} gånger).`,
      );
    },
  };
}
