/**
 * The shapes and small helpers of the performance reads (series, comparisons, exceptions): the
 * request and answer types, period axes and the domain's view of an indicator's polarity and band.
 */
import type { Council, Indicator, IndicatorFrequency, MeasurementStatus } from '@goldenthread/db';
import { Polarity, ValueStatus } from '@goldenthread/db';
import {
  nextPeriod,
  parsePeriod,
  periodError,
  toPeriod,
  type Band,
  type CouncilPosition,
  type DirectionResult,
  type KnownPolarity,
  type MeasuredValue,
  type Period,
  type PeriodKind,
  type TrendResult,
  existedDuring as councilExistedDuring,
} from '@goldenthread/domain';
import { badInput } from '../../errors.js';
import type { GroupKind } from './indicators.input.js';

export const KIND_OF_FREQUENCY: Record<IndicatorFrequency, PeriodKind> = { ANNUAL: 'YEAR', QUARTERLY: 'QUARTER', MONTHLY: 'MONTH' };
/** Most indicators in one series request. */
export const MAX_SERIES_INDICATORS = 200;
/** Most periods of one kind in a series request (ten years of months). */
export const MAX_SERIES_PERIODS = 240;

export interface GroupSpec {
  kind: GroupKind;
  groupId?: number | null;
}

/** The council's columns CouncilNode.from needs, read as a plain row (relations as ids). */
export const COUNCIL_FIELDS = [
  'id',
  'gssCode',
  'name',
  'officialName',
  'type',
  'region',
  'current',
  'startDate',
  'endDate',
  'nhsCode',
  'oflogGroup',
  'miResponsible',
  'version',
] as const satisfies readonly (keyof Council)[];
export type CouncilPlain = Omit<Pick<Council, (typeof COUNCIL_FIELDS)[number]>, 'miResponsible'> & { miResponsible: number | null };

export interface CouncilRow {
  /** The row as read, for CouncilNode.from. */
  row: CouncilPlain;
  id: number;
  name: string;
  gssCode: string;
  type: string;
  region: string;
  startDate: string | null;
  endDate: string | null;
}

export interface Point {
  measurementId: number | null;
  period: string;
  value: number | null;
  valueStatus: string;
  status: MeasurementStatus | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  /** The target rated against: its id, period and service (null: council-wide), or null without one. */
  targetId: number | null;
  targetPeriod: string | null;
  targetServiceId: number | null;
  rag: string;
  ragReason: string;
}

/** A council's place in a named group at a period: the domain's CouncilPosition less who the council is. */
export interface Position extends Omit<CouncilPosition, 'councilId' | 'name' | 'status' | 'quartile'> {
  groupName: string;
  period: string;
  status: string;
  quartile: number | null;
}

export interface Series {
  indicatorId: number;
  councilId: number;
  indicator: Indicator;
  disaggregation: string;
  points: Point[];
  /** The direction of travel: change.direction (the change from the previous figure). */
  direction: string;
  change: DirectionResult;
  /** The longer-run trend (a line through the last five figures), apart from the direction. */
  trend: TrendResult;
  slope: number | null;
  latest: Point | null;
  position: Position | null;
}

export interface SeriesRequest {
  councilId: number;
  indicatorIds: number[];
  from: string;
  to: string;
  disaggregation?: string | null;
  group?: GroupSpec | null;
  serviceId?: number | null;
  /** May the caller see this council's draft and validated values? */
  includeUnpublished: boolean;
  /**
   * The period to rank the council at, or a function giving it for each series (null: not ranked);
   * default: its latest published number of each indicator.
   */
  positionPeriod?: string | ((s: Series) => string | null) | null;
}

/** The domain's polarity, or null for UNKNOWN (no RAG, direction or rank). */
export function domainPolarity(p: Polarity): KnownPolarity | null {
  return p === Polarity.UNKNOWN ? null : p;
}

export function bandOf(i: Indicator): Band | null {
  return i.bandLow !== null && i.bandHigh !== null ? { low: i.bandLow, high: i.bandHigh } : null;
}

export function measuredOf(m: { value: number | null; valueStatus: ValueStatus } | undefined | null): MeasuredValue | null {
  if (!m) return null;
  if (m.valueStatus === ValueStatus.VALUE && m.value !== null) return { kind: 'VALUE', value: m.value };
  return m.valueStatus === ValueStatus.SUPPRESSED ? { kind: 'SUPPRESSED' } : { kind: 'NOT_AVAILABLE' };
}

/** The period of `kind` that contains the date. */
function periodContaining(kind: PeriodKind, iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const fy = m >= 4 ? y : y - 1;
  const fyText = `${fy}-${String((fy + 1) % 100).padStart(2, '0')}`;
  if (kind === 'MONTH') return iso.slice(0, 7);
  if (kind === 'YEAR') return fyText;
  return `${fyText} Q${Math.floor(((m - 4 + 12) % 12) / 3) + 1}`;
}

/** Every period of `kind` that starts within [start, end] (ISO dates), in order. */
export function periodsStartingWithin(kind: PeriodKind, start: string, end: string): string[] {
  const out: string[] = [];
  let p = toPeriod(periodContaining(kind, start), kind);
  if (p.start < start) p = toPeriod(nextPeriod(p), kind);
  while (p.start <= end) {
    out.push(p.text);
    p = toPeriod(nextPeriod(p), kind);
  }
  return out;
}

export function parsePeriodArg(field: string, text: string, kind?: PeriodKind): Period {
  const p = parsePeriod(text, kind);
  if (!p) throw badInput(field, periodError(text, kind) ?? `'${text}' is not a period.`);
  return p;
}

/** True when the council existed on a day of the period (its end date is the first day it did not). */
export function existedDuring(c: CouncilRow, p: Period): boolean {
  return councilExistedDuring(c, p);
}

export const TYPE_LABEL: Record<string, string> = {
  CTY: 'county councils',
  UA: 'unitary authorities',
  MD: 'metropolitan districts',
  LBO: 'London boroughs',
  CC: 'city corporations',
};

export function regionName(region: string): string {
  return /^(North|South|East|West)\b/.test(region) ? `the ${region}` : region;
}

export function isoDate(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  return String(v).slice(0, 10);
}

/** A council's place in its group, without rank fields when the indicator cannot be ranked. */
export function positionOf(
  groupName: string,
  period: string,
  p: Omit<Position, 'groupName' | 'period'> & { councilId?: number; name?: string },
  unranked: boolean,
): Position {
  return {
    groupName,
    period,
    value: p.value,
    status: p.status,
    rank: unranked ? null : p.rank,
    quartile: unranked ? null : p.quartile,
    percentile: unranked ? null : p.percentile,
    count: p.count,
    median: p.median,
    q1: p.q1,
    q3: p.q3,
    best: unranked ? null : p.best,
    worst: unranked ? null : p.worst,
    differenceFromMedian: p.differenceFromMedian,
    betterThanMedian: unranked ? null : p.betterThanMedian,
  };
}
