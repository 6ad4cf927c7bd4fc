/**
 * Reads of the bulk open data (README "Bulk open data"): published measurements only, whoever asks
 * (drafts and validated figures never, not even for the council's own people: this is the open
 * data). A download is read in keyset-paged chunks (by id), never as one result in memory; the change
 * feed in pages of (updatedAt, id), so figures changed while a partner pages move to the end of the
 * feed instead of shifting the pages.
 */
import { raw, type FilterQuery } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import { Council, Indicator, Measurement, MeasurementStatus, type Em } from '@goldenthread/db';
import type { Access } from '../../access/access.js';
import { badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ConnectionShape } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { MeasurementNode } from '../indicators/indicators.type.js';
import { plainRows, type Plain } from '../shared/plain-rows.js';
import { filterKey, type OpenDataFilter } from './open-data.filter.js';
import { licenceCache, licenceOf, type SourceLicence } from './open-data.licence.js';
import { MeasurementChange, MeasurementChangeKind } from './open-data.type.js';
import { areaColumns, areaFingerprint, areaRows, areaScope, wantsCouncils, type AreaScope } from './open-data.areas.js';

/** Rows read per statement while a download streams. */
export const DOWNLOAD_CHUNK = 2000;

type IndicatorRow = Pick<Indicator, 'id' | 'framework' | 'code' | 'displayCode' | 'title' | 'unit' | 'updatedAt'>;
type CouncilRow = Pick<Council, 'id' | 'gssCode' | 'name' | 'type' | 'region' | 'updatedAt'>;

/** The indicators and councils a filter covers, and the measurements' condition. */
export interface OpenDataScope {
  filter: OpenDataFilter;
  where: FilterQuery<Measurement>;
  indicators: Map<number, IndicatorRow>;
  councils: Map<number, CouncilRow>;
  /** England and the regions, when the filter asks for them (areaType ENGLAND or REGION). */
  areas: AreaScope;
}

/** One published measurement as the open data gives it (a CSV line, a JSON line). */
export interface OpenDataRow extends SourceLicence {
  measurementId: string;
  /**
   * PUBLISHED, or WITHDRAWN: published once, taken back to draft since (only with updatedSince, so a copy
   * can delete it; its value, numerator, denominator and note are empty, as they are no longer published).
   */
  change: 'PUBLISHED' | 'WITHDRAWN';
  councilGss: string;
  councilName: string;
  areaType: string;
  region: string;
  framework: string;
  indicatorCode: string;
  indicatorTitle: string;
  unit: string | null;
  period: string;
  periodKind: string;
  periodStart: string;
  disaggregation: string;
  value: number | null;
  valueStatus: string;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  version: number;
  updatedAt: string;
  source: string | null;
}

/** What a download's caching headers are made of. */
export interface OpenDataFingerprint {
  count: number;
  /** The latest change of a measurement, indicator or council the download covers (null: nothing). */
  lastModified: Date | null;
  /** A weak ETag: the filter, the rows' count, ids, versions and latest change. */
  etag: string;
  /** The licences of the sources in the download (for a Link header). */
  licences: Array<{ licence: string; licenceUrl: string }>;
}

const ROW_FIELDS = [
  'id',
  'status',
  'council',
  'indicator',
  'period',
  'periodKind',
  'periodStart',
  'disaggregation',
  'value',
  'valueStatus',
  'numerator',
  'denominator',
  'note',
  'source',
  'version',
  'updatedAt',
] as const;

/** A measurement's columns of a row, read as a plain row (council and indicator as ids). */
type MeasurementRow = Plain<Measurement, (typeof ROW_FIELDS)[number]>;

const latest = (dates: Iterable<Date>): Date | null => {
  let max: Date | null = null;
  for (const d of dates) if (!max || d > max) max = d;
  return max;
};

export class OpenDataReads {
  constructor(
    private readonly em: Em,
    _access: Access,
  ) {}

  /** One page of the measurements changed under the filter, oldest change first (see changesPage). */
  changes(filter: OpenDataFilter, first: number | null | undefined, after: string | null | undefined) {
    return changesPage(this, this.em, filter, first, after);
  }

