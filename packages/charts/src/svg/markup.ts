/** Small helpers that write SVG markup as strings (escaped text, rounded numbers). */
import { FONT_FAMILY, PALETTE } from './palette.js';

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Numbers to two decimals: shorter markup, the same drawing. */
export const n = (v: number): string => String(Math.round(v * 100) / 100);

/** Rounds the numbers inside a path (d3 writes many decimals). */
export const d = (path: string): string => path.replace(/-?\d+\.\d{3,}/g, (m) => n(Number(m)));

export type Attrs = Record<string, string | number | null | undefined>;

function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : esc(v as string)}"`)
    .join('');
}

export const el = (name: string, a: Attrs, children = ''): string =>
  children ? `<${name}${attrs(a)}>${children}</${name}>` : `<${name}${attrs(a)}/>`;

export const text = (x: number, y: number, content: string, a: Attrs = {}): string =>
  el('text', { x, y, 'font-size': 12, fill: PALETTE.ink2, 'font-family': FONT_FAMILY, ...a }, esc(content));

/** The outer element: role img with a name, and a title for readers that show one. */
export function svgDocument(width: number, height: number, label: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}"` +
    ` role="img" aria-label="${esc(label)}">` +
    `<title>${esc(label)}</title><rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>${body}</svg>`
  );
}
