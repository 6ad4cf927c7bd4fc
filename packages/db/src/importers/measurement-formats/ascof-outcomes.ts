import { TOTAL } from '../../indicators/measurement.entity.js';
import type { MeasurementFormat } from './format.js';

/**
 * `ascof_outcomes`: ASCOF outcome values per council and year (`year, geography_level, ons_code,
 * geography_name, measure_group, disaggregation, outcome, ...`), as in the 2018-19/2019-20 file.
 * Rows for regions and England are skipped.
 */
export const ascofOutcomesFormat: MeasurementFormat = {
  required: ['year', 'geography level', 'ons code', 'measure group', 'disaggregation', 'outcome'],
  optional: ['geography name', 'measure group description'],
  open: (rows) => ({
    row(cell, line) {
      if (cell('geography level').toLowerCase() !== 'council') {
        rows.skipped += 1;
        return;
      }
      const council = { column: 'ons_code', raw: cell('ons code') };
      const indicator = { column: 'measure_group', space: 'ASCOF' as const, raw: cell('measure group') };
      const value = { raw: cell('outcome'), column: 'outcome' };
      const at = rows.subject(line, { council, indicator, period: { column: 'year', raw: cell('year') } });
      // A line with a problem (not one skipped) is read to its end: its value's problem is reported too.
      if (!at && rows.failedOn(line)) rows.checkValue(line, value);
      if (!at) return;
      const disaggregation = cell('disaggregation') || TOTAL;
      const what = `${council.raw} ${indicator.raw} ${at.period.text} ${disaggregation}`;
      if (rows.duplicate(line, `${at.councilId}|${at.indicatorId}|${at.period.text}|${disaggregation}`, what)) return;
      rows.add({
        line,
        ...at,
        disaggregation,
        value,
        numerator: null,
        denominator: null,
        note: null,
      });
    },
  }),
};
