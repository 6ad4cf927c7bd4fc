import { TOTAL } from '../../indicators/measurement.entity.js';
import type { MeasurementRows } from '../measurement-rows.js';
import type { Cell, MeasurementFormat } from './format.js';

/** A line for England or a region: that area's published figure. */
function areaRow(rows: MeasurementRows, cell: Cell, line: number): void {
  const area = rows.area(cell('ons code'));
  if (!area) return;
  const ind = rows.indicator(line, 'measure_group', 'ASCOF', cell('measure group'), 0);
  if (!ind) return;
  const period = rows.period(line, 'year', cell('year'), ind.frequency);
  if (!period) return;
  const disaggregation = cell('disaggregation') || TOTAL;
  const what = `${cell('ons code')} ${cell('measure group')} ${period.text} ${disaggregation}`;
  if (rows.duplicate(line, `A${area.id}|${ind.id}|${period.text}|${disaggregation}`, what)) return;
  const value = { raw: cell('outcome'), column: 'outcome' };
  rows.addArea({
    line,
    areaId: area.id,
    indicatorId: ind.id,
    period,
    disaggregation,
    value,
    numerator: null,
    denominator: null,
    note: null,
  });
}

/**
 * `ascof_outcomes`: ASCOF outcome values per council and year (`year, geography_level, ons_code,
 * geography_name, measure_group, disaggregation, outcome, ...`), as in the 2018-19/2019-20 file.
 * Rows for England and the regions are read as those areas' published figures (ParsedAreaFigure).
 */
export const ascofOutcomesFormat: MeasurementFormat = {
  required: ['year', 'geography level', 'ons code', 'measure group', 'disaggregation', 'outcome'],
  optional: ['geography name', 'measure group description'],
  open: (rows) => ({
    row(cell, line) {
      const level = cell('geography level').toLowerCase();
      if (level === 'england' || level === 'region') return areaRow(rows, cell, line);
      if (level !== 'council') {
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
