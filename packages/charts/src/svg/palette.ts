/** The colours of the web app's chart stylesheet (apps/web/src/styles.css, governance.css), for drawing without CSS. */
export const PALETTE = {
  ink: '#1c2430',
  ink2: '#4a5565',
  lineStrong: '#aeb7c3',
  grid: '#eceff3',
  council: '#2b3442',
  gold: '#b07d12',
  green: '#067647',
  amber: '#b54708',
  danger: '#b42318',
  band: '#dfe6f3',
  comparator: '#5b6b85',
  /** England's and a region's published figures (not medians). */
  published: '#6941c6',
  region: '#0e7090',
  bar: '#b8c3d6',
  barSeries: '#6f86b0',
  inherent: '#8a94a6',
  heat: { LOW: '#cdebd8', MEDIUM: '#fbe7a1', HIGH: '#f9c98f', VERY_HIGH: '#f2a49b' },
  history: { LOW: '#eaf6ee', MEDIUM: '#fdf6dc', HIGH: '#fdeedd', VERY_HIGH: '#fbe4e1' },
} as const;

export const FONT_FAMILY = 'Helvetica, Arial, DejaVu Sans, sans-serif';
