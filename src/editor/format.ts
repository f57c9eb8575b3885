// The files in content/ are kept in the format the editor writes, so that a sentence changed in the browser is one
// changed line in git. This writes an entry as Keystatic does, with Keystatic's own code: each field's parse and
// serialize from the editor's configuration (keystatic.config.ts) and js-yaml's dump, the library Keystatic writes
// YAML with. Keystatic's package gives Node a build whose text fields cannot write MDX, so the configuration is made
// here from its browser build, which can. Each value is also validated as its form does before a save: a value the
// form would refuse, or a page with raw HTML, throws with the file and the field.
// `npm run format:content` rewrites the files; a unit test checks them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as keystaticCore from '@keystatic/core';
import type * as keystaticComponents from '@keystatic/core/content-components';
import { dump, load } from 'js-yaml';
import { editorConfig } from './keystatic.config.ts';

const browserBuild = (file: string) =>
  new URL(`dist/${file}`, import.meta.resolve('@keystatic/core/package.json')).href;
const core = (await import(browserBuild('keystatic-core.js'))) as typeof keystaticCore;
const components = (await import(browserBuild('keystatic-core-content-components.js'))) as typeof keystaticComponents;
const config = editorConfig(core, components);

// The field shapes this module reads; Keystatic's own types describe them for its UI, not for this use.
interface FormField {
  kind: 'form';
  formKind?: 'slug' | 'content' | 'asset' | 'assets';
  parse(value: unknown, args?: unknown): unknown;
  /** Throws where the form would refuse to save: a required value missing, a text too short. */
  validate?(value: unknown): unknown;
  serialize(value: unknown, args?: unknown): { value?: unknown; content?: Uint8Array };
  serializeWithSlug?(value: unknown): { value: unknown };
}
type Field = FormField | { kind: 'array'; element: Field } | { kind: 'object'; fields: Record<string, Field> };

/** A collection or singleton of the editor, with where its files are and what they hold. */
export interface EditorEntryKind {
  key: string;
  /** The folder of a collection, or the file of a singleton without its extension. */
  path: string;
  extension: '.mdx' | '.yaml';
  schema: Record<string, Field>;
  slugField?: string;
  singleton: boolean;
}

export const ENTRY_KINDS: EditorEntryKind[] = [
  ...Object.entries(config.collections ?? {}).map(([key, collection]) => ({
    key,
    path: (collection.path ?? '').replace(/\/\*$/, ''),
    extension: (collection.format && typeof collection.format === 'object' && collection.format.contentField
      ? '.mdx'
      : '.yaml') as '.mdx' | '.yaml',
    schema: collection.schema as unknown as Record<string, Field>,
    slugField: collection.slugField,
    singleton: false,
  })),
  ...Object.entries(config.singletons ?? {}).map(([key, singleton]) => ({
    key,
    path: singleton.path ?? '',
    extension: '.yaml' as const,
    schema: singleton.schema as unknown as Record<string, Field>,
    singleton: true,
  })),
];

/** The files of an entry kind, relative to the project root. */
export function filesOf(kind: EditorEntryKind, root: string): string[] {
  if (kind.singleton) return [`${kind.path}${kind.extension}`];
  return readdirSync(join(root, kind.path))
    .filter((name) => name.endsWith(kind.extension))
    .sort()
    .map((name) => `${kind.path}/${name}`);
}

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * A value as the editor reads it from the file, checks it and writes it back. What its form would refuse throws,
 * named by the field's path (e.g. "sv.title").
 */
function roundTrip(field: Field, raw: unknown, slug: string | undefined, isSlugField: boolean, path: string): unknown {
  if (field.kind === 'array')
    return (Array.isArray(raw) ? raw : []).map((item, index) =>
      roundTrip(field.element, item, slug, false, `${path}.${index}`),
    );
  if (field.kind === 'object') {
    const value = (raw ?? {}) as Record<string, unknown>;
    const entries = Object.entries(field.fields).map(
      ([name, inner]) => [name, roundTrip(inner, value[name], slug, false, `${path}.${name}`)] as const,
    );
    return Object.fromEntries(entries.filter(([, inner]) => inner !== undefined));
  }
  try {
    const value = isSlugField ? field.parse(raw, { slug }) : field.parse(raw);
    field.validate?.(value);
    return isSlugField ? field.serializeWithSlug?.(value)?.value : field.serialize(value).value;
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
  }
}

/** The entry's file as the editor writes it. */
export function formatEntry(kind: EditorEntryKind, file: string, text: string): string {
  const slug = kind.singleton ? undefined : file.slice(kind.path.length + 1, -kind.extension.length);
  let data: Record<string, unknown>;
  let body = '';
  if (kind.extension === '.mdx') {
    const end = text.indexOf('\n---', 3);
    data = (load(text.slice(4, end + 1)) ?? {}) as Record<string, unknown>;
    body = text.slice(text.indexOf('\n', end + 1) + 1);
  } else {
    data = (load(text) ?? {}) as Record<string, unknown>;
  }
  const values: Record<string, unknown> = {};
  let content = '';
  for (const [name, field] of Object.entries(kind.schema)) {
    try {
      if (field.kind === 'form' && field.formKind === 'content') {
        // Raw HTML or a component the editor does not know throws here: "Missing component definition for div".
        const state = field.parse(undefined, { content: bytes(body), other: new Map(), external: new Map(), slug });
        content = new TextDecoder().decode(field.serialize(state, { slug }).content);
        continue;
      }
      const value = roundTrip(field, data[name], slug, name === kind.slugField, name);
      if (value !== undefined) values[name] = value;
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  const yaml = dump(values);
  return kind.extension === '.mdx' ? `---\n${yaml}---\n${content}` : yaml;
}

/** Every file of the editor whose text is not what the editor writes. */
export function unformattedFiles(root: string): { file: string; formatted: string }[] {
  return ENTRY_KINDS.flatMap((kind) =>
    filesOf(kind, root).flatMap((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      const formatted = formatEntry(kind, file, text);
      return formatted === text ? [] : [{ file, formatted }];
    }),
  );
}
