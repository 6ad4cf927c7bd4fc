/**
 * A realistic, deterministic scheme of delegation for a council whose organisation is already seeded
 * (demo or scale): Full Council, Cabinet and a committee; "Manage services within approved budgets"
 * delegated Cabinet → chief executive → each director → each head of service → each service and
 * team manager, following line management; "Approve adult care packages" and "Commission residential
 * and nursing care" Cabinet → portfolio holder for adult social care → director of adult social
 * services → heads of service → team managers; "Approve budget virements" Full Council → chief
 * executive → director of resources.
 *
 * With `problems`, a few deliberate faults so that the findings show in the demo: an unowned team,
 * a decision-maker outside the line, an owner without power and an out-of-scope sub-delegation
 * (dual accountability comes from the organisation's performance officers; the MI manager is set).
 */
import { Council } from '../organisation/council.entity.js';
import { Directorate } from '../organisation/directorate.entity.js';
import { CouncillorRole } from '../organisation/councillor-role.entity.js';
import { CouncillorRoleKind, PersonKind, DecisionBodyKind, DelegationScopeKind } from '@goldenthread/domain';
import { Person } from '../organisation/person.entity.js';
import { Service } from '../organisation/service.entity.js';
import type { Em } from '../orm.js';
import { DecisionBody } from '../delegation/decision-body.entity.js';
import { DecisionPower } from '../delegation/decision-power.entity.js';
import { Delegation } from '../delegation/delegation.entity.js';

export const SCHEME_START = '2025-04-01';

interface Draft {
  ref: string;
  power: DecisionPower;
  fromBody?: DecisionBody;
  parent?: Draft;
  toPersonId: number;
  scope: { kind: DelegationScopeKind; id: number | null };
  financialLimit?: number | null;
  maySubDelegate: boolean;
  conditions?: string | null;
  row?: Delegation;
}

export interface SchemeSeedOptions {
  /** Plant the demo's deliberate problems. */
  problems?: boolean;
}

export interface SchemeSeedReport {
  bodies: number;
  powers: number;
  delegations: number;
}

/**
 * Seeds the scheme into a council that has an organisation and no decision powers yet; null if it has
 * powers. Bodies the organisation already has (its committees) are kept; the scheme's own are added.
 */
