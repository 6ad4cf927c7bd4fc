/**
 * England's and the regions' published figures in the bulk open data: rows of their own (areaType
 * ENGLAND or REGION), given only when the filter asks for those area types (`?areaType=ENGLAND,REGION`),
 * so a download of councils' measurements is what it always was. The same other filters apply.
 */
import type { FilterQuery } from '@mikro-orm/core';
import { Area, AreaFigure, type Em } from '@goldenthread/db';
import { AreaType } from '@goldenthread/domain';
import { toGlobalId } from '../../relay/global-id.js';
import { plainRows, type Plain } from '../shared/plain-rows.js';
import type { OpenDataFilter } from './open-data.filter.js';
import type { licenceCache } from './open-data.licence.js';

type AreaRow = Pick<Area, 'id' | 'gssCode' | 'name' | 'type' | 'updatedAt'>;

/** The areas a filter asks for (none unless it names ENGLAND or REGION) and their figures' condition. */
export interface AreaScope {
  areas: Map<number, AreaRow>;
  /** The figures' condition (a FilterQuery<AreaFigure>): the areas, and the filter's indicators, periods and updatedSince. */
  where: Record<string, unknown>;
}

const KINDS: readonly string[] = Object.values(AreaType);

/** Whether the filter asks for councils' measurements (no area type, or a council type among them). */
export const wantsCouncils = (filter: OpenDataFilter) => !filter.areaTypes.length || filter.areaTypes.some((t) => !KINDS.includes(t));

/** The areas asked for: by area type, and by GSS code when the council filter names areas (the caller adds the indicators). */
export async function areaScope(em: Em, filter: OpenDataFilter): Promise<AreaScope> {
  const kinds = filter.areaTypes.filter((t) => KINDS.includes(t));
  const rows = kinds.length
    ? await em.find(Area, { type: { $in: kinds as AreaType[] } }, { fields: ['id', 'gssCode', 'name', 'type', 'updatedAt'] })
    : [];
  const areas = rows.filter((a) => !filter.councils.length || filter.councils.includes(a.gssCode));
  const where: AreaScope['where'] = { area: { $in: areas.map((a) => a.id) } };
  if (filter.periodFrom || filter.periodTo)
    where.periodStart = {
      ...(filter.periodFrom ? { $gte: filter.periodFrom } : {}),
      ...(filter.periodTo ? { $lte: filter.periodTo } : {}),
    };
  if (filter.updatedSince) where.updatedAt = { $gt: filter.updatedSince };
  return { areas: new Map(areas.map((a) => [a.id, a])), where };
}

/** Count, summed versions and ids, and latest change of the areas' figures (for the ETag). Two statements, none without areas. */
export async function areaFingerprint(em: Em, scope: AreaScope) {
  if (!scope.areas.size) return { count: 0, versions: 0, ids: 0, newest: null as Date | null };
  const rows = await em.find(AreaFigure, scope.where as FilterQuery<AreaFigure>, {
    fields: ['id', 'version', 'updatedAt'],
    disableIdentityMap: true,
  });
  let versions = 0;
  let ids = 0;
  let newest: Date | null = null;
  for (const r of rows) {
    versions += r.version;
    ids += r.id;
    if (!newest || r.updatedAt > newest) newest = r.updatedAt;
  }
  for (const a of scope.areas.values()) if (!newest || a.updatedAt > newest) newest = a.updatedAt;
  return { count: rows.length, versions, ids, newest: rows.length ? newest : null };
}

/**
 * The areas' figures in chunks of `size`, by id, as open-data rows (`toRow` gives the indicator's columns): the
 * measurement `fields` the areas' figures share, read as plain rows.
 */
export async function* areaRows<R, F extends keyof AreaFigure & string>(
  em: Em,
  scope: AreaScope,
  size: number,
  fields: readonly string[],
  toRow: (f: Plain<AreaFigure, F | 'area' | 'id' | 'source'>, area: AreaRow) => R,
): AsyncGenerator<R[]> {
  if (!scope.areas.size) return;
  const columns = [...new Set(['id', 'area', ...fields.filter((f) => f !== 'council' && f !== 'status')])] as F[];
  let after = 0;
  for (;;) {
    const where = { $and: [scope.where as FilterQuery<AreaFigure>, { id: { $gt: after } }] };
    const found = (await plainRows(em, AreaFigure, where, columns, { id: 'asc' }, size)) as Plain<
      AreaFigure,
      F | 'area' | 'id' | 'source'
    >[];
    if (!found.length) return;
    after = found[found.length - 1]!.id;
    yield found.map((f) => toRow(f, scope.areas.get(f.area)!));
    if (found.length < size) return;
  }
}

/**
 * The columns of an area's row that name the figure and the area: measurementId is the figure's own id
 * (an AreaFigure global id), the region column the region's own name (empty for England).
 */
export function areaColumns(f: Pick<AreaFigure, 'id' | 'source'>, area: AreaRow, licence: ReturnType<typeof licenceCache>) {
  return {
    measurementId: toGlobalId('AreaFigure', f.id),
    change: 'PUBLISHED' as const, // published figures only: an area's figure is never taken back to draft
    councilGss: area.gssCode,
    councilName: area.name,
    areaType: area.type,
    region: area.type === AreaType.REGION ? area.name : '',
    ...licence(f.source, area.name),
  };
}
