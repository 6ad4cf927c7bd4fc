import type { ImportFormat } from '../measurement-types.js';
import { ascofOutcomesFormat } from './ascof-outcomes.js';
import { ascofFormat } from './ascof.js';
import type { MeasurementFormat } from './format.js';
import { oflogFormat } from './oflog.js';
import { templateFormat } from './template.js';

export { periodFromFileName } from './ascof.js';
export { TEMPLATE_HEADER } from './template.js';
export type { Cell, MeasurementFormat, RowReader } from './format.js';

/** Every layout the measurement import reads (README "Indicators"). */
export const MEASUREMENT_FORMATS: Record<ImportFormat, MeasurementFormat> = {
  ascof: ascofFormat,
  ascof_outcomes: ascofOutcomesFormat,
  oflog: oflogFormat,
  template: templateFormat,
};

/** The layout of a header (normalised names), or null. */
export function detectFormat(headers: readonly string[]): ImportFormat | null {
  const has = (h: string) => headers.includes(h);
  if (has('measure type') && has('measure group')) return 'ascof';
  if (has('outcome') && has('measure group')) return 'ascof_outcomes';
  if (has('local authority code')) return 'oflog';
  if (has('gss code') || has('indicator code')) return 'template';
  return null;
}
