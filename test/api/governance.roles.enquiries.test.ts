import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, CouncillorRole, CouncillorRoleKind, Person, Service } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import {
  AUDIT,
  councillorWith,
  gid,
  ok,
  refused,
  refusedToOutsiders,
  SUFFOLK,
  viewers,
  type Viewers,
} from './governance.people.fixture.js';

const ENQUIRY = `id version ward subject raisedOn responseDue respondedOn outcome status overdue councillor { id } service { id }`;
const CREATE = `mutation($i: CreateWardEnquiryInput!) { createWardEnquiry(input: $i) { wardEnquiry { ${ENQUIRY} } } }`;
const UPDATE = `mutation($i: UpdateWardEnquiryInput!) { updateWardEnquiry(input: $i) { wardEnquiry { ${ENQUIRY} } } }`;
const RESPOND = `mutation($i: RespondToWardEnquiryInput!) { respondToWardEnquiry(input: $i) { wardEnquiry { ${ENQUIRY} } } }`;
const LIST = `query($c: ID!, $ward: String, $s: ID, $overdue: Boolean) {
  wardEnquiries(councilId: $c, ward: $ward, serviceId: $s, overdue: $overdue, first: 100) { totalCount nodes { id } }
}`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on WardEnquiry { subject } } }`;

describe.each(dialects())('ward casework on %s', (dialect) => {
  let server: TestServer;
  let v: Viewers;
  let ward: string;
  let wardCouncillor: Client;
  let wardCouncillorId: string;
  let elsewhere: Client;
  let serviceId: string;
  let owner: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    v = await viewers(server);
    const mine = await councillorWith(server, CouncillorRoleKind.WARD_COUNCILLOR);
    ward = mine.ward!;
    wardCouncillor = mine.client;
    wardCouncillorId = mine.personId;
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: SUFFOLK });
    const others = await em.find(
      CouncillorRole,
      { council: council.id, role: CouncillorRoleKind.WARD_COUNCILLOR, ward: { $ne: ward } },
      { populate: ['person'] },
    );
    elsewhere = await server.signIn(others.find((r) => r.person.getEntity().email)!.person.getEntity().email!);
    const services = await em.find(Service, { council: council.id, accountableOwner: { $ne: null } }, { orderBy: { id: 'asc' } });
    const owners = await em.find(Person, { id: { $in: services.map((s) => s.accountableOwner!.id) }, email: { $ne: null } });
    const owned = services.find((s) => owners.some((o) => o.id === s.accountableOwner!.id))!;
    serviceId = gid('Service', owned.id);
    owner = await server.signIn(owners.find((o) => o.id === owned.accountableOwner!.id)!.email!);
  });
  afterAll(async () => server?.close());

  const enquiry = (over: Record<string, unknown> = {}) => ({
    councilId: v.councilId,
    ward,
    serviceId,
    subject: 'Carers in the ward waited six weeks for an assessment',
    raisedOn: '2025-05-01',
    responseDue: '2025-05-15',
    ...over,
  });

  it('lets a ward councillor record an enquiry as themselves, correct it, and the service answer it; each change audited', async () => {
    const e = (await ok(wardCouncillor.gql, CREATE, { i: enquiry() })).createWardEnquiry.wardEnquiry;
    expect(e).toMatchObject({
      ward,
      status: 'OPEN',
      overdue: true,
      councillor: { id: wardCouncillorId },
      service: { id: serviceId },
      respondedOn: null,
    });
    const fixed = (await ok(wardCouncillor.gql, UPDATE, { i: { id: e.id, version: e.version, responseDue: '2099-01-01' } }))
      .updateWardEnquiry.wardEnquiry;
    expect(fixed).toMatchObject({ responseDue: '2099-01-01', overdue: false, version: e.version + 1 });
    await refused(wardCouncillor.gql, UPDATE, { i: { id: e.id, version: e.version, subject: 'Stale' } }, 'CONFLICT');

    await refused(
      owner.gql,
      RESPOND,
      { i: { id: e.id, version: fixed.version, status: 'RESPONDED', respondedOn: '2025-05-10' } },
      'BAD_USER_INPUT',
      'outcome',
    );
    await refused(
      owner.gql,
      RESPOND,
      { i: { id: e.id, version: fixed.version, status: 'RESPONDED', outcome: 'Seen' } },
      'BAD_USER_INPUT',
      'respondedOn',
    );
    const answer = { id: e.id, version: fixed.version, status: 'RESPONDED', respondedOn: '2025-05-10', outcome: 'Assessment booked' };
    await refused(owner.gql, RESPOND, { i: { ...answer, respondedOn: '2025-04-30' } }, 'BAD_USER_INPUT', 'respondedOn');
    await refused(v.officer.gql, RESPOND, { i: answer }, 'FORBIDDEN');
    await refused(wardCouncillor.gql, RESPOND, { i: answer }, 'FORBIDDEN');
    await refusedToOutsiders(v, RESPOND, { i: answer });
    const answered = (await ok(owner.gql, RESPOND, { i: answer })).respondToWardEnquiry.wardEnquiry;
    expect(answered).toMatchObject({ status: 'RESPONDED', respondedOn: '2025-05-10', outcome: 'Assessment booked', overdue: false });
    const closed = (await ok(v.admin.gql, RESPOND, { i: { ...answer, version: answered.version, status: 'CLOSED' } })).respondToWardEnquiry;
    expect(closed.wardEnquiry.status).toBe('CLOSED');

    const events = (await ok(v.admin.gql, AUDIT, { c: v.councilId, id: e.id })).auditEvents.nodes;
    expect(events.map((x: any) => x.operation)).toEqual([
      'respondToWardEnquiry',
      'respondToWardEnquiry',
      'updateWardEnquiry',
      'createWardEnquiry',
    ]);
    expect(events[3]).toMatchObject({ action: 'CREATE', entityType: 'WardEnquiry', after: { ward, status: 'OPEN' } });
  });

  it('lists casework per ward, per service and overdue, to the council only', async () => {
    const late = (await ok(wardCouncillor.gql, CREATE, { i: enquiry({ subject: 'Day centre transport' }) })).createWardEnquiry.wardEnquiry;
    const due = (await ok(v.admin.gql, CREATE, { i: enquiry({ councillorId: wardCouncillorId, responseDue: '2099-12-31' }) }))
      .createWardEnquiry.wardEnquiry;
    const ids = async (client: Client['gql'], vars: Record<string, unknown>) =>
      (await ok(client, LIST, { c: v.councilId, ...vars })).wardEnquiries.nodes.map((n: any) => n.id);
    expect(await ids(v.officer.gql, { ward })).toEqual(expect.arrayContaining([late.id, due.id]));
    expect(await ids(v.officer.gql, { s: serviceId, overdue: true })).toContain(late.id);
    expect(await ids(v.officer.gql, { s: serviceId, overdue: true })).not.toContain(due.id);
    expect(await ids(v.officer.gql, { overdue: false })).toContain(due.id);
    expect(await ids(v.officer.gql, { ward: 'No Such Ward' })).toEqual([]);
    for (const outsider of [v.anonymous, v.partner, v.otherAdmin.gql]) {
      expect((await ok(outsider, LIST, { c: v.councilId })).wardEnquiries.totalCount).toBe(0);
      expect((await ok(outsider, NODE, { id: late.id })).node).toBeNull();
    }
    expect((await ok(v.officer.gql, NODE, { id: late.id })).node).toEqual({ id: late.id, subject: 'Day centre transport' });
  });

  it('refuses enquiries of another ward, for another councillor, and bad input', async () => {
    await refused(elsewhere.gql, CREATE, { i: enquiry() }, 'FORBIDDEN');
    await refused(v.officer.gql, CREATE, { i: enquiry() }, 'FORBIDDEN');
    await refusedToOutsiders(v, CREATE, { i: enquiry() });
    await refused(v.admin.gql, CREATE, { i: enquiry() }, 'BAD_USER_INPUT', 'councillorId');
    await refused(v.admin.gql, CREATE, { i: enquiry({ councillorId: v.officerId }) }, 'BAD_USER_INPUT', 'councillorId');
    await refused(wardCouncillor.gql, CREATE, { i: enquiry({ responseDue: '2025-04-30' }) }, 'BAD_USER_INPUT', 'responseDue');
    await refused(wardCouncillor.gql, CREATE, { i: enquiry({ raisedOn: 'yesterday' }) }, 'BAD_USER_INPUT', 'raisedOn');
    await refused(wardCouncillor.gql, CREATE, { i: enquiry({ subject: '   ' }) }, 'BAD_USER_INPUT', 'subject');
    await refused(wardCouncillor.gql, CREATE, { i: enquiry({ serviceId: gid('Service', 999999) }) }, 'BAD_USER_INPUT', 'serviceId');
    const e = (await ok(wardCouncillor.gql, CREATE, { i: enquiry() })).createWardEnquiry.wardEnquiry;
    await refused(elsewhere.gql, UPDATE, { i: { id: e.id, version: e.version, subject: 'Mine now' } }, 'FORBIDDEN');
    await refused(v.otherAdmin.gql, UPDATE, { i: { id: e.id, version: e.version, subject: 'Mine now' } }, 'FORBIDDEN');
  });
});
