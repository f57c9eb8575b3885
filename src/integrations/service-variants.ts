// A page that depends on whether the server runs the feedback service (the feedback question, the cookie page) is
// rendered with both versions in it, each in an element marked data-feedback-service (PageFeedback.astro). This step
// writes it twice, so that one build serves both kinds of server and the server's configuration picks: index.html
// with the version without the service, which any host can publish, and beside it the version with the service
// (WITH_SERVICE_FILE), which nginx and `npm start` send instead when they run the service. With FEEDBACK_ENDPOINT set,
// the page has the version with the service only, and it becomes the page's index.html.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { SERVICE_VARIANT_ATTRIBUTE, WITH_SERVICE_FILE } from '../lib/feedback.ts';
import { splice, type Span } from './page-html.ts';
import type { PostBuildStep } from './post-build-site.ts';

type Variant = 'with' | 'without';

interface VariantElement {
  variant: Variant;
  startTag: Span;
  endTag: Span;
}

/** The elements marked with SERVICE_VARIANT_ATTRIBUTE, with the spans of their start and end tags. */
function variantElements(html: string): VariantElement[] {
  const found: VariantElement[] = [];
  // The marked element open now, and how many elements of its name are open inside it.
  let open: { variant: Variant; name: string; depth: number; startTag: Span } | undefined;
  const parser: Parser = new Parser({
    onopentag(name, attributes) {
      const variant = attributes[SERVICE_VARIANT_ATTRIBUTE];
      if (variant !== undefined && variant !== 'with' && variant !== 'without') {
        throw new Error(`${SERVICE_VARIANT_ATTRIBUTE}="${variant}": bara "with" eller "without" går.`);
      }
      if (open) {
        if (variant)
          throw new Error(
            `${SERVICE_VARIANT_ATTRIBUTE} inuti ${SERVICE_VARIANT_ATTRIBUTE}: versionerna får inte ligga i varandra.`,
          );
        if (name === open.name) open.depth++;
        return;
      }
      if (variant) open = { variant, name, depth: 0, startTag: { start: parser.startIndex, end: parser.endIndex + 1 } };
    },
    onclosetag(name) {
      if (!open || name !== open.name) return;
      if (open.depth > 0) {
        open.depth--;
        return;
      }
      found.push({
        variant: open.variant,
        startTag: open.startTag,
        endTag: { start: parser.startIndex, end: parser.endIndex + 1 },
      });
      open = undefined;
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/** The page's two versions, or undefined when nothing in it depends on the feedback service. */
export function serviceVariants(html: string): { withService: string; withoutService: string } | undefined {
  const elements = variantElements(html);
  if (elements.length === 0) return undefined;
  // The kept version loses only its element's tags; the other goes whole.
  const version = (kept: Variant) =>
    splice(
      html,
      elements.flatMap(({ variant, startTag, endTag }) =>
        variant === kept
          ? [
              { span: startTag, text: '' },
              { span: endTag, text: '' },
            ]
          : [{ span: { start: startTag.start, end: endTag.end }, text: '' }],
      ),
    );
  return { withService: version('with'), withoutService: version('without') };
}

export const serviceVariantsStep = (feedbackEndpoint?: string): PostBuildStep => {
  let written = 0;
  return {
    name: 'service-variants',
    reads: 'every HTML page',
    writes: `each page that depends on the feedback service: index.html without it, ${WITH_SERVICE_FILE} beside it with it`,
    page(file, html, site) {
      const variants = serviceVariants(html);
      if (!variants) return;
      if (feedbackEndpoint) return variants.withService;
      if (!file.endsWith('index.html'))
        throw new Error(`${file}: bara en sidas index.html kan ha en version med svarstjänsten.`);
      // The version with the service is a page of its own: the pass hands it to every step, as it does this one.
      const withServiceFile = `${file.slice(0, -'index.html'.length)}${WITH_SERVICE_FILE}`;
      writeFileSync(join(site.dir, withServiceFile), variants.withService);
      site.files = [...site.files, withServiceFile].sort();
      site.pendingPages.push(withServiceFile);
      written++;
      return variants.withoutService;
    },
    run(_site, logger) {
      if (!feedbackEndpoint)
        logger.info(`${written} sidor har en version för en server med svarstjänsten (${WITH_SERVICE_FILE}).`);
    },
  };
};
