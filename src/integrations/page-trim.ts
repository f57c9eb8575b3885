import { createHash } from 'node:crypto';
import { PurgeCSS } from 'purgecss';
import { transform, type Rule, type TokenOrValue } from 'lightningcss';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePage, splice, type PageHtml } from './page-html.ts';
import { forEachLimited, type PostBuildStep } from './post-build-site.ts';

/** The CSP source that allows one inline script or style, as Astro writes it. */
export const hashSource = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

/** The inline scripts and styles of a page (scripts with a src attribute are files, allowed by 'self'). */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const { scripts, styles } = parsePage(html);
  return { scripts: scripts.map(({ code }) => code), styles: styles.map(({ code }) => code) };
}

/**
 * Rewrites the page's CSP meta element so that script-src and style-src list the hashes of this page's own inline
 * code, and no other. Astro builds all content pages from one route and gives each of them the hashes of every script
 * that route can render, which on a page without JavaScript are bytes allowing nothing on it.
 */
export function withOwnHashes(html: string): string {
  const { scripts, styles, csp } = parsePage(html);
  if (!csp) return html;
  const hashes = { 'script-src': scripts.map(({ code }) => hashSource(code)), 'style-src': styles.map(({ code }) => hashSource(code)) };
  const directives = csp.code.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (!(name in hashes)) return directive;
    const kept = sources.filter((source) => !source.startsWith("'sha256-"));
    return ` ${[name, ...kept, ...hashes[name as keyof typeof hashes]].join(' ')}`;
  });
  return splice(html, [{ span: csp, text: directives.join(';') }]);
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
    selectors.split(',').every((selector) => [...selector.matchAll(/:has\(\.([\w-]+)\)/g)].some(([, name]) => !names.has(name))) ? before : rule,
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
  const isRoot = (selectors: unknown) => JSON.stringify(selectors) === JSON.stringify([[{ type: 'pseudo-class', kind: 'root' }]]);
  const walk = (rules: Rule[], conditional: boolean) => {
    for (const rule of rules) {
      if (rule.type === 'style') {
        const { declarations = [], importantDeclarations = [] } = rule.value.declarations ?? {};
        for (const declaration of [...declarations, ...importantDeclarations]) {
          if (declaration.property !== 'custom') continue;
          const { name, value } = declaration.value;
          const plain = !conditional && isRoot(rule.value.selectors) && declarations.includes(declaration) && !JSON.stringify(value).includes('"type":"var"');
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
  transform({ filename: 'page.css', code, minify: true, visitor: { StyleSheet: (sheet) => void walk(sheet.rules, false) } });
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
export const scriptsLoadedOnUse = (html: string): string[] => [...new Set(html.match(/\/_astro\/[\w.-]+\.m?js\b/g) ?? [])];

/**
 * Keeps only the rules of the page's inline stylesheet that can match something in the page: every page inlines the
 * whole site's stylesheet (one request a page), but the notes form, the akutkort or the search results need their
 * rules only where they are. Anything named in the page counts as used, its inline scripts included, so a class a
 * script adds stays as long as the script spells it out (as ours do), and so does an attribute it sets via `dataset`.
 * `loadedOnUse`: the text of the scripts the page fetches when the reader acts (scriptsLoadedOnUse), which count too.
 * Custom properties are then written as their values (withCustomPropertiesInlined).
 */
export async function withUsedCss(html: string, loadedOnUse: string[] = [], page: PageHtml = parsePage(html)): Promise<string> {
  if (page.styles.length === 0) return html;
  const markup = splice(html, page.styles.map(({ element }) => ({ span: element, text: '' })));
  const purged = await new PurgeCSS().purge({
    content: [{ raw: markup, extension: 'html' }, ...loadedOnUse.map((raw) => ({ raw, extension: 'js' }))],
    css: page.styles.map(({ code }) => ({ raw: code })),
    defaultExtractor: usedNames,
    // PurgeCSS keeps a selector only when one of its parts is found in the page, so a selector made of pseudo-classes
    // alone (:focus-visible, :target) would go, though it matches on every page: pseudo-classes count as found.
    safelist: { standard: [/^:[a-z-]+$/] },
  });
  const names = new Set([markup, ...loadedOnUse].flatMap(usedNames));
  return splice(
    html,
    page.styles.map((style, index) => ({ span: style, text: withCustomPropertiesInlined(withoutUnmatchedHas(purged[index].css, names), [markup, ...loadedOnUse]) })),
  );
}

/** The trimmed page: its used CSS only, and a CSP that allows exactly its own inline code. */
export async function trimPage(html: string, loadedOnUse: string[] = []): Promise<string> {
  return withOwnHashes(await withUsedCss(html, loadedOnUse));
}

/** Each page keeps the CSS it uses and the CSP hashes of its own inline code. */
export const pageTrimStep: PostBuildStep = {
  name: 'page-trim',
  reads: 'every HTML page',
  writes: 'every HTML page, trimmed',
  async run(site, logger) {
    let saved = 0;
    // One page at a time: PurgeCSS is not documented as re-entrant, and the work is all on this thread anyway.
    await forEachLimited(
      [...site.pages],
      async ([file, html]) => {
        // The search page's results and the akutkort's form checks arrive in scripts of their own, fetched on use.
        const loadedOnUse = await Promise.all(scriptsLoadedOnUse(html).map((path) => readFile(join(site.dir, path), 'utf8')));
        const trimmed = await trimPage(html, loadedOnUse);
        saved += Buffer.byteLength(html) - Buffer.byteLength(trimmed);
        site.pages.set(file, trimmed);
        await writeFile(join(site.dir, file), trimmed);
      },
      1,
    );
    logger.info(`${site.pages.size} sidor: oanvänd CSS och CSP-hashar som inte hör till sidan borttagna (${Math.round(saved / 1024)} KB okomprimerat).`);
  },
};
