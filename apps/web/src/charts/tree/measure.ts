/**
 * The width text takes on screen, measured with a canvas in the page's own font, so a card can fit a name beside a
 * badge without the two overlapping (a count of characters cannot: "WWW" is three times as wide as "iii").
 */
let context: CanvasRenderingContext2D | null | undefined;
let family = '';
const widths = new Map<string, number>();

/** Width in CSS pixels of `text` in the page's font at `size` px and `weight`. */
export function textWidth(text: string, size: number, weight = 400): number {
  const key = `${weight}/${size}/${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    family = typeof document === 'undefined' ? 'sans-serif' : getComputedStyle(document.documentElement).fontFamily || 'sans-serif';
  }
  let width: number;
  if (context) {
    context.font = `${weight} ${size}px ${family}`;
    width = context.measureText(text).width;
  } else width = text.length * size * 0.62; // no canvas (tests outside a browser): a generous estimate
  if (widths.size > 20_000) widths.clear();
  widths.set(key, width);
  return width;
}

/**
 * `text` shortened (at a word's end where it can, with an ellipsis) to fit `max` pixels, so what shows is the start of
 * the name people hear.
 */
export function fitText(text: string, max: number, size: number, weight = 400): string {
  if (textWidth(text, size, weight) <= max) return text;
  let lo = 0;
  let hi = text.length;
  // The longest start that fits with the ellipsis.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${text.slice(0, mid)}…`, size, weight) <= max) lo = mid;
    else hi = mid - 1;
  }
  const cut = text.slice(0, lo);
  const space = cut.lastIndexOf(' ');
  const start = space > lo / 2 ? cut.slice(0, space) : cut;
  const trimmed = start.replace(/[\s,;:·&-]+$/, '');
  return trimmed ? `${trimmed}…` : '';
}