export async function seedSchemeOfDelegation(em: Em, council: Council, options: SchemeSeedOptions = {}): Promise<SchemeSeedReport | null> {
  if ((await em.count(DecisionPower, { council: council.id })) > 0) return null;
  const [people, directorates, services, roles] = await Promise.all([
    em.find(
      Person,
      { council: council.id },
      { fields: ['id', 'name', 'jobTitle', 'kind', 'lineManager', 'directorate', 'service'], orderBy: { id: 'asc' } },
    ),
    em.find(Directorate, { council: council.id }, { orderBy: { name: 'asc', id: 'asc' } }),
    em.find(Service, { council: council.id }, { orderBy: { name: 'asc', id: 'asc' } }),
    em.find(
      CouncillorRole,
      { council: council.id, role: CouncillorRoleKind.PORTFOLIO_HOLDER },
      { orderBy: { id: 'asc' }, populate: ['portfolio'] },
    ),
  ]);
  if (directorates.length === 0) return null;
  const idOf = (r: { unwrap(): { id: number } } | null) => (r ? r.unwrap().id : null);

  const bodies = {
    council: em.create(DecisionBody, { council: council.id, name: 'Full Council', kind: DecisionBodyKind.FULL_COUNCIL }),
    cabinet: em.create(DecisionBody, { council: council.id, name: 'Cabinet', kind: DecisionBodyKind.EXECUTIVE }),
    audit: em.create(DecisionBody, { council: council.id, name: 'Audit and Governance Committee', kind: DecisionBodyKind.COMMITTEE }),
  };
  const power = (name: string, kind: string, body: DecisionBody, financialLimit: number | null, description: string) =>
    em.create(DecisionPower, { council: council.id, name, kind, sourceBody: body, financialLimit, description });
  const powers = {
    manage: power(
      'Manage services within approved budgets',
      'SERVICE_MANAGEMENT',
      bodies.cabinet,
      null,
      'Day-to-day management of services, staff and budgets within the approved budget and policy framework.',
    ),
    care: power(
      'Approve adult care packages',
      'CARE_PACKAGE',
      bodies.cabinet,
      1_000_000,
      'Approve packages of care and support under the Care Act 2014, up to the annual cost stated.',
    ),
    commission: power(
      'Commission residential and nursing care',
      'COMMISSIONING',
      bodies.cabinet,
      5_000_000,
      'Award contracts for residential and nursing care places.',
    ),
    virement: power(
      'Approve budget virements',
      'BUDGET',
      bodies.council,
      500_000,
      'Move budget between heads of expenditure within the year.',
    ),
    accounts: power('Approve the statement of accounts', 'FINANCE', bodies.audit, null, 'Approve the annual statement of accounts.'),
  };
  await em.flush();

  const chief =
    people.find((p) => p.kind === PersonKind.OFFICER && p.jobTitle === 'Chief Executive') ??
    people.find((p) => p.kind === PersonKind.OFFICER && idOf(p.lineManager) === null);
  if (!chief) return { bodies: 3, powers: 5, delegations: 0 };
  const byCode = (code: string) => directorates.find((d) => d.code === code);
  const asc = byCode('ASC');
  const res = byCode('RES');
  const children = new Map<number | null, Service[]>();
  for (const s of services) {
    const parent = idOf(s.parent);
    const list = children.get(parent);
    if (list) list.push(s);
    else children.set(parent, [s]);
  }
  const ownerOf = (s: Service) => idOf(s.accountableOwner);
  const ascTeams = asc ? services.filter((s) => idOf(s.directorate) === asc.id && s.parent !== null) : [];
  const ascTop = asc ? (children.get(null) ?? []).filter((s) => idOf(s.directorate) === asc.id) : [];

  // Deliberate problems, chosen deterministically.
  const withoutPower = options.problems ? ascTeams[ascTeams.length - 1] : undefined;
  const unowned = options.problems ? services.find((s) => s.parent !== null && idOf(s.directorate) === byCode('CS')?.id) : undefined;

  const drafts: Draft[] = [];
  let n = 0;
  const add = (d: Omit<Draft, 'ref'>, prefix: string) => {
    const draft = { ...d, ref: `${prefix}${++n}` };
    drafts.push(draft);
    return draft;
  };
  const COUNCIL = { kind: DelegationScopeKind.COUNCIL, id: null };
  const dirScope = (d: Directorate) => ({ kind: DelegationScopeKind.DIRECTORATE, id: d.id });
  const svcScope = (s: Service) => ({ kind: DelegationScopeKind.SERVICE, id: s.id });

  // Service management, down the line.
  const ceManage = add({ power: powers.manage, fromBody: bodies.cabinet, toPersonId: chief.id, scope: COUNCIL, maySubDelegate: true }, 'M');
  const walk = (parentDraft: Draft, list: Service[]) => {
    for (const s of list) {
      const owner = ownerOf(s);
      if (owner === null || s === withoutPower) continue;
      const d = add(
        {
          power: powers.manage,
          parent: parentDraft,
          toPersonId: owner,
          scope: svcScope(s),
          maySubDelegate: (children.get(s.id) ?? []).length > 0,
        },
        'M',
      );
      walk(d, children.get(s.id) ?? []);
    }
  };
  for (const dir of directorates) {
    const director = idOf(dir.director);
    if (director === null) continue;
    const d = add({ power: powers.manage, parent: ceManage, toPersonId: director, scope: dirScope(dir), maySubDelegate: true }, 'M');
    walk(
      d,
      (children.get(null) ?? []).filter((s) => idOf(s.directorate) === dir.id),
    );
  }

  // Adult social care: Cabinet → portfolio holder → DASS → heads of service → team managers.
  const holder = roles.find((r) => r.portfolio?.getEntity().name === 'Adult Social Care');
  const dass = asc ? idOf(asc.director) : null;
  if (asc && holder && dass !== null) {
    const phId = idOf(holder.person)!;
    const phCare = add(
      {
        power: powers.care,
        fromBody: bodies.cabinet,
        toPersonId: phId,
        scope: dirScope(asc),
        maySubDelegate: true,
        conditions: 'Within the Adult Social Care budget approved by Full Council.',
      },
      'C',
    );
    const dassCare = add(
      { power: powers.care, parent: phCare, toPersonId: dass, scope: dirScope(asc), financialLimit: 500_000, maySubDelegate: true },
      'C',
    );
    const headOf = new Map<number, Draft>();
    for (const s of ascTop) {
      const owner = ownerOf(s);
      if (owner === null) continue;
      headOf.set(
        s.id,
        add(
          { power: powers.care, parent: dassCare, toPersonId: owner, scope: svcScope(s), financialLimit: 100_000, maySubDelegate: true },
          'C',
        ),
      );
    }
    for (const t of ascTeams) {
      if (t === withoutPower) continue;
      let top: Service | undefined = t;
      while (top && top.parent !== null) top = services.find((x) => x.id === idOf(top!.parent));
      const parent = top ? headOf.get(top.id) : undefined;
      const owner = ownerOf(t);
      if (!parent || owner === null || owner === parent.toPersonId) continue;
      add(
        {
          power: powers.care,
          parent,
          toPersonId: owner,
          scope: svcScope(t),
          financialLimit: 20_000,
          maySubDelegate: false,
          conditions: 'Packages within the published usual price; anything above goes to the head of service.',
        },
        'C',
      );
    }
    const phCommission = add(
      { power: powers.commission, fromBody: bodies.cabinet, toPersonId: phId, scope: dirScope(asc), maySubDelegate: true },
      'R',
    );
    add(
      {
        power: powers.commission,
        parent: phCommission,
        toPersonId: dass,
        scope: dirScope(asc),
        financialLimit: 2_000_000,
        maySubDelegate: false,
        conditions: 'After a procurement compliant with the Contract Procedure Rules.',
      },
      'R',
    );

    if (options.problems) {
      // A decision-maker outside the line: the DASS lets a Resources head of service approve packages in an ASC service.
      const resHead = res
        ? (children.get(null) ?? [])
            .filter((s) => idOf(s.directorate) === res.id)
            .map(ownerOf)
            .find((o) => o !== null && o !== idOf(council.miResponsible))
        : undefined;
      const first = ascTop[0];
      if (resHead !== undefined && resHead !== null && first) {
        add(
          {
            power: powers.care,
            parent: dassCare,
            toPersonId: resHead,
            scope: svcScope(first),
            financialLimit: 10_000,
            maySubDelegate: false,
            conditions: 'Financial assessments only.',
          },
          'C',
        );
      }
      // An out-of-scope sub-delegation: a head of service passes the power on over the whole directorate, above their own limit.
      const withTeams = ascTop.find((s) => (children.get(s.id) ?? []).some((t) => t !== withoutPower));
      const head = withTeams ? headOf.get(withTeams.id) : undefined;
      const teamIds = new Set((withTeams ? (children.get(withTeams.id) ?? []) : []).map((t) => t.id));
      const owners = new Set(services.map(ownerOf));
      const staff = people.find((p) => teamIds.has(idOf(p.service) ?? -1) && !owners.has(p.id));
      if (head && staff) {
        add(
          { power: powers.care, parent: head, toPersonId: staff.id, scope: dirScope(asc), financialLimit: 150_000, maySubDelegate: false },
          'C',
        );
      }
    }
  }
  // Budget virements: Full Council → chief executive → director of resources.
  const ceVirement = add(
    { power: powers.virement, fromBody: bodies.council, toPersonId: chief.id, scope: COUNCIL, maySubDelegate: true },
    'V',
  );
  if (res && idOf(res.director) !== null)
    add(
      {
        power: powers.virement,
        parent: ceVirement,
        toPersonId: idOf(res.director)!,
        scope: dirScope(res),
        financialLimit: 250_000,
        maySubDelegate: false,
      },
      'V',
    );

  // Insert level by level so every parent has its id.
  const depth = (d: Draft) => {
    let k = 0;
    for (let p = d.parent; p; p = p.parent) k++;
    return k;
  };
  const levels: Draft[][] = [];
  for (const d of drafts) {
    const k = depth(d);
    levels[k] ??= [];
    levels[k].push(d);
  }
  for (const level of levels) {
    for (const d of level) {
      d.row = em.create(Delegation, {
        council: council.id,
        power: d.power,
        fromBody: d.fromBody ?? null,
        fromPerson: d.parent ? d.parent.toPersonId : null,
        toPerson: d.toPersonId,
        scopeKind: d.scope.kind,
        scopeDirectorate: d.scope.kind === DelegationScopeKind.DIRECTORATE ? d.scope.id : null,
        scopeService: d.scope.kind === DelegationScopeKind.SERVICE ? d.scope.id : null,
        financialLimit: d.financialLimit ?? null,
        conditions: d.conditions ?? null,
        maySubDelegate: d.maySubDelegate,
        parent: d.parent?.row ?? null,
        effectiveFrom: SCHEME_START,
        ref: d.ref,
      });
    }
    await em.flush();
  }
  if (unowned) await em.nativeUpdate(Service, { id: unowned.id }, { accountableOwner: null });
  return { bodies: 3, powers: 5, delegations: drafts.length };
}