  /** Loads the indicators and councils (two statements) and turns the filter into the measurements' condition. */
  async scope(filter: OpenDataFilter): Promise<OpenDataScope> {
    const indicatorRows = await this.em.find(
      Indicator,
      {},
      {
        fields: ['id', 'framework', 'code', 'displayCode', 'title', 'unit', 'updatedAt'],
        disableIdentityMap: true,
      },
    );
    const councilRows = await this.em.find(
      Council,
      {},
      { fields: ['id', 'gssCode', 'name', 'type', 'region', 'updatedAt'], disableIdentityMap: true },
    );
    const wanted = new Set(filter.indicators.map((c) => c.toUpperCase()));
    const codeOf = (i: IndicatorRow) => [i.code.toUpperCase(), i.displayCode?.toUpperCase()];
    for (const code of wanted)
      if (!indicatorRows.some((i) => codeOf(i).includes(code)))
        throw badInput('indicator', `No indicator has the code "${code.slice(0, 40)}" (codes as published, e.g. 2A(2) or ASC1).`);
    const areas = await areaScope(this.em, filter);
    for (const gss of filter.councils)
      if (!councilRows.some((c) => c.gssCode === gss) && ![...areas.areas.values()].some((a) => a.gssCode === gss))
        throw badInput('council', `No council has the GSS code ${gss}.`);
    const indicators = indicatorRows.filter(
      (i) =>
        (!filter.frameworks.length || filter.frameworks.includes(i.framework)) &&
        (!wanted.size || codeOf(i).some((c) => c && wanted.has(c))),
    );
    const councils = councilRows.filter(
      (c) =>
        wantsCouncils(filter) &&
        (!filter.councils.length || filter.councils.includes(c.gssCode)) &&
        (!filter.areaTypes.length || filter.areaTypes.includes(c.type)),
    );
    // Changes since an instant include the figures withdrawn from publication since (corrected back to a draft).
    const where: FilterQuery<Measurement> = filter.updatedSince
      ? { $or: [{ status: MeasurementStatus.PUBLISHED }, { withdrawnAt: { $ne: null } }] }
      : { status: MeasurementStatus.PUBLISHED };
    if (indicators.length < indicatorRows.length) where.indicator = { $in: indicators.map((i) => i.id) };
    if (councils.length < councilRows.length) where.council = { $in: councils.map((c) => c.id) };
    if (filter.periodFrom || filter.periodTo)
      where.periodStart = {
        ...(filter.periodFrom ? { $gte: filter.periodFrom } : {}),
        ...(filter.periodTo ? { $lte: filter.periodTo } : {}),
      };
    if (filter.updatedSince) where.updatedAt = { $gt: filter.updatedSince };
    if (indicators.length < indicatorRows.length) areas.where.indicator = { $in: indicators.map((i) => i.id) };
    return {
      filter,
      where,
      indicators: new Map(indicators.map((i) => [i.id, i])),
      councils: new Map(councils.map((c) => [c.id, c])),
      areas,
    };
  }

  /**
   * The download's count, latest change and ETag, in two statements. A figure withdrawn from
   * publication (corrected back to a draft) lowers the count and changes the ETag; it appears in the
   * rows only of a download with updatedSince, as a WITHDRAWN row without its value.
   */
  async fingerprint(scope: OpenDataScope, format: string): Promise<OpenDataFingerprint> {
    const groups = (await this.em
      .createQueryBuilder(Measurement, 'm')
      .select(['m.source', raw('count(*) as n'), raw('sum(m.version) as versions'), raw('sum(m.id) as ids')])
      .where(scope.where as Parameters<ReturnType<Em['createQueryBuilder']>['where']>[0])
      .groupBy('m.source')
      .execute('all', false)) as Array<{ source: string | null; n: number | string; versions: number | string; ids: number | string }>;
    const newest = await this.em.findOne(Measurement, scope.where, {
      fields: ['id', 'updatedAt'],
      orderBy: { updatedAt: 'desc', id: 'desc' },
      disableIdentityMap: true,
    });
    const area = await areaFingerprint(this.em, scope.areas);
    const councilCount = groups.reduce((n, g) => n + Number(g.n), 0);
    const count = councilCount + area.count;
    const lastModified = count
      ? latest([
          ...(newest ? [newest.updatedAt] : []),
          ...(area.newest ? [area.newest] : []),
          ...[...scope.indicators.values()].map((i) => i.updatedAt),
          ...[...scope.councils.values()].map((c) => c.updatedAt),
        ])
      : null;
    const hash = createHash('sha256').update(`${format}\n${filterKey(scope.filter)}\n${count}\n${lastModified?.getTime() ?? ''}`);
    for (const g of [...groups].sort((a, b) => String(a.source).localeCompare(String(b.source))))
      hash.update(`\n${g.source}|${g.n}|${g.versions}|${g.ids}`);
    if (area.count) hash.update(`\nareas|${area.count}|${area.versions}|${area.ids}`);
    const licences = new Map<string, string>();
    for (const g of groups) {
      const l = licenceOf(g.source, '');
      if (l.licence && l.licenceUrl) licences.set(l.licence, l.licenceUrl);
    }
    return {
      count,
      lastModified,
      etag: `W/"${hash.digest('base64url').slice(0, 32)}"`,
      licences: [...licences].map(([licence, licenceUrl]) => ({ licence, licenceUrl })),
    };
  }

