/**
 * Loads one council's scheme of delegation and organisation as plain rows, in a fixed number of flat
 * statements whatever the council's size, and builds the domain snapshot the accountability rules
 * work on. Rows come back through portable SQL (no entity hydration): a 20,000-person council is
 * read in a few tens of milliseconds.
 */
import type { Em } from '@goldenthread/db';
import {
  buildAccountabilityIndex,
  hasLeftBy,
  type AccountabilityIndex,
  type AccountabilityIndicator,
  type AccountabilityServiceItem,
  type AccountabilitySnapshot,
  type DecisionBodyKind,
  type DelegationRow,
  type DelegationScopeKind,
} from '@goldenthread/domain';

export interface CouncilRow {
  id: number;
  name: string;
  gssCode: string;
  miResponsibleId: number | null;
  version: number;
}
export interface DirectorateRow {
  id: number;
  name: string;
  code: string | null;
  directorId: number | null;
}
export interface ServiceRow {
  id: number;
  name: string;
  kind: string;
  directorateId: number;
  parentId: number | null;
  accountableOwnerId: number | null;
}
export interface PersonRow {
  id: number;
  /** Not left the council as at the scheme's date (person.left_on unset or later). */
  active: boolean;
  leftOn: string | null;
  name: string;
  email: string | null;
  jobTitle: string | null;
  kind: string;
  councilId: number;
  directorateId: number | null;
  serviceId: number | null;
  lineManagerId: number | null;
  functionalManagerId: number | null;
}
export interface BodyRow {
  id: number;
  name: string;
  kind: DecisionBodyKind;
}
export interface PowerRow {
  id: number;
  name: string;
  kind: string;
  sourceBodyId: number;
  financialLimit: number | null;
}
export interface SchemeDelegationRow extends DelegationRow {
  ref: string | null;
  version: number;
}

/** Everything the accountability queries need about one council. */
export interface CouncilScheme {
  council: CouncilRow;
  directorates: DirectorateRow[];
  services: ServiceRow[];
  people: PersonRow[];
  /** Councillor roles: person id -> role kinds (LEADER, PORTFOLIO_HOLDER ...). */
  roles: Map<number, string[]>;
  bodies: BodyRow[];
  powers: PowerRow[];
  delegations: SchemeDelegationRow[];
  snapshot: AccountabilitySnapshot;
  index: AccountabilityIndex;
}

/** Today as an ISO date (UTC). */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}

type Raw = Record<string, unknown>;

const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't' || v === 'true';

/**
 * The statements the accountability queries send, in order: the benchmark times exactly these.
 * Dates are cast to text so both dialects return 'YYYY-MM-DD'.
 */
export const SCHEME_SQL = {
  council: 'select id, name, gss_code, mi_responsible_id, version from council where id = ?',
  directorates: 'select id, name, code, director_id from directorate where council_id = ? order by name, id',
  services: 'select id, name, kind, directorate_id, parent_id, accountable_owner_id from service where council_id = ? order by name, id',
  people:
    'select id, name, email, job_title, kind, council_id, directorate_id, service_id, line_manager_id, functional_manager_id, ' +
    'cast(left_on as char(10)) as left_on from person where council_id = ? order by name, id',
  roles: 'select person_id, role from councillor_role where council_id = ? order by id',
  bodies: 'select id, name, kind from decision_body where council_id = ? order by id',
  powers: 'select id, name, kind, source_body_id, financial_limit from decision_power where council_id = ? order by name, id',
  delegations:
    'select id, version, ref, power_id, from_body_id, from_person_id, to_person_id, scope_kind, scope_directorate_id, scope_service_id, ' +
    'financial_limit, conditions, may_sub_delegate, parent_id, ' +
    'cast(effective_from as char(10)) as effective_from, cast(effective_to as char(10)) as effective_to, cast(revoked_on as char(10)) as ' +
    'revoked_on from delegation where council_id = ? order by id',
} as const;

async function rows(em: Em, sql: string, params: unknown[]): Promise<Raw[]> {
  return em.getConnection().execute<Raw[]>(sql, params, 'all', em.getTransactionContext());
}

/**
 * Objectives and targets of the council's services with who owns them (an objective's owner, the
 * person who set a target), for BLURRED_ACCOUNTABILITY: one flat statement per kind.
 */
export async function loadServiceItems(em: Em, councilId: number): Promise<AccountabilityServiceItem[]> {
  const conn = em.getConnection();
  const ctx = em.getTransactionContext();
  const [objectives, targets] = await Promise.all([
    conn.execute<Raw[]>('select id, name, service_id, owner_id from objective where council_id = ?', [councilId], 'all', ctx),
    conn.execute<Raw[]>(
      'select t.id, i.title, t.period, t.service_id, t.set_by_id from target t join indicator i on i.id = t.indicator_id where ' +
        't.council_id = ? and t.service_id is not null',
      [councilId],
      'all',
      ctx,
    ),
  ]);
  return [
    ...objectives.map((r) => ({
      kind: 'Objective' as const,
      id: num(r.id),
      name: String(r.name),
      serviceId: num(r.service_id),
      ownerId: numOrNull(r.owner_id),
    })),
    ...targets.map((r) => ({
      kind: 'Target' as const,
      id: num(r.id),
      name: `${String(r.title)} (${String(r.period)})`,
      serviceId: num(r.service_id),
      ownerId: numOrNull(r.set_by_id),
    })),
  ];
}

/**
 * Indicators the council uses, with their data owners, for DATA_OWNER_MISSING: its local indicators,
 * those it has set targets for, and those it has recorded ownership of. One flat statement.
 */
