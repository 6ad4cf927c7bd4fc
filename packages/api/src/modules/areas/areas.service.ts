/**
 * Reads of England's and the regions' published figures, batched per request: every figure asked for
 * in one request (comparisons of several periods, series of several indicators) comes from one statement
 * per breakdown, whatever the number of indicators, periods or councils.
 */
import DataLoader from 'dataloader';
import { Area, AreaFigure, Council, type Em } from '@goldenthread/db';
import { ENGLAND_GSS, regionGssOf } from '@goldenthread/domain';
import { PublishedFigure } from './areas.type.js';

/** An indicator's published figures for one breakdown, by area GSS code then period. */
type Figures = Map<string, Map<string, PublishedFigure>>;

export class AreaFigureReads {
  private areasRead: Promise<Area[]> | null = null;
  private readonly loaders = new Map<string, DataLoader<number, Figures>>();
  private readonly regions = new DataLoader<number, string | null>(async (ids) => {
    const rows = await this.em.find(Council, { id: { $in: [...ids] } }, { fields: ['id', 'region'], disableIdentityMap: true });
    const byId = new Map(rows.map((c) => [c.id, regionGssOf(c.region)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  constructor(private readonly em: Em) {}

  /** England and the nine regions (one statement a request). */
  areas(): Promise<Area[]> {
    this.areasRead ??= this.em.find(Area, {}, { orderBy: { gssCode: 'asc' } });
    return this.areasRead;
  }

  /** The GSS code of a council's region (null when its region is none of the nine). */
  regionOf(councilId: number): Promise<string | null> {
    return this.regions.load(councilId);
  }

  /** Every published figure of an indicator for a breakdown, by area and period. */
  figures(indicatorId: number, disaggregation: string): Promise<Figures> {
    let loader = this.loaders.get(disaggregation);
    if (!loader) {
      loader = new DataLoader<number, Figures>((ids) => this.read(ids, disaggregation));
      this.loaders.set(disaggregation, loader);
    }
    return loader.load(indicatorId);
  }

  /** One area's figure for an indicator, period and breakdown (England's when no area is given). */
  async figure(indicatorId: number, period: string, disaggregation: string, areaGss = ENGLAND_GSS): Promise<PublishedFigure | null> {
    return (await this.figures(indicatorId, disaggregation)).get(areaGss)?.get(period) ?? null;
  }

  /** England's figure and (given a council) its region's, for one indicator, period and breakdown: those stored, in that order. */
  async beside(indicatorId: number, period: string, disaggregation: string, councilId: number | null): Promise<PublishedFigure[]> {
    const region = councilId ? await this.regionOf(councilId) : null;
    const figures = await Promise.all(
      [ENGLAND_GSS, region].map((gss) => (gss ? this.figure(indicatorId, period, disaggregation, gss) : null)),
    );
    return figures.filter((f): f is PublishedFigure => f !== null);
  }

  /** An area's figures for an indicator at the given periods, in their order (periods without one left out). */
  async series(indicatorId: number, periods: readonly string[], disaggregation: string, areaGss: string): Promise<PublishedFigure[]> {
    const byPeriod = (await this.figures(indicatorId, disaggregation)).get(areaGss);
    return byPeriod ? periods.flatMap((p) => byPeriod.get(p) ?? []) : [];
  }

  private async read(indicatorIds: readonly number[], disaggregation: string): Promise<Figures[]> {
    const [areas, rows] = await Promise.all([
      this.areas(),
      this.em.find(AreaFigure, { indicator: { $in: [...indicatorIds] }, disaggregation }, { disableIdentityMap: true }),
    ]);
    const areaById = new Map(areas.map((a) => [a.id, a]));
    const out = new Map<number, Figures>(indicatorIds.map((id) => [id, new Map()]));
    for (const f of rows) {
      const area = areaById.get(f.area.id);
      if (!area) continue;
      const byArea = out.get(f.indicator.id)!;
      if (!byArea.has(area.gssCode)) byArea.set(area.gssCode, new Map());
      byArea.get(area.gssCode)!.set(f.period, PublishedFigure.from(f, area));
    }
    return indicatorIds.map((id) => out.get(id)!);
  }
}
