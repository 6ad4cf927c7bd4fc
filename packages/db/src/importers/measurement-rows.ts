/**
 * The checks every measurement layout shares, one row at a time: the council, the indicator, the
 * period, numbers, duplicates, and the checked row. Each problem goes to the import's RowErrors
 * with its line and column. A line is checked to its end, so every problem of it is reported (a bad period
 * and a value that is not a number: both); a check that fails returns null and the row is not added.
 */
import { parseMeasuredValue, parsePeriod, periodError, type IndicatorFrequency, type Period, type PeriodKind } from '@goldenthread/domain';
import { RowErrors } from './row-errors.js';
import { MAX_LISTED_ERRORS, type Lookups, type ParsedAreaFigure, type ParsedMeasurement } from './measurement-types.js';

const PERIOD_KIND_OF: Record<IndicatorFrequency, PeriodKind> = { ANNUAL: 'YEAR', QUARTERLY: 'QUARTER', MONTHLY: 'MONTH' };

/** Which indicators a code may name: one framework's, or (`ANY`) the council's local ones, then ASCOF, Oflog and PAF. */
export type CodeSpace = 'ASCOF' | 'OFLOG' | 'ANY';

/** A cell's text and the column name problems with it are reported under. */
export interface NamedCell {
  column: string;
  raw: string;
}

export interface SubjectCells {
  council: NamedCell;
  indicator: NamedCell & { space: CodeSpace };
  period: NamedCell;
}

export interface MeasurementDraft {
  line: number;
  councilId: number;
  indicatorId: number;
  period: Period;
  disaggregation: string;
  /** The value's text and column: a number, `[c]`, `[x]`..., with any annotation markers. */
  value: NamedCell;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
}

