import { expect } from 'vitest';
import type { TestServer } from '../testkit/index.js';

/** Anything that sends GraphQL: the server (anonymous) or a signed-in client. */
export type Caller = Pick<TestServer, 'gql'>;

/** Runs an operation that must succeed and returns its data. */
export async function ok(server: Caller, query: string, variables?: Record<string, unknown>): Promise<any> {
  const r = await server.gql(query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
}

export interface SmallCouncil {
  councilId: string;
  directorateId: string;
  homeCareId: string;
  northId: string;
  people: Record<'chief' | 'director' | 'head' | 'manager' | 'staff' | 'outsider', string>;
  cabinetId: string;
  powerId: string;
  delegations: Record<'chief' | 'director' | 'head' | 'manager', string>;
}

/**
 * A small clean council built through the API, whose scheme raises no finding once the MI manager is
 * set: Chief → Director (Adult Social Care) → Head (Home Care) → Manager (Home Care North team) →
 * Staff; Outsider reports to the chief and works in Resources. "Approve care packages" (Cabinet,
 * £100,000) goes Cabinet → Chief (council) → Director (directorate, £50,000) → Head (Home Care,
 * £20,000) → Manager (Home Care North, £5,000, may not sub-delegate).
 */
export async function buildSmallCouncil(server: Caller, gssCode: string): Promise<SmallCouncil> {
  const councilId = (await ok(server, `query($g: String!) { council(gssCode: $g) { id } }`, { g: gssCode })).council.id;
  const person = async (name: string, lineManagerId: string | null, extra: Record<string, unknown> = {}) =>
    (
      await ok(server, `mutation($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }`, {
        i: { councilId, name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@${gssCode.toLowerCase()}.test`, lineManagerId, ...extra },
      })
    ).createPerson.person.id as string;
  const chief = await person('Cara Chief', null);
  const director = await person('Dan Director', chief);
  const directorateId = (
    await ok(server, `mutation($i: CreateDirectorateInput!) { createDirectorate(input: $i) { directorate { id } } }`, {
      i: { councilId, name: 'Adult Social Care', code: 'ASC', directorId: director },
    })
  ).createDirectorate.directorate.id;
  const resources = (
    await ok(server, `mutation($i: CreateDirectorateInput!) { createDirectorate(input: $i) { directorate { id } } }`, {
      i: { councilId, name: 'Resources', code: 'RES' },
    })
  ).createDirectorate.directorate.id;
  const head = await person('Hana Head', director);
  const manager = await person('Tom Team', head);
  const service = async (name: string, accountableOwnerId: string, parentId: string | null) =>
    (
      await ok(server, `mutation($i: CreateServiceInput!) { createService(input: $i) { service { id } } }`, {
        i: { directorateId, name, accountableOwnerId, parentId },
      })
    ).createService.service.id as string;
  const homeCareId = await service('Home Care', head, null);
  const northId = await service('Home Care North', manager, homeCareId);
  const staff = await person('Sam Staff', manager, { serviceId: northId });
  const outsider = await person('Olu Outsider', chief, { directorateId: resources });
  const cabinetId = (
    await ok(server, `mutation($i: CreateDecisionBodyInput!) { createDecisionBody(input: $i) { body { id } } }`, {
      i: { councilId, name: 'Cabinet', kind: 'EXECUTIVE' },
    })
  ).createDecisionBody.body.id;
  const powerId = (
    await ok(server, `mutation($i: CreateDecisionPowerInput!) { createDecisionPower(input: $i) { power { id } } }`, {
      i: { councilId, name: 'Approve care packages', kind: 'CARE_PACKAGE', sourceBodyId: cabinetId, financialLimit: 100000 },
    })
  ).createDecisionPower.power.id;
  const d1 = (
    await ok(server, `mutation($i: DelegateInput!) { delegate(input: $i) { delegation { id } } }`, {
      i: {
        powerId,
        fromBodyId: cabinetId,
        toPersonId: chief,
        scope: { kind: 'COUNCIL' },
        maySubDelegate: true,
        effectiveFrom: '2025-04-01',
      },
    })
  ).delegate.delegation.id;
  const sub = async (parentId: string, toPersonId: string, scope: Record<string, unknown>, financialLimit: number, maySubDelegate = true) =>
    (
      await ok(server, `mutation($i: SubDelegateInput!) { subDelegate(input: $i) { delegation { id } } }`, {
        i: { parentId, toPersonId, scope, financialLimit, maySubDelegate, effectiveFrom: '2025-04-01' },
      })
    ).subDelegate.delegation.id as string;
  const d2 = await sub(d1, director, { kind: 'DIRECTORATE', id: directorateId }, 50000);
  const d3 = await sub(d2, head, { kind: 'SERVICE', id: homeCareId }, 20000);
  const d4 = await sub(d3, manager, { kind: 'SERVICE', id: northId }, 5000, false);
  return {
    councilId,
    directorateId,
    homeCareId,
    northId,
    people: { chief, director, head, manager, staff, outsider },
    cabinetId,
    powerId,
    delegations: { chief: d1, director: d2, head: d3, manager: d4 },
  };
}

/** The whole accountability tree, every field (rootId and maxDepth optional). */
export const TREE = `query($c: ID!, $root: ID, $depth: Int) { accountabilityTree(councilId: $c, rootId: $root, maxDepth: $depth) {
  councilId asOf stats { people services delegations delegationsInForce findings critical high }
  nodes { id parentId kind name detail depth ownerId ownerName lineManagerId functionalManagerId answersFor
    delegations { delegationId role power counterpart scope financialLimit inForce }
    findings { index code severity } }
  findings { code severity message fix nodes { id type name } } } }`;

export const FINDINGS = `query($c: ID!) { accountabilityFindings(councilId: $c) { code severity message fix nodes { id type name } } }`;

export async function findings(
  server: Caller,
  councilId: string,
): Promise<Array<{ code: string; severity: string; message: string; nodes: Array<{ id: string; type: string; name: string }> }>> {
  return (await ok(server, FINDINGS, { c: councilId })).accountabilityFindings;
}

export async function versionOf(server: Caller, id: string): Promise<number> {
  return (
    await ok(
      server,
      `query($id: ID!) { node(id: $id) { ... on Service { version } ... on Council { version } ... on Delegation { version } ... on ` +
        `Person { version } } }`,
      { id },
    )
  ).node.version;
}