  /**
   * The published rows of the scope in chunks of `size`, by id: one statement a chunk, read as plain rows (no
   * entities: hydrating each figure into MikroORM's unit of work cost most of a download's time).
   */
  async *rows(scope: OpenDataScope, size = DOWNLOAD_CHUNK): AsyncGenerator<OpenDataRow[]> {
    const licence = licenceCache();
    let after = 0;
    for (;;) {
      const found = await plainRows(this.em, Measurement, { $and: [scope.where, { id: { $gt: after } }] }, ROW_FIELDS, { id: 'asc' }, size);
      if (!found.length) break;
      after = found[found.length - 1]!.id;
      yield found.map((m) => toRow(scope, m, licence));
      if (found.length < size) break;
    }
    yield* areaRows(this.em, scope.areas, size, ROW_FIELDS, (f, area) => ({
      ...figureColumns(scope, f),
      ...areaColumns(f, area, licence),
    }));
  }
}

const CHANGE_CURSOR = /^change:(\d{1,15}):(\d{1,12})$/;

/** The feed's cursor: the change's instant and the measurement's id (keyset, not an offset). */
export function changeCursor(m: Pick<Measurement, 'id' | 'updatedAt'>): string {
  return Buffer.from(`change:${m.updatedAt.getTime()}:${m.id}`, 'utf8').toString('base64url');
}

function fromChangeCursor(cursor: string): { at: Date; id: number } {
  const match = CHANGE_CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('after', `"${cursor.slice(0, 60)}" is not a cursor of measurementChanges: pass an endCursor it gave.`);
  return { at: new Date(Number(match[1])), id: Number(match[2]) };
}

/**
 * One page of the change feed: published measurements changed after the filter's updatedSince, and those
 * withdrawn from publication since (WITHDRAWN, without the figure), oldest change first.
 */
export async function changesPage(
  reads: OpenDataReads,
  em: Em,
  filter: OpenDataFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionShape<MeasurementChange>> {
  if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE))
    throw badInput('first', `must be a whole number from 0 to ${MAX_PAGE_SIZE}; use the cursors to page.`);
  const size = first ?? DEFAULT_PAGE_SIZE;
  const from = after ? fromChangeCursor(after) : null;
  const scope = await reads.scope(filter);
  const totalCount = await em.count(Measurement, scope.where);
  const keyset: FilterQuery<Measurement> = from
    ? { $or: [{ updatedAt: { $gt: from.at } }, { updatedAt: from.at, id: { $gt: from.id } }] }
    : {};
  const found =
    size === 0
      ? []
      : await em.find(Measurement, { $and: [scope.where, keyset] }, { orderBy: { updatedAt: 'asc', id: 'asc' }, limit: size + 1 });
  const page = found.slice(0, size);
  const licence = licenceCache();
  const edges = page.map((m) => {
    const council = scope.councils.get(idOf(m.council)!)!;
    const withdrawn = m.status !== MeasurementStatus.PUBLISHED;
    const node = Object.assign(new MeasurementChange(), {
      change: withdrawn ? MeasurementChangeKind.WITHDRAWN : MeasurementChangeKind.PUBLISHED,
      measurementId: toGlobalId('Measurement', m.id),
      // A withdrawn figure is a draft again, the council's own: the feed says only that it is gone.
      measurement: withdrawn ? null : MeasurementNode.from(m),
      changedAt: m.updatedAt,
      ...licence(m.source, council.name),
    });
    return { cursor: changeCursor(m), node };
  });
  return {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount,
    pageInfo: {
      hasNextPage: found.length > size,
      hasPreviousPage: from !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * The columns of a row that are the figure's own (its indicator from the scope), for a council or an area;
 * a figure withdrawn from publication (not `published`) without its value, numerator, denominator or note.
 */
function figureColumns(scope: OpenDataScope, m: Omit<MeasurementRow, 'council' | 'status'>, published = true) {
  const i = scope.indicators.get(m.indicator)!;
  return {
    framework: i.framework,
    indicatorCode: i.displayCode ?? i.code,
    indicatorTitle: i.title,
    unit: i.unit,
    period: m.period,
    periodKind: m.periodKind,
    periodStart: m.periodStart,
    disaggregation: m.disaggregation,
    value: published ? m.value : null,
    valueStatus: m.valueStatus,
    numerator: published ? m.numerator : null,
    denominator: published ? m.denominator : null,
    note: published ? m.note : null,
    version: m.version,
    updatedAt: m.updatedAt.toISOString(),
    source: m.source,
  };
}

/** A measurement as an open-data row (its indicator and council from the scope). */
export function toRow(scope: OpenDataScope, m: MeasurementRow, licence = licenceCache()): OpenDataRow {
  const c = scope.councils.get(m.council)!;
  const published = m.status === MeasurementStatus.PUBLISHED;
  return {
    measurementId: toGlobalId('Measurement', m.id),
    change: published ? 'PUBLISHED' : 'WITHDRAWN',
    councilGss: c.gssCode,
    councilName: c.name,
    areaType: c.type,
    region: c.region,
    ...figureColumns(scope, m, published),
    ...licence(m.source, c.name),
  };
}
