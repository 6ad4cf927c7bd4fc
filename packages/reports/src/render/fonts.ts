/**
 * Fonts for the PDF and the PNG charts: DejaVu Sans from the system (Debian's fonts-dejavu-core,
 * on every machine image) covers every name a council has (Wiśniewska, Ó Súilleabháin); without it
 * the PDF falls back to Helvetica, whose WinAnsi encoding cannot, so other letters are simplified.
 */
import fs from 'node:fs';

const CANDIDATES = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/dejavu/DejaVuSans.ttf', '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf'],
] as const;

export interface FontFiles {
  regular: Buffer;
  bold: Buffer;
  paths: [string, string];
}

let cached: FontFiles | null | undefined;

export function systemFonts(): FontFiles | null {
  if (cached !== undefined) return cached;
  cached = null;
  for (const [regular, bold] of CANDIDATES) {
    if (fs.existsSync(regular) && fs.existsSync(bold)) {
      cached = { regular: fs.readFileSync(regular), bold: fs.readFileSync(bold), paths: [regular, bold] };
      break;
    }
  }
  return cached;
}

const WIN_ANSI = /^[\u0000-\u00ff\u2003\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]*$/;

/** Whether a standard PDF font (WinAnsi) can write all of this text: then nothing needs embedding. */
export const fitsWinAnsi = (text: string): boolean => WIN_ANSI.test(text);

/** Text for a standard PDF font (WinAnsi): accents dropped where the letter is not in it. */
export function winAnsi(text: string): string {
  return text
    .replace(/\u2003/g, '   ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\u0000-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g, '?');
}
