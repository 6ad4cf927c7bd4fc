/**
 * CSV import and export of a council's scheme of delegation (layout: README "Scheme of delegation
 * CSV"). An import is all or nothing: every row is resolved (people by e-mail or name, scopes,
 * powers, bodies, parents by ref) and checked with the same domain rules as the mutations; any bad
 * row refuses the whole file with every bad row's line and reason. Rows are matched to stored
 * delegations by ref, so importing the same file twice changes nothing the second time.
 */
import {
  DecisionPower,
  Delegation,
  DelegationEventKind,
  parseSchemeCsv,
  planImport,
  RowErrors,
  SCHEME_CSV_MAX_BYTES,
  type SchemeCsvProblem,
} from '@goldenthread/db';
import { scopeLabel } from '@goldenthread/domain';
import { badInput } from '../../errors.js';
import type { CouncilScheme, SchemeDelegationRow } from './delegation-snapshot.js';
import { delegationState, type EventInput } from './delegation.events.js';
import { SchemeWriteService, schemeWriteTarget, scopeColumns } from './delegation.writes.js';
import { checkSchemeRows } from './scheme-csv.check.js';
import { schemeToCsv } from './scheme-csv.export.js';
import { SchemeRowResolver, type NewPower, type Resolved } from './scheme-csv.resolve.js';

export interface ImportReport {
  applied: boolean;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  powersCreated: number;
  errors: SchemeCsvProblem[];
}

/** Whether a row of the file says what its stored delegation says (its ref aside, matched in any case). */
function sameAsStored(r: Resolved, e: SchemeDelegationRow): boolean {
  return (
    e.powerId === r.powerId &&
    e.fromBodyId === r.fromBodyId &&
    e.toPersonId === r.toPersonId &&
    e.scope.kind === r.scope.kind &&
    e.scope.id === r.scope.id &&
    e.financialLimit === r.financialLimit &&
    (e.conditions ?? null) === r.conditions &&
    e.maySubDelegate === r.maySubDelegate &&
    e.parentId === r.parentId &&
    e.effectiveFrom === r.effectiveFrom &&
    e.effectiveTo === r.effectiveTo
  );
}

export class SchemeCsvService extends SchemeWriteService {
  /** The council's scheme as CSV: every delegation not revoked, parents before their sub-delegations. */
  async export(councilId: number): Promise<string> {
    this.access.requireReadUnpublished(councilId);
    return schemeToCsv(await this.scheme(councilId));
  }

  /** Checks the whole file and, unless a dry run or any row is bad, stores it in one transaction. */
  async import(councilId: number, csv: string, dryRun: boolean): Promise<ImportReport> {
    if (Buffer.byteLength(csv, 'utf8') > SCHEME_CSV_MAX_BYTES) {
      throw badInput(
        'csv',
        `the file is ${Buffer.byteLength(csv, 'utf8')} bytes; at most ${SCHEME_CSV_MAX_BYTES} bytes (1 MB) can be imported at once. ` +
          `Split it by directorate.`,
      );
    }
    await this.access.requireWrite(schemeWriteTarget(councilId));
    const scheme = await this.scheme(councilId);
    const report: ImportReport = { applied: false, dryRun, rows: 0, created: 0, updated: 0, unchanged: 0, powersCreated: 0, errors: [] };
    const parsed = parseSchemeCsv(csv);
    if (!parsed.ok) {
      report.errors = parsed.problems;
      return report;
    }
    report.rows = parsed.rows.length;
    const errors = new RowErrors();
    const { resolved, newPowers } = new SchemeRowResolver(scheme, errors).resolveAll(parsed.rows);
    // The scheme rules also run when some rows are bad, on the rows that could be read, so one pass reports everything.
    checkSchemeRows(scheme, resolved, newPowers, errors);
    report.errors = errors.byLine();
    if (errors.count) return report;

    const plan = planImport(resolved, (r) => r.existing, sameAsStored);
    Object.assign(report, {
      created: plan.create.length,
      updated: plan.change.length,
      unchanged: plan.unchanged,
      powersCreated: newPowers.length,
    });
    if (dryRun) return report;
    await this.apply(scheme, resolved, newPowers);
    report.applied = true;
    return report;
  }

