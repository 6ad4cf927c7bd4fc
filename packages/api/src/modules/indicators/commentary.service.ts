/**
 * Commentary on a council's figures: writes (record, change, withdraw, each with a revision kept) and
 * the reads that need more than a loader (the paged list, the exceptions with their commentary and
 * MISSING_COMMENTARY). Who may write: the indicator's data owner or responsible manager, the manager
 * responsible for management information, for a service's commentary the service's line, and
 * administrators of the council. Anonymous callers, partners and other councils never.
 */
import type { FilterQuery } from '@mikro-orm/core';
import {
  Commentary,
  CommentaryRevision,
  Council,
  Indicator,
  IndicatorOwnership,
  Measurement,
  MeasurementStatus,
  Person,
  Service,
  TOTAL,
} from '@goldenthread/db';
import {
  CommentaryChange,
  MISSING_COMMENTARY,
  missingCommentary,
  type CommentaryRow,
  type ExceptionReason,
  type PerformanceException,
  type Severity,
  sortFindings,
  validateCommentary,
} from '@goldenthread/domain';
import { badInput, conflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import type { ConnectionArgs, ConnectionShape } from '../../relay/connection.js';
import { decodeId } from '../../relay/global-id.js';
import { isoToday } from '../cascade/cascade.snapshot.js';
import { governanceAccess, type GovernanceRule } from '../governance/governance-access.js';
import { refuseOutsiders } from '../governance/risks.service.js';
import { WriteService } from '../shared/lookup.js';
import { paginate } from '../shared/paginate.js';
import type { RecordCommentaryInput, UpdateCommentaryInput } from './commentary.input.js';
import { commentaryRowOf, CommentaryNode } from './commentary.type.js';
import { KIND_OF_FREQUENCY, parsePeriodArg, type GroupSpec, type PerformanceService } from './performance.service.js';

type Parts = Pick<Commentary, 'whatHappened' | 'why' | 'whatWeAreDoing'>;

/** An exception row as PerformanceService.exceptions returns it. */
type ExceptionRow = Awaited<ReturnType<PerformanceService['exceptions']>>[number];

export class CommentaryService extends WriteService {
  private get gov() {
    return governanceAccess(this.em, this.access);
  }

  private owners = new Map<number, Promise<{ byIndicator: Map<number, number[]>; miResponsible: number | null }>>();

  /** The council's indicator owners and MI-responsible manager, read once per request (forms ask for every exception). */
  private ownersOf(councilId: number) {
    let found = this.owners.get(councilId);
    if (!found) {
      found = Promise.all([
        this.em.find(
          IndicatorOwnership,
          { council: councilId },
          { fields: ['indicator', 'dataOwner', 'responsibleManager'], disableIdentityMap: true },
        ),
        this.em.findOne(Council, { id: councilId }, { fields: ['miResponsible'], disableIdentityMap: true }),
      ]).then(([rows, council]) => {
        const byIndicator = new Map<number, number[]>();
        for (const o of rows) {
          const people = [idOf(o.dataOwner), idOf(o.responsibleManager)].filter((p): p is number => p !== null);
          byIndicator.set(idOf(o.indicator)!, [...(byIndicator.get(idOf(o.indicator)!) ?? []), ...people]);
        }
        return { byIndicator, miResponsible: idOf(council?.miResponsible) };
      });
      this.owners.set(councilId, found);
    }
    return found;
  }

  /** Who may write the commentary of an indicator in a council (for a service: also the service's line). */
  async writeRule(councilId: number, indicatorId: number, serviceId: number | null, what: string): Promise<GovernanceRule> {
    const { byIndicator, miResponsible } = await this.ownersOf(councilId);
    return {
      councilId,
      people: [...(byIndicator.get(indicatorId) ?? []), miResponsible],
      ...(serviceId !== null ? { or: { kind: 'service' as const, councilId, serviceId } } : {}),
      what,
    };
  }

  /** May the viewer write this indicator's commentary in the council? (For showing forms; writes call require.) */
  async mayWrite(councilId: number, indicatorId: number, serviceId: number | null = null): Promise<boolean> {
    if (!this.access.isMemberOf(councilId) && this.access.viewer.kind !== 'system') return false;
    return this.gov.may(await this.writeRule(councilId, indicatorId, serviceId, 'write this commentary'));
  }

  private revision(c: Commentary, change: CommentaryChange, version: number): void {
    this.em.create(CommentaryRevision, {
      commentary: c,
      version,
      change,
      whatHappened: c.whatHappened,
      why: c.why,
      whatWeAreDoing: c.whatWeAreDoing,
      changedBy: this.personId,
      changedAt: new Date(),
    });
  }

  private me() {
    return this.personId === null ? null : this.em.getReference(Person, this.personId, { wrapped: true });
  }

  /** BAD_USER_INPUT for the first error (every error in extensions.errors, so a form marks each field). */
  private check(draft: Parameters<typeof validateCommentary>[0], kind: Parameters<typeof validateCommentary>[1]['kind']) {
    const checked = validateCommentary(draft, { today: isoToday(), kind });
    if (!checked.ok) {
      const [first] = checked.errors;
      throw badInput(first!.field, first!.message, { errors: checked.errors });
    }
    return checked.value;
  }

  async record(input: RecordCommentaryInput): Promise<Commentary> {
    const councilId = decodeId('councilId', input.councilId, 'Council');
    refuseOutsiders(this.access, councilId);
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    const indicator = await this.ref(Indicator, 'Indicator', 'indicatorId', input.indicatorId, council.id, { national: true });
    const service = await this.optional(Service, 'Service', 'serviceId', input.serviceId, council.id);
    await this.gov.require(await this.writeRule(council.id, indicator.id, service?.id ?? null, 'comment on this figure'));
    const v = this.check(input, KIND_OF_FREQUENCY[indicator.frequency]);
    const serviceKey = service?.id ?? 0;
    const existing = await this.em.findOne(Commentary, { council: council.id, indicator: indicator.id, period: v.period.text, serviceKey });
    const parts: Parts = { whatHappened: v.whatHappened, why: v.why, whatWeAreDoing: v.whatWeAreDoing };
    if (existing && existing.withdrawnOn === null) {
      throw conflict(
        `${indicator.title} already has a commentary for ${v.period.text}${service ? ` (${service.name})` : ''}, version ` +
          `${existing.version}: change it with updateCommentary.`,
        { currentVersion: existing.version, commentaryId: existing.id },
      );
    }
    let c: Commentary;
    let version = 1;
    if (existing) {
      // A withdrawn commentary is recorded again: its earlier versions stay in its revisions.
      c = existing;
      version = existing.version + 1;
      Object.assign(c, parts, { withdrawnOn: null, withdrawnBy: null });
    } else {
      c = this.em.create(Commentary, {
        council,
        indicator,
        period: v.period.text,
        periodKind: v.period.kind as never,
        periodStart: v.period.start,
        service: service ?? null,
        serviceKey,
        ...parts,
        writtenOn: isoToday(),
      });
    }
    c.author = this.me();
    c.writtenOn = isoToday();
    this.revision(c, CommentaryChange.RECORDED, version);
    await this.flush();
    return c;
  }

  /** Loads a commentary and refuses those who may not write it. */
  private async writable(globalId: string, what: string): Promise<Commentary> {
    refuseOutsiders(this.access);
    const c = await this.load(Commentary, 'Commentary', 'id', globalId);
    refuseOutsiders(this.access, idOf(c.council)!);
    await this.gov.require(await this.writeRule(idOf(c.council)!, idOf(c.indicator)!, idOf(c.service), what));
    return c;
  }

  async update(input: UpdateCommentaryInput): Promise<Commentary> {
    const c = await this.writable(input.id, 'change this commentary');
    this.checkVersion(`The commentary for ${c.period}`, c.version, input.version);
    if (c.withdrawnOn !== null)
      throw conflict(`The commentary for ${c.period} was withdrawn on ${c.withdrawnOn}: record it again with recordCommentary.`);
    const v = this.check(
      {
        period: c.period,
        whatHappened: input.whatHappened === undefined ? c.whatHappened : input.whatHappened,
        why: input.why === undefined ? c.why : input.why,
        whatWeAreDoing: input.whatWeAreDoing === undefined ? c.whatWeAreDoing : input.whatWeAreDoing,
      },
      c.periodKind as never,
    );
    // The period had started when the commentary was first written; a change is never refused for it.
    Object.assign(c, {
      whatHappened: v.whatHappened,
      why: v.why,
      whatWeAreDoing: v.whatWeAreDoing,
      author: this.me(),
      writtenOn: isoToday(),
    });
    this.revision(c, CommentaryChange.CHANGED, c.version + 1);
    await this.flush();
    return c;
  }

  async withdraw(globalId: string, version: number): Promise<Commentary> {
    const c = await this.writable(globalId, 'withdraw this commentary');
    this.checkVersion(`The commentary for ${c.period}`, c.version, version);
    if (c.withdrawnOn !== null) throw conflict(`The commentary for ${c.period} was already withdrawn on ${c.withdrawnOn}.`);
    c.withdrawnOn = isoToday();
    c.withdrawnBy = this.me();
    this.revision(c, CommentaryChange.WITHDRAWN, c.version + 1);
    await this.flush();
    return c;
  }

  // ------------------------------------------------------------------------------ reads

  /**
   * Of these commentaries, the ids whose period's figure (the council's Total for the indicator) is
   * published: what the public and partners may see. One statement for any number of them.
   */
  async publishedIds(rows: ReadonlyArray<Pick<CommentaryRow, 'id' | 'councilId' | 'indicatorId' | 'period'>>): Promise<Set<number>> {
    if (rows.length === 0) return new Set();
    const published = await this.em.find(
      Measurement,
      {
        council: { $in: [...new Set(rows.map((r) => r.councilId))] },
        indicator: { $in: [...new Set(rows.map((r) => r.indicatorId))] },
        period: { $in: [...new Set(rows.map((r) => r.period))] },
        disaggregation: TOTAL,
        status: MeasurementStatus.PUBLISHED,
      },
      { fields: ['council', 'indicator', 'period'], disableIdentityMap: true },
    );
    const keys = new Set(published.map((m) => `${idOf(m.council)}|${idOf(m.indicator)}|${m.period}`));
    return new Set(rows.filter((r) => keys.has(`${r.councilId}|${r.indicatorId}|${r.period}`)).map((r) => r.id));
  }

  /** A council's commentaries, newest period first; outside the council only those of published figures. Withdrawn ones on request. */
  async list(
    args: { councilId: number; indicatorId: number | null; period: string | null; includeWithdrawn: boolean },
    page: ConnectionArgs,
  ): Promise<ConnectionShape<CommentaryNode>> {
    const where: FilterQuery<Commentary> = { council: args.councilId };
    if (args.indicatorId != null) where.indicator = args.indicatorId;
    if (args.period != null) where.period = parsePeriodArg('period', args.period).text;
    if (!args.includeWithdrawn) where.withdrawnOn = null;
    else this.access.requireReadUnpublished(args.councilId);
    if (!this.access.canReadUnpublished(args.councilId)) {
      const candidates = await this.em.find(Commentary, where, {
        fields: ['id', 'council', 'indicator', 'period'],
        disableIdentityMap: true,
      });
      const visible = await this.publishedIds(
        candidates.map((c) => ({ id: c.id, councilId: args.councilId, indicatorId: idOf(c.indicator)!, period: c.period })),
      );
      where.id = { $in: [...visible] };
    }
    return paginate(
      this.em,
      Commentary,
      { where, orderBy: { periodStart: 'desc', indicator: 'asc', id: 'asc' } },
      page,
      CommentaryNode.from,
    );
  }

  /**
   * The council's exceptions of a period with the live council-wide commentaries of their periods (a
   * monthly or quarterly indicator's exception is of its latest month or quarter in the period), and
   * the MISSING_COMMENTARY findings: a fixed number of statements, whatever the number of exceptions
   * (the exceptions' own queries and one of commentaries).
   */
  async exceptionsWithCommentary(performance: PerformanceService, input: { councilId: number; period: string; group?: GroupSpec | null }) {
    const includeUnpublished = this.access.canReadUnpublished(input.councilId);
    const period = parsePeriodArg('period', input.period).text;
    const [exceptions, council] = await Promise.all([
      performance.exceptions({ councilId: input.councilId, period, group: input.group ?? null, includeUnpublished }),
      this.em.findOne(Council, { id: input.councilId }, { fields: ['id', 'name'], disableIdentityMap: true }),
    ]);
    const periods = [...new Set([period, ...exceptions.map((e) => e.period)])];
    const stored = await this.em.find(Commentary, { council: input.councilId, period: { $in: periods }, serviceKey: 0, withdrawnOn: null });
    const commentaries = stored.map(commentaryRowOf);
    const findings = sortFindings(
      periods.flatMap((p) =>
        missingCommentary({
          exceptions: exceptions.filter((e) => e.period === p).map(asDomainException),
          period: p,
          commentaries,
          council: council ? { id: council.id, name: council.name } : null,
        }),
      ),
    ) as ReturnType<typeof missingCommentary>;
    return { period, exceptions, commentaries, findings };
  }

  /** MISSING_COMMENTARY findings of a council for a period, in the shape of the other performance findings. */
  async missing(performance: PerformanceService, input: { councilId: number; period: string; group?: GroupSpec | null }) {
    const { exceptions, findings } = await this.exceptionsWithCommentary(performance, input);
    const indicators = new Map(exceptions.map((e) => [e.indicatorId, e.indicator]));
    return findings.map((f) => ({
      indicatorId: f.indicatorId,
      indicator: indicators.get(f.indicatorId)!,
      councilId: input.councilId,
      code: MISSING_COMMENTARY,
      severity: f.severity,
      message: f.message,
      fix: f.fix,
      reasons: f.reasons,
      period: f.period,
      dueDate: null,
      daysLate: null,
      dataStatus: null,
    }));
  }
}

/** PerformanceService's exception row as the domain's finding (what missingCommentary reads). */
function asDomainException(e: ExceptionRow): PerformanceException {
  return {
    code: 'PERFORMANCE_EXCEPTION',
    severity: e.severity as Severity,
    nodes: [{ type: 'Indicator', id: e.indicatorId, name: e.indicator.title }],
    message: e.message,
    fix: e.fix,
    indicatorId: e.indicatorId,
    reasons: e.reasons as ExceptionReason[],
  };
}
