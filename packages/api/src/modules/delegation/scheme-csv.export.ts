/** The export of a council's scheme of delegation as CSV (layout: README "Scheme of delegation CSV"). */
import { formatSchemeCsv } from '@goldenthread/db';
import type { DelegationScope } from '@goldenthread/domain';
import type { CouncilScheme, SchemeDelegationRow } from './delegation-snapshot.js';

function scopeText(scope: DelegationScope, scheme: CouncilScheme, serviceNameCount: Map<string, number>): string {
  if (scope.kind === 'COUNCIL') return 'council';
  if (scope.kind === 'DIRECTORATE') {
    const d = scheme.index.directoratesById.get(scope.id!);
    return `directorate:${d?.name ?? scope.id}`;
  }
  const s = scheme.index.servicesById.get(scope.id!);
  if (!s) return `service:${scope.id}`;
  if ((serviceNameCount.get(s.name.toLowerCase()) ?? 0) > 1) {
    const d = scheme.directorates.find((x) => x.id === s.directorateId);
    return `service:${d?.code ?? d?.name ?? ''}/${s.name}`;
  }
  return `service:${s.name}`;
}

/** Every delegation not revoked, parents before their sub-delegations, as the import reads them back. */
export function schemeToCsv(scheme: CouncilScheme): string {
  const { index } = scheme;
  const people = new Map(scheme.people.map((p) => [p.id, p]));
  const personText = (id: number) => people.get(id)?.email ?? people.get(id)?.name ?? `#${id}`;
  const serviceNameCount = new Map<string, number>();
  for (const s of scheme.services) serviceNameCount.set(s.name.toLowerCase(), (serviceNameCount.get(s.name.toLowerCase()) ?? 0) + 1);
  const live = scheme.delegations.filter((d) => d.revokedOn === null);
  const refOf = (d: SchemeDelegationRow) => d.ref ?? `D${d.id}`;
  const liveIds = new Set(live.map((d) => d.id));
  // Parents first: by depth in the delegation tree.
  const depth = (d: SchemeDelegationRow): number => {
    let n = 0;
    const seen = new Set<number>();
    let p = d.parentId;
    while (p !== null && !seen.has(p)) {
      seen.add(p);
      n++;
      p = index.delegationsById.get(p)?.parentId ?? null;
    }
    return n;
  };
  const ordered = [...live].sort((a, b) => depth(a) - depth(b) || a.id - b.id);
  return formatSchemeCsv(
    ordered.map((d) => {
      const power = index.powersById.get(d.powerId);
      const parent = d.parentId !== null ? (index.delegationsById.get(d.parentId) as SchemeDelegationRow | undefined) : undefined;
      return {
        ref: refOf(d),
        power: power?.name ?? '',
        power_kind: scheme.powers.find((p) => p.id === d.powerId)?.kind ?? '',
        source_body: power ? (index.bodiesById.get(power.sourceBodyId)?.name ?? '') : '',
        power_limit: power?.financialLimit === null || power === undefined ? '' : String(power.financialLimit),
        from:
          d.fromBodyId !== null
            ? (index.bodiesById.get(d.fromBodyId)?.name ?? '')
            : d.fromPersonId !== null
              ? personText(d.fromPersonId)
              : '',
        to: personText(d.toPersonId),
        scope: scopeText(d.scope, scheme, serviceNameCount),
        limit: d.financialLimit === null ? '' : String(d.financialLimit),
        conditions: d.conditions ?? '',
        may_sub_delegate: d.maySubDelegate ? 'yes' : 'no',
        parent_ref: parent && liveIds.has(parent.id) ? refOf(parent) : parent ? refOf(parent) : '',
        effective_from: d.effectiveFrom,
        effective_to: d.effectiveTo ?? '',
      };
    }),
  );
}
