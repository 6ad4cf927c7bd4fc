import { TOTAL } from '../../indicators/measurement.entity.js';
import type { MeasurementFormat } from './format.js';

export const TEMPLATE_HEADER = 'gss_code, indicator_code, period, value, numerator, denominator, note';

/**
 * `template`: a council's own file, `gss_code, indicator_code, period, value, numerator, denominator,
 * note` (and optionally `disaggregation`); the indicator is one of the council's local ones or a
 * national one, and a row for another council than the one imported is a mistake.
 */
export const templateFormat: MeasurementFormat = {
  required: ['gss code', 'indicator code', 'period', 'value'],
  optional: ['numerator', 'denominator', 'note', 'disaggregation'],
  open: (rows) => ({
    row(cell, line) {
      const council = { column: 'gss_code', raw: cell('gss code') };
      const indicator = { column: 'indicator_code', space: 'ANY' as const, raw: cell('indicator code') };
      const value = { raw: cell('value'), column: 'value' };
      const at = rows.subject(line, { council, indicator, period: { column: 'period', raw: cell('period') } }, true);
      const disaggregation = cell('disaggregation') || TOTAL;
      const numerator = rows.numberOrNull(line, 'numerator', cell('numerator'));
      const denominator = rows.numberOrNull(line, 'denominator', cell('denominator'));
      // Every problem of the line is reported: the value is checked even when the row cannot be added.
      if (!at || numerator === undefined || denominator === undefined) return rows.checkValue(line, value);
      const what = `${council.raw} ${indicator.raw} ${at.period.text}${disaggregation !== TOTAL ? ` ${disaggregation}` : ''}`;
      if (rows.duplicate(line, `${at.councilId}|${at.indicatorId}|${at.period.text}|${disaggregation}`, what)) return;
      rows.add({
        line,
        ...at,
        disaggregation,
        value,
        numerator,
        denominator,
        note: cell('note') || null,
      });
    },
  }),
};
