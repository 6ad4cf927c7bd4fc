/**
 * The shared set-up of the golden-thread mutation tests (cascade.mutations*.test.ts): a demo server
 * per dialect, the records the tests name, and the mutation helpers. The records are live bindings:
 * `useMutationsFixture(dialect)` fills them in its beforeAll, so a test file imports them by name.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { Council, type Dialect, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import { type Client, errorCode, type GqlResult, startTestServer, type TestServer } from '../testkit/index.js';

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
export const dbId = (id: string) => Number(Buffer.from(id, 'base64url').toString('utf8').split(':')[1]);
export const YEAR = '2025-26';

/** A refused write: BAD_USER_INPUT naming the field. */
export function refused(res: GqlResult, field: string, text?: string): void {
  expect(res.errors, JSON.stringify(res.data)).toBeDefined();
  expect(errorCode(res)).toBe('BAD_USER_INPUT');
  expect(res.errors![0]!.extensions!.field).toBe(field);
  if (text) expect(res.errors![0]!.message).toContain(text);
}

export const P_FIELDS =
  'id name level status agreedOn communicatedOn version parentId isNonPriority nonPriorityReason origin nationalAgenda budget fte owner ' +
  '{ id } directorate { id } service { id }';

export let server: TestServer;
export let suffolk: Council;
export let councilId: string;
export let otherCouncilId: string;
export let asc: Directorate;
export let cs: Directorate;
export let reablement: Service;
export let carers: Service;
export let director: Person;
export let officer: Person;
export let otherPerson: Person;
export let councillor: Person;

// An administrator of the demo council: may change every record of the golden thread there.
export let admin: Client;
// An administrator of another council, for records of that council.
export let otherAdmin: Client;

export const gql = (query: string, variables?: Record<string, unknown>) => admin.gql(query, variables);
export const createPriority = (input: Record<string, unknown>) =>
  gql(`mutation($input: CreatePriorityInput!) { createPriority(input: $input) { priority { ${P_FIELDS} } } }`, { input });
export const createForeignPriority = (input: Record<string, unknown>) =>
  otherAdmin.gql(`mutation($input: CreatePriorityInput!) { createPriority(input: $input) { priority { ${P_FIELDS} } } }`, { input });
export const updatePriority = (input: Record<string, unknown>) =>
  gql(`mutation($input: UpdatePriorityInput!) { updatePriority(input: $input) { priority { ${P_FIELDS} } } }`, { input });
export const deletePriority = (id: string, extra: Record<string, unknown> = {}) =>
  gql(
    `mutation($id: ID!, $version: Int, $relink: ID) { deletePriority(id: $id, version: $version, relinkObjectivesTo: $relink) { ` +
      `deletedIds relinked message } }`,
    { id, ...extra },
  );
export const createObjective = (input: Record<string, unknown>) =>
  gql(
    `mutation($input: CreateObjectiveInput!) { createObjective(input: $input) { objective { id name version period priorities { id } } ` +
      `} }`,
    { input },
  );
export const createAppraisal = (input: Record<string, unknown>) =>
  gql(
    `mutation($input: CreateAppraisalObjectiveInput!) { createAppraisalObjective(input: $input) { appraisalObjective { id name version ` +
      `agreedOn reviewedOn rating objective { id } priority { id } } } }`,
    { input },
  );
export const recordCommunication = (input: Record<string, unknown>) =>
  gql(
    `mutation($input: RecordCommunicationInput!) { recordCommunication(input: $input) { communication { id date channel groups { kind ` +
      `name } priorities { id } } } }`,
    { input },
  );
export const count = (entity: any, where: Record<string, unknown> = {}) => server.em().count(entity, where);

/** A corporate -> directorate pair of YEAR, for tests that need a small cascade. */
export async function pair(name: string): Promise<{ corporate: any; directorate: any }> {
  const corporate = (
    await createPriority({
      councilId,
      level: 'CORPORATE',
      name: `${name} (corporate)`,
      period: YEAR,
      ownerId: gid('Person', director.id),
      budget: 1000,
    })
  ).data.createPriority.priority;
  const directorate = (
    await createPriority({
      councilId,
      level: 'DIRECTORATE',
      name: `${name} (ASC)`,
      period: YEAR,
      parentId: corporate.id,
      directorateId: gid('Directorate', asc.id),
      ownerId: gid('Person', director.id),
    })
  ).data.createPriority.priority;
  return { corporate, directorate };
}

/** Starts the demo server of `dialect` before the file's tests and closes it after them. */
export function useMutationsFixture(dialect: Dialect): void {
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    admin = await server.adminOf('E10000029');
    otherAdmin = await server.adminOf('E06000001');
    const em = server.em();
    suffolk = await em.findOneOrFail(Council, { gssCode: 'E10000029' });
    councilId = gid('Council', suffolk.id);
    otherCouncilId = gid('Council', (await em.findOneOrFail(Council, { gssCode: 'E06000001' })).id);
    asc = await em.findOneOrFail(Directorate, { council: suffolk.id, code: 'ASC' });
    cs = await em.findOneOrFail(Directorate, { council: suffolk.id, code: 'CS' });
    reablement = await em.findOneOrFail(Service, { council: suffolk.id, name: 'Reablement and Intermediate Care' });
    carers = await em.findOneOrFail(Service, { council: suffolk.id, name: "Carers' Support" });
    director = await em.findOneOrFail(Person, { id: asc.director!.id });
    officer = await em.findOneOrFail(Person, { council: suffolk.id, service: reablement.id }, { orderBy: { id: 'asc' } });
    councillor = await em.findOneOrFail(Person, { council: suffolk.id, kind: PersonKind.COUNCILLOR }, { orderBy: { id: 'asc' } });
    const other = await em.findOneOrFail(Council, { gssCode: 'E06000001' });
    otherPerson = em.create(Person, { council: other, name: 'Olive Other' });
    await em.flush();
  });
  afterAll(async () => {
    await server?.close();
  });
}
