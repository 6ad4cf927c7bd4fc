import { TOTAL } from '../../indicators/measurement.entity.js';
import type { MeasurementFormat } from './format.js';

/** `oflog`: Office for Local Government adult social care measures (`Financial year, Local authority code, ..., Code, Value, ...`). */
export const oflogFormat: MeasurementFormat = {
  required: ['financial year', 'local authority code', 'code', 'value'],
  optional: ['local authority name', 'grouping', 'entity name', 'region', 'measure', 'median', 'mads from median', 'rank order'],
  open: (rows) => ({
    row(cell, line) {
      const council = { column: 'Local authority code', raw: cell('local authority code') };
      const indicator = { column: 'Code', space: 'OFLOG' as const, raw: cell('code') };
      const value = { raw: cell('value'), column: 'Value' };
      const at = rows.subject(line, { council, indicator, period: { column: 'Financial year', raw: cell('financial year') } });
      if (!at && rows.failedOn(line)) rows.checkValue(line, value);
      if (
        !at ||
        rows.duplicate(line, `${at.councilId}|${at.indicatorId}|${at.period.text}`, `${council.raw} ${indicator.raw} ${at.period.text}`)
      )
        return;
      rows.add({ line, ...at, disaggregation: TOTAL, value, numerator: null, denominator: null, note: null });
    },
  }),
};