  /** Stores the file: new powers, then delegations parents first, each with its event. */
  private async apply(scheme: CouncilScheme, resolved: Resolved[], newPowers: NewPower[]): Promise<void> {
    const councilId = scheme.council.id;
    await this.em.transactional(async (tx) => {
      const em = tx;
      const events: EventInput[] = [];
      const powerIds = new Map<number, number>();
      const powerNames = new Map<number, string>(scheme.powers.map((p) => [p.id, p.name]));
      for (const p of newPowers) {
        const power = em.create(DecisionPower, {
          council: councilId,
          name: p.name,
          kind: p.kind,
          sourceBody: p.sourceBodyId,
          financialLimit: p.financialLimit,
        });
        await em.flush();
        powerIds.set(p.tempId, power.id);
        powerNames.set(power.id, p.name);
        events.push({
          council: councilId,
          kind: DelegationEventKind.POWER_CREATED,
          subjectType: 'DecisionPower',
          subjectId: power.id,
          after: { name: p.name, kind: p.kind, financialLimit: p.financialLimit },
        });
      }
      const realPower = (id: number) => powerIds.get(id) ?? id;
      const ids = new Map<number, number>();
      const realId = (id: number | null) => (id === null ? null : (ids.get(id) ?? id));
      // Parents first.
      const byId = new Map(resolved.map((r) => [r.id, r]));
      const depth = (r: Resolved) => {
        let n = 0;
        let p = r.parentId;
        while (p !== null && byId.has(p) && n < 10_000) {
          n++;
          p = byId.get(p)!.parentId;
        }
        return n;
      };
      const ordered = [...resolved].sort((a, b) => depth(a) - depth(b));
      const existingRows = await em.find(Delegation, { id: { $in: resolved.filter((r) => r.existing).map((r) => r.id) } });
      const stored = new Map(existingRows.map((d) => [d.id, d]));
      const holderOf = new Map<number, number>(scheme.delegations.map((d) => [d.id, d.toPersonId]));
      for (const r of resolved) holderOf.set(r.id, r.toPersonId);
      const names = (r: Resolved) => ({
        power: r.powerName,
        to: scheme.index.peopleById.get(r.toPersonId)?.name ?? '',
        scope: scopeLabel(r.scope, scheme.index),
      });
      for (const r of ordered) {
        const values = {
          power: realPower(r.powerId),
          fromBody: r.parentId === null ? r.fromBodyId : null,
          fromPerson: r.parentId === null ? null : (holderOf.get(r.parentId) ?? null),
          toPerson: r.toPersonId,
          ...scopeColumns(r.scope),
          financialLimit: r.financialLimit,
          conditions: r.conditions,
          maySubDelegate: r.maySubDelegate,
          parent: realId(r.parentId),
          effectiveFrom: r.effectiveFrom,
          effectiveTo: r.effectiveTo,
          ref: r.ref,
        };
        if (r.existing) {
          const d = stored.get(r.id)!;
          const same = sameAsStored(r, r.existing) && d.ref === r.ref;
          if (same) continue;
          const before = delegationState(d, {
            power: powerNames.get(r.existing.powerId) ?? '',
            to: scheme.index.peopleById.get(r.existing.toPersonId)?.name ?? '',
            scope: scopeLabel(r.existing.scope, scheme.index),
          });
          em.assign(d, values as never);
          await em.flush();
          events.push({
            council: councilId,
            kind: DelegationEventKind.UPDATED,
            delegation: d.id,
            subjectType: 'Delegation',
            subjectId: d.id,
            before,
            after: delegationState(d, names(r)),
            note: `import, row ${r.ref}`,
          });
        } else {
          const d = em.create(Delegation, { council: councilId, ...values } as never) as Delegation;
          await em.flush();
          ids.set(r.id, d.id);
          events.push({
            council: councilId,
            kind: r.parentId === null ? DelegationEventKind.DELEGATED : DelegationEventKind.SUB_DELEGATED,
            delegation: d.id,
            subjectType: 'Delegation',
            subjectId: d.id,
            after: delegationState(d, names(r)),
            note: `import, row ${r.ref}`,
          });
        }
      }
      await this.record(em, events, 'import');
      await em.flush();
    });
  }
}
