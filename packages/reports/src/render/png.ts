/**
 * A chart's SVG as PNG (resvg), for Word: 1.5 times the drawn size (about 140 dpi across the page),
 * rendered off the main thread, the charts of a pack in parallel; the same SVG is not drawn twice.
 */
import { renderAsync } from '@resvg/resvg-js';
import { systemFonts } from './fonts.js';

const cache = new Map<string, Promise<Buffer>>();
const CACHE_MAX = 300;

export function svgToPng(svg: string, width: number, scale = 1.5): Promise<Buffer> {
  const key = `${scale}:${width}:${svg}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const fonts = systemFonts();
  const png = renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#ffffff',
    font: fonts
      ? { loadSystemFonts: false, fontFiles: fonts.paths, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
      : { loadSystemFonts: true },
  }).then((image) => image.asPng());
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, png);
  png.catch(() => cache.delete(key));
  return png;
}
