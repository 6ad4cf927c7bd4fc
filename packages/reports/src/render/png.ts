/** A chart's SVG as PNG (resvg), for Word: twice the drawn size, so it prints sharp. */
import { Resvg } from '@resvg/resvg-js';
import { systemFonts } from './fonts.js';

export function svgToPng(svg: string, width: number, scale = 2): Buffer {
  const fonts = systemFonts();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#ffffff',
    font: fonts
      ? { loadSystemFonts: false, fontFiles: fonts.paths, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' }
      : { loadSystemFonts: true },
  });
  return resvg.render().asPng();
}
