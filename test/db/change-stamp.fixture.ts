/**
 * The rows test/db/change-stamp.test.ts writes: for each stamped table a new row of a council (`FIXTURES`),
 * and the parent rows of a council they hang from (`parents`).
 */
import {
  Council,
  CouncillorRole,
  CouncillorRoleKind,
  CouncilType,
  DecisionBody,
  DecisionBodyKind,
  DecisionPower,
  Delegation,
  DelegationScopeKind,
  Directorate,
  Indicator,
  IndicatorFramework,
  IndicatorOwnership,
  Objective,
  Person,
  Service,
  Target,
  type Em,
} from '@goldenthread/db';

export type Row = Record<string, unknown>;
type EntityClass = abstract new (...args: never[]) => object;

/** The rows of one council every fixture hangs its test rows from. */
export interface Parents {
  council: number;
  directorate: number;
  service: number;
  person: number;
  body: number;
  power: number;
  indicator: number;
}

let serial = 0;
const next = () => ++serial;

/**
 * For each stamped table: its entity and the data of a new row of the council (unique each call).
 * A table added to CHANGE_STAMPED_TABLES needs an entry here (a test checks).
 */
export const FIXTURES: Record<string, { entity: EntityClass; row: (em: Em, p: Parents) => Promise<Row> }> = {
  // A council's own stamp is its id: the new council is given one, so its stamp can be read before it exists.
  council: {
    entity: Council,
    row: async () => ({
      id: 1_000_000 + next(),
      gssCode: `T${String(serial).padStart(8, '0')}`,
      name: `Test council ${serial}`,
      type: CouncilType.UA,
      region: 'Test',
    }),
  },
  directorate: { entity: Directorate, row: async (_, p) => ({ council: p.council, name: `Directorate ${next()}` }) },
  service: { entity: Service, row: async (_, p) => ({ council: p.council, directorate: p.directorate, name: `Service ${next()}` }) },
  person: { entity: Person, row: async (_, p) => ({ council: p.council, name: `Person ${next()}`, email: `p${serial}@stamp.test` }) },
  councillor_role: {
    entity: CouncillorRole,
    row: async (_, p) => ({ council: p.council, person: p.person, role: CouncillorRoleKind.WARD_COUNCILLOR, ward: `Ward ${next()}` }),
  },
  decision_body: {
    entity: DecisionBody,
    row: async (_, p) => ({ council: p.council, name: `Body ${next()}`, kind: DecisionBodyKind.COMMITTEE }),
  },
  decision_power: {
    entity: DecisionPower,
    row: async (_, p) => ({ council: p.council, name: `Power ${next()}`, kind: 'TEST', sourceBody: p.body }),
  },
  delegation: {
    entity: Delegation,
    row: async (_, p) => ({
      council: p.council,
      power: p.power,
      fromBody: p.body,
      toPerson: p.person,
      scopeKind: DelegationScopeKind.COUNCIL,
      effectiveFrom: '2024-04-01',
      ref: `D${next()}`,
    }),
  },
  objective: {
    entity: Objective,
    row: async (_, p) => ({ council: p.council, service: p.service, name: `Objective ${next()}`, period: '2024-25' }),
  },
  target: { entity: Target, row: async (_, p) => ({ council: p.council, indicator: p.indicator, period: `T${next()}`, value: 1 }) },
  // One owner row per council and indicator: each test row gets an indicator of its own (made before the stamp is read).
  indicator_ownership: {
    entity: IndicatorOwnership,
    row: async (em, p) => ({ council: p.council, indicator: await em.insert(Indicator, indicatorRow(p.council)) }),
  },
  indicator: { entity: Indicator, row: async (_, p) => indicatorRow(p.council) },
};

export function indicatorRow(council: number | null) {
  const now = new Date();
  return { framework: IndicatorFramework.LOCAL, code: `S${next()}`, title: `Indicator ${serial}`, council, createdAt: now, updatedAt: now };
}

/** A council with one row of each parent kind, for the fixtures to hang from. */
export async function parents(e: Em, gssCode: string): Promise<Parents> {
  const council = e.create(Council, { gssCode, name: `Council ${gssCode}`, type: CouncilType.CTY, region: 'Test' });
  const directorate = e.create(Directorate, { council, name: 'Adult Social Care' });
  const service = e.create(Service, { council, directorate, name: 'Reablement' });
  const person = e.create(Person, { council, name: 'Officer' });
  const body = e.create(DecisionBody, { council, name: 'Cabinet', kind: DecisionBodyKind.EXECUTIVE });
  const power = e.create(DecisionPower, { council, name: 'Approve care packages', kind: 'CARE_PACKAGE', sourceBody: body });
  const indicator = e.create(Indicator, { framework: IndicatorFramework.LOCAL, code: 'L1', title: 'Local', council });
  await e.flush();
  return {
    council: council.id,
    directorate: directorate.id,
    service: service.id,
    person: person.id,
    body: body.id,
    power: power.id,
    indicator: indicator.id,
  };
}
