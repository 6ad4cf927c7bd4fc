/**
 * The scheme rules on a scheme-of-delegation CSV as it would be stored, with the same domain rules
 * as the mutations: cycles among parents, then every sub-delegation against its parent and every
 * root against its power's limit.
 */
import type { RowErrors, SchemeColumn } from '@goldenthread/db';
import {
  buildAccountabilityIndex,
  findCycles,
  formatMoney,
  validateDelegationLoop,
  validateSubDelegation,
  type DelegationRow,
} from '@goldenthread/domain';
import type { CouncilScheme } from './delegation-snapshot.js';
import type { NewPower, Resolved } from './scheme-csv.resolve.js';

/** The scheme rules on the file as it would be stored: cycles, then every sub-delegation against its parent. */
export function checkSchemeRows(scheme: CouncilScheme, resolved: Resolved[], newPowers: NewPower[], errors: RowErrors): void {
  const fileIds = new Set(resolved.map((r) => r.id));
  const rows: DelegationRow[] = scheme.delegations.filter((d) => !fileIds.has(d.id));
  const byId = new Map<number, Resolved>(resolved.map((r) => [r.id, r]));
  for (const r of resolved) {
    const parent = r.parentId === null ? null : (byId.get(r.parentId) ?? scheme.index.delegationsById.get(r.parentId));
    rows.push({
      id: r.id,
      powerId: r.powerId,
      fromBodyId: r.parentId === null ? r.fromBodyId : null,
      fromPersonId: parent ? ('toPersonId' in parent ? parent.toPersonId : null) : null,
      toPersonId: r.toPersonId,
      scope: r.scope,
      financialLimit: r.financialLimit,
      conditions: r.conditions,
      maySubDelegate: r.maySubDelegate,
      parentId: r.parentId,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo,
      revokedOn: null,
    });
  }
  // Cycles among parents.
  const parentMap = new Map<number, number | null>(rows.map((d) => [d.id, d.parentId]));
  const inCycle = new Set<number>();
  for (const cycle of findCycles(parentMap)) {
    const refs = cycle.map((id) => byId.get(id)?.ref ?? `#${id}`);
    for (const id of cycle) {
      const r = byId.get(id);
      if (!r) continue;
      inCycle.add(id);
      errors.add(
        r.row.line,
        'parent_ref',
        `cycle: the parent_ref chain ${[...refs, refs[0]].join(' → ')} loops back on itself, so it never reaches a council body.`,
      );
    }
  }
  const powers = [
    ...scheme.powers,
    ...newPowers.map((p) => ({ id: p.tempId, name: p.name, kind: p.kind, sourceBodyId: p.sourceBodyId, financialLimit: p.financialLimit })),
  ];
  const index = buildAccountabilityIndex({ ...scheme.snapshot, powers, delegations: rows });
  const powerLimit = new Map(powers.map((p) => [p.id, p.financialLimit]));
  for (const r of resolved) {
    if (inCycle.has(r.id) || (r.parentRef !== null && r.parentId === null)) continue;
    const problem = (column: SchemeColumn | null, message: string) => errors.add(r.row.line, column, message);
    if (r.parentId === null) {
      const limit = powerLimit.get(r.powerId) ?? null;
      if (r.financialLimit !== null && limit !== null && r.financialLimit > limit) {
        problem(
          'limit',
          `"${r.powerName}" is limited to ${formatMoney(limit)}, so it cannot be delegated with a limit of ` +
            `${formatMoney(r.financialLimit)}.`,
        );
      }
      continue;
    }
    const parent = index.delegationsById.get(r.parentId)!;
    const loop = validateDelegationLoop(parent.id, r.toPersonId, index);
    if (loop) {
      problem('to', `cycle: ${loop.message}`);
      continue;
    }
    const child = {
      fromPersonId: parent.toPersonId,
      toPersonId: r.toPersonId,
      scope: r.scope,
      financialLimit: r.financialLimit,
      maySubDelegate: r.maySubDelegate,
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo,
    };
    const refused = validateSubDelegation(
      { ...parent, powerName: r.powerName, toPersonName: index.peopleById.get(parent.toPersonId)?.name ?? `person #${parent.toPersonId}` },
      child,
      index,
    );
    if (refused) {
      const column: Record<string, SchemeColumn> = {
        scope: 'scope',
        financialLimit: 'limit',
        parentId: 'parent_ref',
        toPersonId: 'to',
        fromPersonId: 'from',
        effectiveFrom: 'effective_from',
        effectiveTo: 'effective_to',
        powerId: 'power',
      };
      const wider = refused.field === 'scope' || refused.field === 'financialLimit' ? 'sub-delegation wider than its parent: ' : '';
      problem(column[refused.field] ?? null, `${wider}${refused.message}`);
    }
  }
}
