// Measurements the WCAG criterion tests take in the browser: sideways scrolling, clipped text, target sizes,
// control boundaries, animations and colours. Each returns descriptions of what fails, so a failure says where to look.
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';

/** Elements whose content does not fit their box: clipped, or spilling over what follows (WCAG 1.4.4, 1.4.10, 1.4.12). */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth + 1)
      found.push(`the page scrolls sideways: ${root.scrollWidth}px content in ${root.clientWidth}px`);
    // Text hidden on purpose for screen readers lives in a 1 × 1 px box; it and what is inside it are left out.
    const tiny = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width <= 1 && box.height <= 1;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement) || (el.offsetParent === null && getComputedStyle(el).position !== 'fixed'))
        continue;
      if (el.clientWidth === 0 || tiny(el) || [...ancestors(el)].some(tiny)) continue;
      // A text field scrolls its own text on purpose.
      if (el.matches('textarea, input, select')) continue;
      const wider = el.scrollWidth - el.clientWidth;
      const taller = el.scrollHeight - el.clientHeight;
      if (wider > 1 || taller > 1) {
        const text = (el.innerText || '').trim().replace(/\s+/g, ' ').slice(0, 40);
        found.push(
          `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${text}" overflows by ${wider}px × ${taller}px`,
        );
      }
    }
    return found;

    function* ancestors(el: Element) {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) yield node;
    }
  });
}

