// What a keyboard reader sees of focus: which element has it, where it is, and whether its focus indicator is
// visible enough (WCAG 2.4.7, measured as in 2.4.13: an outline or box-shadow at least 2 CSS px thick, with at
// least 3:1 contrast against what is around it). Computed in the browser from the focused element's styles.
import type { Page } from '@playwright/test';

export interface FocusStop {
  /** e.g. `a "Polisanmälan"`, to name the element in a failure. */
  name: string;
  /** The element's position among the page's elements in document order, i.e. reading order. */
  domIndex: number;
  /** The landmark or page region it is in (main, nav, header, footer, aside), for comparing positions within one. */
  region: string;
  box: { top: number; left: number; bottom: number; right: number };
  /** Why the indicator passes or fails, e.g. "outline 3px rgb(27, 31, 36) 16.1:1". */
  indicator: string;
  visible: boolean;
  /** The focused element is outside the window or its centre is covered by something else (WCAG 2.4.11). */
  obscured: boolean;
  /** The focused element is the page itself: focus has left the page's controls. */
  onBody: boolean;
}

/** Describes document.activeElement and measures its focus indicator. */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (color: string): Rgba | null => {
      const m = color.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
      return [Number(r), Number(g), Number(b), Number(a)];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    /** The first opaque background at or above `el`; the page's white when none is set. */
    const backgroundBehind = (el: Element | null): Rgba => {
      for (let node = el; node; node = node.parentElement) {
        const color = parse(getComputedStyle(node).backgroundColor);
        if (color && color[3] > 0.5) return color;
      }
      return [255, 255, 255, 1];
    };
    const el = document.activeElement ?? document.body;
    const style = getComputedStyle(el);
    const around = backgroundBehind(el.parentElement);
    const found: string[] = [];
    let visible = false;
    const outlineWidth = parseFloat(style.outlineWidth);
    const outlineColor = parse(style.outlineColor);
    if (style.outlineStyle !== 'none' && outlineColor && outlineColor[3] > 0.5) {
      const ratio = contrast(outlineColor, around);
      found.push(`outline ${outlineWidth}px ${style.outlineColor} ${ratio.toFixed(1)}:1`);
      if (outlineWidth >= 2 && ratio >= 3) visible = true;
    }
    if (style.boxShadow !== 'none') {
      // "rgb(27, 31, 36) 0px 4px 0px 0px, rgb(255, 221, 0) 0px -2px 0px 0px": split between shadows, not inside rgb().
      for (const shadow of style.boxShadow.split(/,(?![^(]*\))/)) {
        const color = parse(shadow);
        const lengths = shadow
          .replace(/rgba?\([^)]*\)/, '')
          .trim()
          .split(/\s+/)
          .map(parseFloat);
        const [x = 0, y = 0, , spread = 0] = lengths;
        const size = Math.max(Math.abs(x), Math.abs(y)) + spread;
        if (!color || color[3] <= 0.5 || shadow.includes('inset')) continue;
        const ratio = contrast(color, around);
        found.push(`box-shadow ${size}px ${shadow.match(/rgba?\([^)]*\)/)?.[0]} ${ratio.toFixed(1)}:1`);
        if (size >= 2 && ratio >= 3) visible = true;
      }
    }
    const box = el.getBoundingClientRect();
    // The middle of the part inside the window: the browser may scroll a tall field only partly into view, which is
    // not the page hiding it; another element drawn over that point is.
    const [left, right] = [Math.max(box.left, 0), Math.min(box.right, innerWidth)];
    const [top, bottom] = [Math.max(box.top, 0), Math.min(box.bottom, innerHeight)];
    const atCentre =
      left < right && top < bottom ? document.elementFromPoint((left + right) / 2, (top + bottom) / 2) : null;
    const obscured = !(atCentre && (el.contains(atCentre) || atCentre.contains(el)));
    const text = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 50);
    return {
      name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text}"`,
      domIndex: [...document.querySelectorAll('*')].indexOf(el),
      region: el.closest('main, nav, header, footer, aside, [role="complementary"]')?.tagName.toLowerCase() ?? 'body',
      box: {
        top: box.top + scrollY,
        left: box.left + scrollX,
        bottom: box.bottom + scrollY,
        right: box.right + scrollX,
      },
      indicator: `${found.join('; ') || 'no outline or box-shadow'} against ${`rgb(${around.slice(0, 3).join(', ')})`}`,
      visible,
      obscured: obscured && el !== document.body,
      onBody: el === document.body || el === document.documentElement,
    };
  });
}

/** Where focus is, in document order: all that a walk needs when only the order matters, in a fraction of the time. */
type FocusPosition = Pick<FocusStop, 'domIndex' | 'onBody'> & { name?: string };

function focusPosition(page: Page): Promise<FocusPosition> {
  return page.evaluate(() => {
    const el = document.activeElement ?? document.body;
    return {
      domIndex: [...document.querySelectorAll('*')].indexOf(el),
      onBody: el === document.body || el === document.documentElement,
      name: el.tagName.toLowerCase(),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until focus leaves the page's controls, and returns every stop on the way, measured by
 * `measure`. Fails when focus does not get out within `limit` presses: a keyboard trap.
 */
async function walkFocus<Stop extends FocusPosition>(
  page: Page,
  key: 'Tab' | 'Shift+Tab',
  measure: (page: Page) => Promise<Stop>,
  limit = 400,
): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const stop = await measure(page);
    if (stop.onBody) return stops;
    // Chromium moves focus to the browser's own UI after the last control; Playwright then reports the body or
    // the first control again. Either way, focus has gone round the page and out of it.
    if (stops.length > 0 && stop.domIndex === stops[0].domIndex) return stops;
    stops.push(stop);
  }
  throw new Error(`Focus did not leave the page after ${limit} presses of ${key}: trapped at ${stops.at(-1)?.name}`);
}

/** Every stop of Tab (or Shift+Tab) through the page, each with its focus indicator measured (focusStop). */
export const tabThroughPage = (page: Page, key: 'Tab' | 'Shift+Tab'): Promise<FocusStop[]> =>
  walkFocus(page, key, focusStop);

/** The stops of Tab (or Shift+Tab) through the page as positions in document order, for checking the order alone. */
export const tabOrder = async (page: Page, key: 'Tab' | 'Shift+Tab'): Promise<number[]> =>
  (await walkFocus(page, key, focusPosition)).map((stop) => stop.domIndex);