export class MeasurementRows {
  readonly errors = new RowErrors(MAX_LISTED_ERRORS);
  readonly rows: ParsedMeasurement[] = [];
  /** England's and the regions' published figures. */
  readonly areaRows: ParsedAreaFigure[] = [];
  /** Lines not about a council, or about another council than the one imported. */
  skipped = 0;
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly lookups: Lookups,
    /** The one council imported, when the import is for one. */
    private readonly onlyCouncil: { id: number; name: string } | null,
  ) {}

  private lastFailed = 0;

  fail(line: number, column: string | null, message: string): void {
    this.lastFailed = line;
    this.errors.add(line, column, message);
  }

  /** Whether a problem was found on this line (so far). */
  failedOn(line: number): boolean {
    return this.lastFailed === line;
  }

  /**
   * The council of a GSS code. A row of another council than the one imported is a problem when
   * `othersAreErrors` (a council's own template), else skipped (a national file): null either way.
   */
  council(line: number, column: string, raw: string, othersAreErrors = false): { id: number } | null {
    const gss = raw.trim().toUpperCase();
    if (!gss) {
      this.fail(line, column, 'The GSS code of the council is empty.');
      return null;
    }
    const found = this.lookups.councilsByGss.get(gss);
    if (!found) {
      this.fail(line, column, `There is no council with GSS code '${raw.trim()}' (a code such as E10000029).`);
      return null;
    }
    const only = this.onlyCouncil;
    if (only && found.id !== only.id) {
      if (othersAreErrors) this.fail(line, column, `This row is for ${found.name} (${gss}), but the import is for ${only.name} only.`);
      else this.skipped += 1;
      return null;
    }
    return found;
  }

  /**
   * England or a region by its GSS code, for a line of a national file whose level is England or Region:
   * null (the line skipped) when the import is for one council or the code is not one of the ten areas.
   */
  area(raw: string): { id: number } | null {
    const found = this.onlyCouncil ? undefined : this.lookups.areasByGss.get(raw.trim().toUpperCase());
    if (!found) this.skipped += 1;
    return found ?? null;
  }

  indicator(
    line: number,
    column: string,
    space: CodeSpace,
    raw: string,
    councilId: number,
  ): { id: number; frequency: IndicatorFrequency } | null {
    const code = raw.trim().toUpperCase();
    if (!code) {
      this.fail(line, column, 'The indicator code is empty.');
      return null;
    }
    const get = (key: string) => this.lookups.indicators.get(key);
    const found =
      space === 'ANY'
        ? (get(`LOCAL:${councilId}:${code}`) ?? get(`ASCOF:${code}`) ?? get(`OFLOG:${code}`) ?? get(`PAF:${code}`))
        : get(`${space}:${code}`);
    if (!found) {
      const what = space === 'ANY' ? "indicator (ASCOF, Oflog, PAF or one of the council's local indicators)" : `${space} indicator`;
      this.fail(line, column, `There is no ${what} with code '${raw.trim()}'.`);
      return null;
    }
    return found;
  }

  /** The period of a row, of the kind the indicator's frequency gives. */
  period(line: number, column: string, raw: string, frequency: IndicatorFrequency): Period | null {
    const kind = PERIOD_KIND_OF[frequency];
    const p = parsePeriod(raw, kind);
    if (!p) {
      this.fail(line, column, periodError(raw, kind) ?? `'${raw}' is not a period.`);
      return null;
    }
    return p;
  }

  /**
   * The council, indicator and period a line is about (null when any fails). Each is checked as far as it
   * can be: the indicator needs the council (local codes are the council's), the period's kind the indicator;
   * with an unknown indicator the period must still read as a year, a quarter or a month.
   */
  subject(line: number, cells: SubjectCells, othersAreErrors = false): { councilId: number; indicatorId: number; period: Period } | null {
    const before = this.skipped;
    const c = this.council(line, cells.council.column, cells.council.raw, othersAreErrors);
    // A skipped line (a region, another council in a national file) is not read further.
    if (!c && this.skipped > before) return null;
    const ind = c ? this.indicator(line, cells.indicator.column, cells.indicator.space, cells.indicator.raw, c.id) : null;
    if (!ind) {
      this.anyPeriod(line, cells.period);
      return null;
    }
    const period = this.period(line, cells.period.column, cells.period.raw, ind.frequency);
    return c && period ? { councilId: c.id, indicatorId: ind.id, period } : null;
  }

  /** A period of some kind, when the indicator (so the kind) is unknown: a problem when it reads as none. */
  private anyPeriod(line: number, cell: NamedCell): void {
    const kinds: PeriodKind[] = ['YEAR', 'QUARTER', 'MONTH'];
    if (kinds.some((k) => parsePeriod(cell.raw, k))) return;
    this.fail(line, cell.column, periodError(cell.raw, 'YEAR') ?? `'${cell.raw}' is not a period.`);
  }

  /** Checks a value that will not be added (its line has another problem), so its own problem is reported too. */
  checkValue(line: number, cell: NamedCell): void {
    const parsed = parseMeasuredValue(cell.raw);
    if (!parsed.ok) this.fail(line, cell.column, parsed.error);
  }

  /** A number, null for an empty cell or a marker, undefined (and a problem) for anything else. */
  numberOrNull(line: number, column: string, raw: string): number | null | undefined {
    if (raw === '') return null;
    const parsed = parseMeasuredValue(raw);
    if (!parsed.ok) {
      this.fail(line, column, parsed.error);
      return undefined;
    }
    return parsed.value.kind === 'VALUE' ? parsed.value.value : null;
  }

  /** Whether a row with this key was read before (a problem naming the first line). */
  duplicate(line: number, key: string, what: string): boolean {
    const first = this.seen.get(key);
    if (first !== undefined) {
      this.fail(line, null, `Duplicate row: ${what} is already on line ${first}.`);
      return true;
    }
    this.seen.set(key, line);
    return false;
  }

  /** Adds a checked row, once its value reads (annotation markers such as `[p]` kept in the note). */
  add(draft: MeasurementDraft): void {
    const read = this.read(draft);
    if (read) this.rows.push({ ...read, councilId: draft.councilId });
  }

  /** Adds a checked figure of England or a region (the draft's councilId is unused). */
  addArea(draft: Omit<MeasurementDraft, 'councilId'> & { areaId: number }): void {
    const read = this.read(draft);
    if (read) this.areaRows.push({ ...read, areaId: draft.areaId });
  }

  private read(draft: Omit<MeasurementDraft, 'councilId'>): Omit<ParsedMeasurement, 'councilId'> | null {
    const parsed = parseMeasuredValue(draft.value.raw);
    if (!parsed.ok) {
      this.fail(draft.line, draft.value.column, parsed.error);
      return null;
    }
    const v = parsed.value;
    const markers = parsed.markers.length ? `[${parsed.markers.join('][')}]` : null;
    return {
      line: draft.line,
      indicatorId: draft.indicatorId,
      period: draft.period.text,
      periodKind: draft.period.kind,
      periodStart: draft.period.start,
      disaggregation: draft.disaggregation,
      value: v.kind === 'VALUE' ? v.value : null,
      valueStatus: v.kind,
      numerator: draft.numerator,
      denominator: draft.denominator,
      note: [draft.note, markers].filter(Boolean).join(' ') || null,
    };
  }
}