export async function loadIndicatorsInUse(em: Em, councilId: number): Promise<AccountabilityIndicator[]> {
  const rows = await em.getConnection().execute<Raw[]>(
    `select i.id, i.title, o.data_owner_id
       from indicator i
       left join indicator_ownership o on o.indicator_id = i.id and o.council_id = ?
      where i.council_id = ?
         or o.id is not null
         or exists (select 1 from target t where t.indicator_id = i.id and t.council_id = ?)
      order by i.id`,
    [councilId, councilId, councilId],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => ({ id: num(r.id), name: String(r.title), dataOwnerId: numOrNull(r.data_owner_id) }));
}

function delegationFromRaw(r: Raw, councilId: number): SchemeDelegationRow {
  const kind = String(r.scope_kind) as DelegationScopeKind;
  return {
    id: num(r.id),
    version: num(r.version),
    ref: strOrNull(r.ref),
    powerId: num(r.power_id),
    fromBodyId: numOrNull(r.from_body_id),
    fromPersonId: numOrNull(r.from_person_id),
    toPersonId: num(r.to_person_id),
    scope: {
      kind,
      id: kind === 'COUNCIL' ? councilId : kind === 'DIRECTORATE' ? numOrNull(r.scope_directorate_id) : numOrNull(r.scope_service_id),
    },
    financialLimit: numOrNull(r.financial_limit),
    conditions: strOrNull(r.conditions),
    maySubDelegate: bool(r.may_sub_delegate),
    parentId: numOrNull(r.parent_id),
    effectiveFrom: String(r.effective_from),
    effectiveTo: strOrNull(r.effective_to),
    revokedOn: strOrNull(r.revoked_on),
  };
}

/** The council's whole scheme (null if the council does not exist), in a constant number of statements. */
export async function loadCouncilScheme(em: Em, councilId: number, today: string = isoToday()): Promise<CouncilScheme | null> {
  const [councilRows, dirRaw, svcRaw, peopleRaw, roleRaw, bodyRaw, powerRaw, delRaw, serviceItems, indicatorsInUse] = await Promise.all([
    rows(em, SCHEME_SQL.council, [councilId]),
    rows(em, SCHEME_SQL.directorates, [councilId]),
    rows(em, SCHEME_SQL.services, [councilId]),
    rows(em, SCHEME_SQL.people, [councilId]),
    rows(em, SCHEME_SQL.roles, [councilId]),
    rows(em, SCHEME_SQL.bodies, [councilId]),
    rows(em, SCHEME_SQL.powers, [councilId]),
    rows(em, SCHEME_SQL.delegations, [councilId]),
    loadServiceItems(em, councilId),
    loadIndicatorsInUse(em, councilId),
  ]);
  const c = councilRows[0];
  if (!c) return null;
  const council: CouncilRow = {
    id: num(c.id),
    name: String(c.name),
    gssCode: String(c.gss_code),
    miResponsibleId: numOrNull(c.mi_responsible_id),
    version: num(c.version),
  };
  const directorates: DirectorateRow[] = dirRaw.map((r) => ({
    id: num(r.id),
    name: String(r.name),
    code: strOrNull(r.code),
    directorId: numOrNull(r.director_id),
  }));
  const services: ServiceRow[] = svcRaw.map((r) => ({
    id: num(r.id),
    name: String(r.name),
    kind: String(r.kind),
    directorateId: num(r.directorate_id),
    parentId: numOrNull(r.parent_id),
    accountableOwnerId: numOrNull(r.accountable_owner_id),
  }));
  const people: PersonRow[] = peopleRaw.map((r) => ({
    id: num(r.id),
    active: !hasLeftBy(strOrNull(r.left_on), today),
    leftOn: strOrNull(r.left_on),
    name: String(r.name),
    email: strOrNull(r.email),
    jobTitle: strOrNull(r.job_title),
    kind: String(r.kind),
    councilId: num(r.council_id),
    directorateId: numOrNull(r.directorate_id),
    serviceId: numOrNull(r.service_id),
    lineManagerId: numOrNull(r.line_manager_id),
    functionalManagerId: numOrNull(r.functional_manager_id),
  }));
  const roles = new Map<number, string[]>();
  for (const r of roleRaw) {
    const id = num(r.person_id);
    const list = roles.get(id);
    if (list) list.push(String(r.role));
    else roles.set(id, [String(r.role)]);
  }
  const bodies: BodyRow[] = bodyRaw.map((r) => ({ id: num(r.id), name: String(r.name), kind: String(r.kind) as DecisionBodyKind }));
  const powers: PowerRow[] = powerRaw.map((r) => ({
    id: num(r.id),
    name: String(r.name),
    kind: String(r.kind),
    sourceBodyId: num(r.source_body_id),
    financialLimit: numOrNull(r.financial_limit),
  }));
  const delegations = delRaw.map((r) => delegationFromRaw(r, council.id));

  const snapshot: AccountabilitySnapshot = {
    council: { id: council.id, name: council.name, miResponsibleId: council.miResponsibleId },
    today,
    directorates: directorates.map((d) => ({ id: d.id, name: d.name, directorId: d.directorId })),
    services,
    people,
    bodies,
    powers,
    delegations,
    serviceItems,
    indicatorsInUse,
  };
  return {
    council,
    directorates,
    services,
    people,
    roles,
    bodies,
    powers,
    delegations,
    snapshot,
    index: buildAccountabilityIndex(snapshot),
  };
}
