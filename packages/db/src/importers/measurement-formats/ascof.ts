import { parsePeriod, periodError } from '@goldenthread/domain';
import { TOTAL } from '../../indicators/measurement.entity.js';
import type { MeasurementFormat } from './format.js';

const MEASURE_TYPES = ['outcome', 'numerator', 'denominator', 'base', 'margin of error'];

/** The period of an ASCOF open-data file from its name: `ascof_2020_21_open_data.csv` -> 2020-21. */
export function periodFromFileName(name: string | null | undefined): string | null {
  if (!name) return null;
  const m = /(\d{4})[_-](\d{2})(?!\d)/.exec(name.split(/[\\/]/).pop() ?? '');
  if (!m) return null;
  const p = parsePeriod(`${m[1]}-${m[2]}`, 'YEAR');
  return p ? p.text : null;
}

/** One measurement's lines: its Outcome (the value) and, when given, its Numerator and Denominator. */
interface Parts {
  line: number;
  /** A council's line, or (areaId) England's or a region's. */
  councilId: number;
  areaId?: number;
  indicatorId: number;
  disaggregation: string;
  outcome?: { line: number; raw: string };
  numerator?: string;
  denominator?: string;
}

/**
 * `ascof`: NHS Digital "Measures from ASCOF" open data, one line per council, measure, breakdown and
 * measure type (Numerator, Denominator, Outcome, Base, Margin Of Error), assembled into one
 * measurement per council, measure and breakdown after the last line. The file has no period
 * column: the period is given, or read from the file's name. Rows for England and the regions are
 * read as the published figures of those areas (ParsedAreaFigure); rows for council types are skipped.
 */
export const ascofFormat: MeasurementFormat = {
  required: ['geographical level', 'ons code', 'disaggregation level', 'measure type', 'measure value', 'measure group'],
  optional: ['geographical code', 'geographical description', 'ascof measure code'],
  open(rows, options) {
    const given = options.period ?? periodFromFileName(options.fileName);
    if (!given) return 'An ASCOF open-data file has no period column: give the period (for example 2020-21).';
    const period = parsePeriod(given, 'YEAR');
    if (!period) return `The period of the ASCOF file: ${periodError(given, 'YEAR')}`;
    const groups = new Map<string, Parts>();
    return {
      row(cell, line) {
        const level = cell('geographical level').toLowerCase();
        const isArea = level === 'england' || level === 'region';
        if (!isArea && level !== 'council') {
          rows.skipped += 1;
          return;
        }
        const area = isArea ? rows.area(cell('ons code')) : null;
        if (isArea && !area) return;
        const c = area ? { id: 0 } : rows.council(line, 'ONS Code', cell('ons code'));
        if (!c) return;
        const ind = rows.indicator(line, 'Measure Group', 'ASCOF', cell('measure group'), c.id);
        if (!ind) return;
        const disaggregation = cell('disaggregation level') || TOTAL;
        const type = cell('measure type').toLowerCase();
        const raw = cell('measure value');
        const key = `${area ? `A${area.id}` : c.id}|${ind.id}|${disaggregation}`;
        if (!MEASURE_TYPES.includes(type)) {
          rows.fail(
            line,
            'Measure Type',
            `'${cell('measure type')}' is not a measure type: use Outcome, Numerator, Denominator, Base or Margin Of Error.`,
          );
          return;
        }
        if (
          rows.duplicate(line, `${key}|${type}`, `${cell('ons code')} ${cell('measure group')} ${disaggregation} ${cell('measure type')}`)
        )
          return;
        let group = groups.get(key);
        if (!group) {
          group = { line, councilId: c.id, ...(area ? { areaId: area.id } : {}), indicatorId: ind.id, disaggregation };
          groups.set(key, group);
        }
        if (type === 'outcome') group.outcome = { line, raw };
        // Numerator and denominator are stored; base and margin of error are not, but must still be readable.
        else if (rows.numberOrNull(line, 'Measure Value', raw) === undefined) return;
        else if (type === 'numerator') group.numerator = raw;
        else if (type === 'denominator') group.denominator = raw;
      },
      finish() {
        for (const g of groups.values()) {
          if (!g.outcome) {
            rows.fail(g.line, 'Measure Type', 'This measure has no Outcome row: the value itself is missing.');
            continue;
          }
          const numerator = g.numerator !== undefined ? (rows.numberOrNull(g.line, 'Measure Value', g.numerator) ?? null) : null;
          const denominator = g.denominator !== undefined ? (rows.numberOrNull(g.line, 'Measure Value', g.denominator) ?? null) : null;
          const value = { raw: g.outcome.raw, column: 'Measure Value' };
          const draft = {
            line: g.outcome.line,
            indicatorId: g.indicatorId,
            period,
            disaggregation: g.disaggregation,
            value,
            numerator,
            denominator,
            note: null,
          };
          if (g.areaId !== undefined) rows.addArea({ ...draft, areaId: g.areaId });
          else rows.add({ ...draft, councilId: g.councilId });
        }
      },
    };
  },
};
