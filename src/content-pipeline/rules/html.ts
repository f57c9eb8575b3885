// A page holds Markdown and the guide's components, never HTML: the editor in the browser (npm run edit) cannot show
// HTML, and a component keeps each pattern in one place. Headings written as <h2> are the headings rule's.
import type { ContentRule } from '../content.ts';
import type { Element } from '../mdx.ts';

const COMPONENTS = '<Lead>, <Notice>, <CallToAction>, <Swedish>, <Phone>, <ExternalLink>';

/** What to write instead of an HTML element. */
function instead(element: Element): string {
  const className = element.attributes.get('class');
  const classes = typeof className === 'string' ? className.split(/\s+/) : [];
  if (classes.includes('lead')) return '<Lead>ingressens text</Lead>';
  if (classes.includes('notice')) return '<Notice> med texten på egna rader, och </Notice> på en egen rad';
  if (classes.includes('cta') || classes.includes('cta__link'))
    return '<CallToAction href="/sidans-adress/" text="vad läsaren gör där" />';
  switch (element.name) {
    case 'span':
      return element.attributes.has('lang')
        ? '<Swedish text="det svenska ordet" /> för ett svenskt ord på en engelsk sida'
        : 'vanlig text';
    case 'strong':
    case 'b':
      return '**fet text** i Markdown';
    case 'em':
    case 'i':
      return '*kursiv text* i Markdown';
    case 'a':
      return '[länktext](/sidans-adress/) för en sida i guiden, eller <ExternalLink id="…" /> för en annan webbplats';
    case 'img':
      return '![vad bilden visar](/bildens-adress.png)';
    case 'ul':
    case 'ol':
    case 'li':
      return 'en lista i Markdown, med - eller 1. först på varje rad';
    case 'p':
      return 'ett vanligt stycke: texten med en tom rad före och efter';
    case 'br':
      return 'ett nytt stycke, med en tom rad emellan';
    default:
      return `Markdown, eller en av komponenterna ${COMPONENTS}`;
  }
}

export const html: ContentRule = (content) =>
  content.pages.flatMap((page) => {
    // One message for the outermost element: <div class="notice"><p>…</p></div> is one thing to rewrite.
    let coveredTo = 0;
    return page.parts.elements
      .filter((element) => /^[a-z]/.test(element.name) && !/^h[1-6]$/.test(element.name))
      .filter((element) => {
        if (element.line <= coveredTo) return false;
        coveredTo = element.endLine;
        return true;
      })
      .map((element) => ({
        file: page.file,
        line: element.line,
        problem: `sidan innehåller HTML-koden <${element.name}>, som redigeraren i webbläsaren inte kan visa`,
        expected: instead(element),
      }));
  });
