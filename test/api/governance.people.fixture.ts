import { expect } from 'vitest';
import { Council, CouncillorRole, CouncillorRoleKind, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import { errorCode, type Client, type GqlResult, type TestServer } from '../testkit/index.js';

/** The people the governance roles and scrutiny tests sign in as, in the demo council (Suffolk) and another. */
export const SUFFOLK = 'E10000029';
export const OTHER = 'E10000017';

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

type Gql = Client['gql'];

export interface Viewers {
  councilId: string;
  councilDbId: number;
  admin: Client;
  otherAdmin: Client;
  /** The chief executive (head of paid service): not an administrator. */
  chiefExecutive: Client;
  /** An officer who manages nobody, owns no service and directs no directorate. */
  officer: Client;
  officerId: string;
  anonymous: Gql;
  partner: Gql;
}

export async function viewers(server: TestServer): Promise<Viewers> {
  const em = server.em();
  const council = await em.findOneOrFail(Council, { gssCode: SUFFOLK });
  const admin = await server.adminOf(SUFFOLK);
  const otherAdmin = await server.adminOf(OTHER);
  const ceo = await em.findOneOrFail(Person, { council: council.id, jobTitle: 'Chief Executive' });
  const people = await em.find(
    Person,
    { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
    { orderBy: { id: 'desc' } },
  );
  const managers = new Set(people.map((p) => p.lineManager?.id).filter((id) => id !== undefined));
  const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
  const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
  const plain = people.find((p) => !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id) && p.name !== 'Test Administrator')!;
  const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
    input: { councilId: gid('Council', council.id), name: 'Governance tests' },
  });
  const secret = key.data.createApiKey.secret as string;
  return {
    councilId: gid('Council', council.id),
    councilDbId: council.id,
    admin,
    otherAdmin,
    chiefExecutive: await server.signIn(ceo.email!),
    officer: await server.signIn(plain.email!),
    officerId: gid('Person', plain.id),
    anonymous: (q, v) => server.gql(q, v),
    partner: (q, v, h) => server.gql(q, v, { 'x-api-key': secret, ...h }),
  };
}

/** A councillor of the demo council holding a current role of this kind (with an e-mail to sign in with). */
export async function councillorWith(server: TestServer, role: CouncillorRoleKind, skip: number[] = []) {
  const em = server.em();
  const council = await em.findOneOrFail(Council, { gssCode: SUFFOLK });
  const roles = await em.find(
    CouncillorRole,
    { council: council.id, role, endsOn: null },
    { populate: ['person'], orderBy: { id: 'asc' } },
  );
  const r = roles.find((x) => x.person.getEntity().email && !skip.includes(x.person.id))!;
  const person = r.person.getEntity();
  return {
    client: await server.signIn(person.email!),
    dbId: person.id,
    personId: gid('Person', person.id),
    ward: r.ward,
    committeeId: r.committee ? gid('DecisionBody', r.committee.id) : null,
    portfolioId: r.portfolio ? gid('Portfolio', r.portfolio.id) : null,
  };
}

/** The data of a call that must succeed. */
export async function ok(gql: Gql, query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data;
}

/** A call that must be refused with `code` (and, for BAD_USER_INPUT, naming `field`). */
export async function refused(
  gql: Gql,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field?: string,
): Promise<GqlResult> {
  const res = await gql(query, variables);
  expect(errorCode(res), JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors![0]!.extensions!.field).toBe(field);
  return res;
}

/** Refused to each outsider: anonymous (UNAUTHENTICATED), a partner key, another council's administrator (FORBIDDEN). */
export async function refusedToOutsiders(v: Viewers, query: string, variables: Record<string, unknown>): Promise<void> {
  await refused(v.anonymous, query, variables, 'UNAUTHENTICATED');
  await refused(v.partner, query, variables, 'FORBIDDEN');
  await refused(v.otherAdmin.gql, query, variables, 'FORBIDDEN');
}

export const AUDIT = `query($c: ID!, $id: ID) {
  auditEvents(councilId: $c, entityId: $id, first: 50) { nodes { action operation entityType before after } }
}`;
