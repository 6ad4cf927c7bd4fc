/**
 * The read side of the scheme of delegation: the accountability tree, findings, "who is accountable"
 * and "what do I answer for". Each loads the council's scheme in a constant number of flat statements
 * (loadCouncilScheme), runs the domain rules on it and maps the result to the API's plain objects.
 */
import { readChangeStamp, type Em } from '@goldenthread/db';
import { accountabilityFindings, whatPersonAnswersFor, whoIsAccountable, type Finding } from '@goldenthread/domain';
import { toGlobalId } from '../../relay/global-id.js';
import type { DerivedCache } from '../../derived-cache.js';
import { isoToday, loadCouncilScheme, type CouncilScheme, type PersonRow } from './delegation-snapshot.js';
import {
  type AccountabilityAnswerType,
  type AccountabilityFinding,
  type AccountabilityTree,
  type PersonAnswerType,
} from './delegation.type.js';
import { findingOf, namedRefOf, pathOf, refOf } from './accountability.map.js';
import { buildAccountabilityTree, withOptions, type TreeOptions } from './accountability.tree.js';

export { findingOf, refOf } from './accountability.map.js';
export { buildAccountabilityTree, withOptions, type TreeOptions } from './accountability.tree.js';

/**
 * A council's scheme with its findings and tree, each worked out on first use and then kept: what the
 * server caches (DerivedCache) between requests until the council's data changes.
 */
export class SchemeView {
  private findingsMemo?: Finding[];
  private apiFindingsMemo?: AccountabilityFinding[];
  private treeMemo?: AccountabilityTree;
  constructor(readonly scheme: CouncilScheme) {}
  /** The domain's findings. */
  get findings(): Finding[] {
    this.findingsMemo ??= accountabilityFindings(this.scheme.index);
    return this.findingsMemo;
  }
  /** The findings as the API serves them (without building the tree). */
  get apiFindings(): AccountabilityFinding[] {
    this.apiFindingsMemo ??= this.findings.map(findingOf);
    return this.apiFindingsMemo;
  }
  /** The whole tree. */
  get tree(): AccountabilityTree {
    this.treeMemo ??= buildAccountabilityTree(this.scheme, {}, this.findings);
    return this.treeMemo;
  }
  /** Roughly how big it is, in rows: what the cache's budget counts. */
  get weight(): number {
    return 1 + this.scheme.people.length + this.scheme.services.length + this.scheme.delegations.length;
  }
}

/**
 * The scheme of a council as at `asOf` (default today), null if there is no such council. With a
 * cache, one statement (the change stamp) when nothing has changed since it was last built.
 */
export async function councilSchemeView(
  em: Em,
  councilId: number,
  asOf: string | undefined,
  cache: DerivedCache | undefined,
): Promise<SchemeView | null> {
  const today = asOf ?? isoToday();
  const load = async () => {
    const scheme = await loadCouncilScheme(em, councilId, today);
    return scheme ? new SchemeView(scheme) : null;
  };
  if (!cache) return load();
  // The stamp is read before the data: a write landing in between makes the entry look older than
  // it is (rebuilt once more), never newer.
  const stamp = await readChangeStamp(em, councilId);
  return cache.get(`scheme:${councilId}:${today}`, stamp, load, (view) => view?.weight ?? 1);
}

export async function accountabilityTree(
  em: Em,
  councilId: number,
  asOf: string | undefined,
  options: TreeOptions,
  cache?: DerivedCache,
): Promise<AccountabilityTree | null> {
  const view = await councilSchemeView(em, councilId, asOf, cache);
  return view ? withOptions(view.tree, options) : null;
}

export async function councilFindings(
  em: Em,
  councilId: number,
  asOf?: string,
  cache?: DerivedCache,
): Promise<AccountabilityFinding[] | null> {
  const view = await councilSchemeView(em, councilId, asOf, cache);
  return view ? view.apiFindings : null;
}

export function accountabilityAnswer(view: SchemeView, serviceId: number): AccountabilityAnswerType | null {
  const answer = whoIsAccountable(serviceId, view.scheme.index);
  if (!answer) return null;
  const findings = view.findings.filter((f) => f.nodes.some((n) => n.type === 'Service' && n.id === serviceId));
  const scheme = view.scheme;
  const ref = (n: Parameters<typeof refOf>[0]) => namedRefOf(n, scheme);
  return {
    councilId: scheme.council.id,
    service: ref(answer.service),
    directorate: answer.directorate ? ref(answer.directorate) : null,
    owner: answer.owner ? ref(answer.owner) : null,
    ownerActive: answer.ownerActive,
    ownerChain: answer.ownerChain.map(ref),
    decisionMakers: answer.decisionMakers.map((m) => ({
      person: ref(m.person),
      delegation: ref(m.delegation),
      power: m.power ? ref(m.power) : null,
      scopeKind: m.scope.kind as never,
      scope: m.scopeLabel,
      financialLimit: m.financialLimit,
      accountable: m.accountable,
      path: pathOf(m.path, scheme),
    })),
    findings: findings.map(findingOf),
  };
}

export function personAnswer(view: SchemeView, personId: number): PersonAnswerType | null {
  const answer = whatPersonAnswersFor(personId, view.scheme.index);
  if (!answer) return null;
  const row = view.scheme.index.peopleById.get(personId) as PersonRow | undefined;
  return {
    person: refOf(answer.person),
    active: answer.active,
    leftOn: row?.leftOn ?? null,
    servicesOwned: answer.servicesOwned.map((s) => ({ service: refOf(s.service), teams: s.teams.map(refOf) })),
    directoratesDirected: answer.directoratesDirected.map((d) => ({ directorate: refOf(d.directorate), services: d.services.map(refOf) })),
    powersHeld: answer.powersHeld.map((p) => {
      const steps = p.path.steps;
      const from = steps.length >= 2 ? steps[steps.length - 2]! : null;
      return {
        delegation: refOf(p.delegation),
        power: p.power ? refOf(p.power) : null,
        from: from
          ? {
              id: toGlobalId(from.type === 'Body' ? 'DecisionBody' : 'Person', from.id),
              type: from.type === 'Body' ? 'DecisionBody' : 'Person',
              name: from.name,
            }
          : null,
        scopeKind: p.scope.kind as never,
        scope: p.scopeLabel,
        financialLimit: p.financialLimit,
        maySubDelegate: p.maySubDelegate,
        conditions: p.conditions,
        path: pathOf(p.path, view.scheme),
      };
    }),
    indicatorsDataOwned: answer.indicatorsDataOwned.map(refOf),
    miResponsible: answer.miResponsible,
    findings: answer.findings.map(findingOf),
  };
}
