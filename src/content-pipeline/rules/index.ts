// Every rule that spans files. A new rule is a function (content) => ContentError[] in a file of its own in this
// folder, listed here; a check on one field belongs in ../schemas.ts instead. See content/README.md.
import type { ContentRule } from '../content.ts';
import { components } from './components.ts';
import { headings } from './headings.ts';
import { html } from './html.ts';
import { images } from './images.ts';
import { links } from './links.ts';
import { duplicatePages, reachablePages } from './pages.ts';
import { linksWithAddress, pageSources } from './sources.ts';
import { steps } from './steps.ts';
import { versions } from './versions.ts';

export const CONTENT_RULES: ContentRule[] = [
  components,
  headings,
  html,
  images,
  links,
  duplicatePages,
  reachablePages,
  steps,
  pageSources,
  linksWithAddress,
  versions,
];
