import type { TreeNodeKind } from './layout.js';

/** The path of each kind's glyph, one shape a line; `evenOdd` cuts the inner shapes out. */
const GLYPHS: Record<TreeNodeKind, { d: string[]; evenOdd?: boolean }> = {
  COUNCIL: { d: ['M8 1 L15 5 L1 5 Z', 'M2 6 H14 V7 H2 Z', 'M3 8 H5 V13 H3 Z M7 8 H9 V13 H7 Z M11 8 H13 V13 H11 Z', 'M1 14 H15 V15 H1 Z'] },
  BODY: {
    d: [
      'M8 1 L15 4.5 H1 Z',
      'M2 5.5 H14 V6.5 H2 Z',
      'M3 7.5 H5 V12.5 H3 Z M7 7.5 H9 V12.5 H7 Z M11 7.5 H13 V12.5 H11 Z',
      'M1 13.5 H15 V15 H1 Z',
      'M6.5 2.5 H9.5 V3.5 H6.5 Z',
    ],
    evenOdd: true,
  },
  DIRECTORATE: { d: ['M1 2 H11 V6 H1 Z', 'M5 7 H15 V11 H5 Z', 'M1 12 H11 V15 H1 Z'] },
  SERVICE: { d: ['M2 2 H14 V14 H2 Z', 'M4 4 V12 H12 V4 Z', 'M6 6 H10 V10 H6 Z'], evenOdd: true },
  TEAM: {
    d: [
      'M2 5 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0',
      'M10 5 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0',
      'M6 10 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0',
      'M1 9 H7 V10 H1 Z M9 9 H15 V10 H9 Z M5 14 H11 V15 H5 Z',
    ],
  },
  GROUP: {
    d: [
      'M3 5 a2.5 2.5 0 1 0 5 0 a2.5 2.5 0 1 0 -5 0',
      'M8 5 a2.5 2.5 0 1 0 5 0 a2.5 2.5 0 1 0 -5 0',
      'M1 15 Q1 9 5.5 9 Q10 9 10 15 Z',
      'M7 15 Q7 9 10.5 9 Q15 9 15 15 Z',
    ],
  },
  PERSON: { d: ['M5 4.5 a3 3 0 1 0 6 0 a3 3 0 1 0 -6 0', 'M2 15 Q2 9 8 9 Q14 9 14 15 Z'] },
};

/** 16x16 glyphs for each kind of node, so kind is never told by colour alone. */
export function KindIcon({ kind, x = 0, y = 0 }: { kind: TreeNodeKind; x?: number; y?: number }) {
  const glyph = GLYPHS[kind];
  const fillRule = glyph.evenOdd ? 'evenodd' : undefined;
  return <path transform={`translate(${x},${y})`} className="icon" d={glyph.d.join(' ')} fillRule={fillRule} />;
}

const WARNING = ['M6 0.5 L11.5 11 H0.5 Z', 'M5.3 4 V7.5 H6.7 V4 Z', 'M5.3 8.5 V10 H6.7 V8.5 Z'].join(' ');

/** A warning triangle with an exclamation mark: findings are marked by shape and text, not only red. */
export function WarningIcon({ x = 0, y = 0 }: { x?: number; y?: number }) {
  return <path transform={`translate(${x},${y})`} className="icon-warning" d={WARNING} fillRule="evenodd" />;
}