/** Links and buttons smaller than 24 × 24 CSS px that are not inline in a sentence and lack the spacing exception (WCAG 2.5.8). */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, input:not([type="hidden"]), summary, textarea, select',
      ),
    ].filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden');
    /** A link in a line of text: an inline element whose block has text besides the link (the inline exception). */
    const inSentence = (el: HTMLElement) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      let block = el.parentElement!;
      while (block.parentElement && getComputedStyle(block).display === 'inline') block = block.parentElement;
      const own = (el.textContent ?? '').replace(/\s+/g, '');
      const all = (block.textContent ?? '').replace(/\s+/g, '');
      return all.length > own.length;
    };
    const boxes = targets.map((el) => el.getBoundingClientRect());
    const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2];
    const found: string[] = [];
    targets.forEach((el, index) => {
      const box = boxes[index];
      if (box.width >= 24 && box.height >= 24) return;
      if (inSentence(el)) return;
      if (el.matches('input[type="date"], input[type="time"]') && box.height >= 24) return;
      // The spacing exception: a 24 px circle on the target's centre meets no other target or its circle.
      const [x, y] = centre(box);
      const crowded = boxes.some((other, j) => {
        if (j === index) return false;
        const [ox, oy] = centre(other);
        const dx = Math.max(other.left - x, 0, x - other.right);
        const dy = Math.max(other.top - y, 0, y - other.bottom);
        return Math.hypot(dx, dy) < 12 || Math.hypot(ox - x, oy - y) < 24;
      });
      if (crowded) {
        const text = (el.innerText || el.getAttribute('aria-label') || el.id).trim().replace(/\s+/g, ' ').slice(0, 40);
        found.push(`<${el.tagName.toLowerCase()}> "${text}" is ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
      }
    });
    return found;
  });
}

/** Every CSS animation or transition running, and any smooth scrolling (WCAG 2.3.3, prefers-reduced-motion). */
export function motion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = document
      .getAnimations()
      .map(
        (animation) => `animation on <${(animation.effect as KeyframeEffect | null)?.target?.nodeName.toLowerCase()}>`,
      );
    for (const el of [document.documentElement, ...document.body.querySelectorAll('*')]) {
      const style = getComputedStyle(el);
      const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map(parseFloat);
      if (style.animationName !== 'none' || durations.some((d) => d > 0))
        found.push(`<${el.tagName.toLowerCase()} class="${el.className}"> can animate`);
      if (style.scrollBehavior === 'smooth') found.push(`<${el.tagName.toLowerCase()}> scrolls smoothly`);
    }
    return found;
  });
}

/** The contrast ratio of two colours given as [r, g, b] (WCAG's relative luminance). */
export function contrastRatio(a: number[], b: number[]): number {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const lum = ([r, g, b]: number[]) => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/**
 * For each element, the highest contrast between the pixels of its outer edge (the outer 3 CSS px, where a border
 * is drawn) and the background around it, read from a screenshot: what the reader actually sees, native checkboxes
 * and forced colours included. The screenshot covers only the rectangle that holds every element and is read in
 * Node: a screenshot of the whole page, decoded in the page, took six times as long.
 */
export async function edgeContrasts(page: Page, ...groups: Locator[]): Promise<{ name: string; ratio: number }[]> {
  const targets = [];
  for (const group of groups) {
    targets.push(
      ...(await group.evaluateAll((elements) =>
        elements.map((el) => {
          let around = [255, 255, 255];
          for (let node = el.parentElement; node; node = node.parentElement) {
            const m = getComputedStyle(node).backgroundColor.match(/rgba?\(([^)]+)\)/);
            const [r, g, b, a = '1'] = m ? m[1].split(/[\s,/]+/).filter(Boolean) : [];
            if (m && Number(a) > 0.5) {
              around = [Number(r), Number(g), Number(b)];
              break;
            }
          }
          const box = el.getBoundingClientRect();
          const text = ((el as HTMLElement).innerText || el.getAttribute('aria-label') || '').trim().slice(0, 30);
          return {
            name: `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text}"`,
            around,
            box: { x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: box.height },
          };
        }),
      )),
    );
  }
  if (targets.length === 0) return [];
  // The rectangle in whole CSS px, in the page's coordinates (fullPage: true makes the clip relative to the page).
  const left = Math.max(0, Math.floor(Math.min(...targets.map(({ box }) => box.x))));
  const top = Math.max(0, Math.floor(Math.min(...targets.map(({ box }) => box.y))));
  const right = Math.ceil(Math.max(...targets.map(({ box }) => box.x + box.width)));
  const bottom = Math.ceil(Math.max(...targets.map(({ box }) => box.y + box.height)));
  const clip = { x: left, y: top, width: Math.max(1, right - left), height: Math.max(1, bottom - top) };
  const scale = await page.evaluate(() => devicePixelRatio);
  const image = PNG.sync.read(await page.screenshot({ fullPage: true, clip, animations: 'disabled', caret: 'hide' }));
  const ring = Math.round(3 * scale);
  return targets.map(({ name, around, box }) => {
    const [x0, y0] = [Math.round((box.x - left) * scale), Math.round((box.y - top) * scale)];
    const [w, h] = [Math.max(1, Math.round(box.width * scale)), Math.max(1, Math.round(box.height * scale))];
    let ratio = 1;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        if (x >= ring && y >= ring && x < w - ring && y < h - ring) continue;
        const [px, py] = [x0 + x, y0 + y];
        if (px < 0 || py < 0 || px >= image.width || py >= image.height) continue;
        const i = (py * image.width + px) * 4;
        ratio = Math.max(ratio, contrastRatio([image.data[i], image.data[i + 1], image.data[i + 2]], around));
      }
    }
    return { name, ratio };
  });
}

/** The colour drawn behind an element: the first opaque background among its ancestors, or the page's canvas. */
export function backgroundAround(control: Locator): Promise<number[]> {
  return control.evaluate((el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const m = getComputedStyle(node).backgroundColor.match(/rgba?\(([^)]+)\)/);
      const [r, g, b, a = '1'] = m ? m[1].split(/[\s,/]+/).filter(Boolean) : [];
      if (m && Number(a) > 0.5) return [Number(r), Number(g), Number(b)];
    }
    // No background set: the canvas, whose colour getComputedStyle cannot give; drawn on a probe element.
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;background:Canvas';
    document.body.append(probe);
    const canvas = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return canvas.match(/\d+/g)!.slice(0, 3).map(Number);
  });
}
