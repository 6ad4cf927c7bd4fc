/**
 * Reads for issue 18's measure facts (`ctx.services.get(MeasureReads)`): national indicators by framework
 * and code (one statement per request, for "same measure as"), and a council's data owners' updates.
 */
import { Indicator, IndicatorOwnership, Measurement, TOTAL, type Em } from '@goldenthread/db';
import { dataOwnersNeverUpdating, toPeriod, type IndicatorFramework, type OwnedIndicator } from '@goldenthread/domain';
import { badInput } from '../../errors.js';
import { toGlobalId } from '../../relay/global-id.js';
import { KIND_OF_FREQUENCY, parsePeriodArg, periodsStartingWithin } from './performance.model.js';

const PER_YEAR = { YEAR: 1, QUARTER: 4, MONTH: 12 } as const;

export class MeasureReads {
  private national: Promise<Map<string, Indicator>> | null = null;

  constructor(private readonly em: Em) {}

  /** A national indicator by framework and code, from one read of them all per request. */
  async nationalByCode(framework: IndicatorFramework, code: string): Promise<Indicator | null> {
    this.national ??= this.em.find(Indicator, { council: null }).then((rows) => new Map(rows.map((i) => [`${i.framework}:${i.code}`, i])));
    return (await this.national).get(`${framework}:${code}`) ?? null;
  }

  /**
   * The council's data owners over the last `periods` due periods of each owned indicator up to `to`
   * (due: period end + graceDays before today). Three statements whatever the number of owners.
   */
  async ownerUpdates(input: { councilId: number; councilName: string; to: string; periods: number; graceDays: number; today: string }) {
    if (!Number.isInteger(input.periods) || input.periods < 1 || input.periods > 60)
      throw badInput('periods', 'a whole number of periods from 1 to 60.');
    if (!Number.isInteger(input.graceDays) || input.graceDays < 0 || input.graceDays > 366)
      throw badInput('graceDays', 'a whole number of days from 0 to 366.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.today) || Number.isNaN(Date.parse(input.today)))
      throw badInput('today', 'a date written YYYY-MM-DD.');
    const to = parsePeriodArg('to', input.to, 'YEAR');
    const owned = await this.em.find(
      IndicatorOwnership,
      { council: input.councilId, dataOwner: { $ne: null } },
      { populate: ['indicator', 'dataOwner'], orderBy: { id: 'asc' } },
    );
    const due = new Map<number, string[]>();
    const cutoff = new Date(Date.parse(input.today) - input.graceDays * 86_400_000).toISOString().slice(0, 10);
    let earliest = to.end;
    for (const o of owned) {
      const ind = o.indicator.getEntity();
      const kind = KIND_OF_FREQUENCY[ind.frequency];
      // Enough periods back to find N due ones: N periods' worth of years, and one more for the grace.
      const years = Math.ceil(input.periods / PER_YEAR[kind]) + 1;
      const start = `${Number(to.start.slice(0, 4)) - years}-04-01`;
      const periods = periodsStartingWithin(kind, start, to.end).filter((p) => toPeriod(p, kind).end < cutoff);
      const window = periods.slice(-input.periods);
      due.set(o.id, window);
      if (window[0] && toPeriod(window[0], kind).start < earliest) earliest = toPeriod(window[0], kind).start;
    }
    const owners = [...new Set(owned.map((o) => o.dataOwner!.id))];
    const rows = owners.length
      ? await this.em.find(
          Measurement,
          {
            council: input.councilId,
            // Under four eyes on data an owner validates the figures someone else entered: either is an update.
            $or: [{ enteredBy: { $in: owners } }, { validatedBy: { $in: owners } }],
            disaggregation: TOTAL,
            periodStart: { $gte: earliest, $lte: to.end },
          },
          { fields: ['indicator', 'period', 'enteredBy', 'validatedBy'], disableIdentityMap: true },
        )
      : [];
    const entered = new Set(
      rows.flatMap((m) => [`${m.indicator.id}|${m.enteredBy?.id}|${m.period}`, `${m.indicator.id}|${m.validatedBy?.id}|${m.period}`]),
    );
    const items: OwnedIndicator[] = owned.map((o) => {
      const owner = o.dataOwner!.getEntity();
      const ind = o.indicator.getEntity();
      const window = due.get(o.id) ?? [];
      return {
        indicatorId: ind.id,
        name: ind.title,
        owner: { id: owner.id, name: owner.name },
        duePeriods: window,
        enteredByOwner: new Set(window.filter((p) => entered.has(`${ind.id}|${owner.id}|${p}`))),
      };
    });
    const summary = dataOwnersNeverUpdating({
      owned: items,
      periods: input.periods,
      council: { id: input.councilId, name: input.councilName },
    });
    const findings = summary.findings.map((f) => ({
      ...f,
      nodes: f.nodes.map((n) => ({ type: n.type, id: toGlobalId(n.type, n.id), name: n.name })),
    }));
    return { ...summary, findings, periods: input.periods };
  }
}
