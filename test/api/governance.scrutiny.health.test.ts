import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, CouncillorRoleKind, Indicator, Service } from '@goldenthread/db';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';
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

const BODY = `id version name kind odsCode`;
const CREATE_BODY = `mutation($i: CreatePartnerBodyInput!) { createPartnerBody(input: $i) { partnerBody { ${BODY} } } }`;
const UPDATE_BODY = `mutation($i: UpdatePartnerBodyInput!) { updatePartnerBody(input: $i) { partnerBody { ${BODY} } } }`;
const DELETE_BODY = `mutation($id: ID!, $v: Int) { deletePartnerBody(id: $id, version: $v) { removedId } }`;
const MARK = `mutation($i: MarkHealthInterfaceInput!) {
  markHealthInterface(input: $i) { healthInterface { id version note service { id } indicator { id } partnerBody { id } } }
}`;
const UNMARK = `mutation($id: ID!, $v: Int) { unmarkHealthInterface(id: $id, version: $v) { removedId } }`;
const CREATE_TOPIC = `mutation($i: CreateScrutinyTopicInput!) {
  createScrutinyTopic(input: $i) { topic { id health partnerBody { id } } }
}`;
const COUNCIL = `query($c: ID!, $s: ID!, $i: ID!) {
  council(id: $c) { partnerBodies { id name scrutinyTopics { id } healthInterfaces { id } } healthInterfaces { id } }
  service(id: $s) { healthInterface { id } }
  indicator(id: $i) { healthInterface(councilId: $c) { id } }
}`;

describe.each(dialects())('health scrutiny on %s', (dialect) => {
  let server: TestServer;
  let v: Viewers;
  let serviceId: string;
  let indicatorId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    v = await viewers(server);
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: SUFFOLK });
    serviceId = gid('Service', (await em.findOneOrFail(Service, { council: council.id }, { orderBy: { id: 'desc' } })).id);
    indicatorId = gid('Indicator', (await em.findOneOrFail(Indicator, { council: null }, { orderBy: { id: 'desc' } })).id);
  });
  afterAll(async () => server?.close());

  const icb = () => ({ councilId: v.councilId, name: 'Suffolk and North East Essex ICB', kind: 'INTEGRATED_CARE_BOARD', odsCode: ' qjg ' });

  it('keeps partner bodies (public), marks the health interface, and refuses what is in use; audited', async () => {
    const b = (await ok(v.admin.gql, CREATE_BODY, { i: icb() })).createPartnerBody.partnerBody;
    expect(b).toMatchObject({ kind: 'INTEGRATED_CARE_BOARD', odsCode: 'QJG' });
    await refused(v.admin.gql, CREATE_BODY, { i: icb() }, 'BAD_USER_INPUT', 'name');
    await refused(v.admin.gql, CREATE_BODY, { i: { ...icb(), name: 'Trust', odsCode: 'not a code' } }, 'BAD_USER_INPUT', 'odsCode');
    const renamed = (await ok(v.chiefExecutive.gql, UPDATE_BODY, { i: { id: b.id, version: b.version, name: 'SNEE ICB', odsCode: null } }))
      .updatePartnerBody.partnerBody;
    expect(renamed).toMatchObject({ name: 'SNEE ICB', odsCode: null, version: b.version + 1 });
    await refused(v.admin.gql, UPDATE_BODY, { i: { id: b.id, version: b.version, name: 'Stale' } }, 'CONFLICT');

    const s = (await ok(v.admin.gql, MARK, { i: { councilId: v.councilId, serviceId, partnerBodyId: b.id, note: 'Hospital discharge' } }))
      .markHealthInterface.healthInterface;
    expect(s).toMatchObject({ service: { id: serviceId }, indicator: null, partnerBody: { id: b.id }, note: 'Hospital discharge' });
    const i = (await ok(v.admin.gql, MARK, { i: { councilId: v.councilId, indicatorId } })).markHealthInterface.healthInterface;
    await refused(v.admin.gql, MARK, { i: { councilId: v.councilId, serviceId } }, 'BAD_USER_INPUT', 'serviceId');
    await refused(v.admin.gql, MARK, { i: { councilId: v.councilId, serviceId, indicatorId } }, 'BAD_USER_INPUT', 'serviceId');
    await refused(v.admin.gql, MARK, { i: { councilId: v.councilId } }, 'BAD_USER_INPUT', 'serviceId');

    const member = await councillorWith(server, CouncillorRoleKind.SCRUTINY_CHAIR);
    const t = (
      await ok(member.client.gql, CREATE_TOPIC, {
        i: {
          councilId: v.councilId,
          committeeId: member.committeeId,
          title: 'Delayed discharges',
          reason: 'PUBLIC_CONCERN',
          partnerBodyId: b.id,
        },
      })
    ).createScrutinyTopic.topic;
    expect(t).toMatchObject({ health: true, partnerBody: { id: b.id } });

    const seen = await ok(v.anonymous, COUNCIL, { c: v.councilId, s: serviceId, i: indicatorId });
    expect(seen.council.partnerBodies).toContainEqual({
      id: b.id,
      name: 'SNEE ICB',
      scrutinyTopics: [{ id: t.id }],
      healthInterfaces: [{ id: s.id }],
    });
    expect(seen.council.healthInterfaces.map((h: any) => h.id)).toEqual(expect.arrayContaining([s.id, i.id]));
    expect(seen.service.healthInterface).toEqual({ id: s.id });
    expect(seen.indicator.healthInterface).toEqual({ id: i.id });

    await refused(v.admin.gql, DELETE_BODY, { id: b.id, v: renamed.version }, 'CONFLICT');
    await refused(v.admin.gql, UNMARK, { id: i.id, v: i.version + 1 }, 'CONFLICT');
    expect((await ok(v.admin.gql, UNMARK, { id: i.id, v: i.version })).unmarkHealthInterface.removedId).toBe(i.id);
    const spare = (await ok(v.admin.gql, CREATE_BODY, { i: { ...icb(), name: 'Felixstowe Community Health Trust', kind: 'NHS_TRUST' } }))
      .createPartnerBody.partnerBody;
    expect((await ok(v.admin.gql, DELETE_BODY, { id: spare.id, v: spare.version })).deletePartnerBody.removedId).toBe(spare.id);
    const events = (await ok(v.admin.gql, AUDIT, { c: v.councilId, id: spare.id })).auditEvents.nodes;
    expect(events.map((e: any) => e.action)).toEqual(['DELETE', 'CREATE']);
  });

  it('lets scrutiny officers record them, and refuses plain officers, councillors and outsiders', async () => {
    const body = { ...icb(), name: 'Waveney Community Care Trust', kind: 'NHS_TRUST', odsCode: 'RZZ' };
    await refused(v.officer.gql, CREATE_BODY, { i: body }, 'FORBIDDEN');
    const member = await councillorWith(server, CouncillorRoleKind.SCRUTINY_MEMBER);
    await refused(member.client.gql, CREATE_BODY, { i: body }, 'FORBIDDEN');
    await refusedToOutsiders(v, CREATE_BODY, { i: body });
    await refusedToOutsiders(v, MARK, { i: { councilId: v.councilId, serviceId } });
    await ok(v.admin.gql, `mutation($i: CreateStaffRoleInput!) { createStaffRole(input: $i) { staffRole { id } } }`, {
      i: { councilId: v.councilId, personId: v.officerId, kind: 'SCRUTINY_OFFICER', startsOn: '2025-01-01' },
    });
    const b = (await ok(v.officer.gql, CREATE_BODY, { i: body })).createPartnerBody.partnerBody;
    await refusedToOutsiders(v, UPDATE_BODY, { i: { id: b.id, version: b.version, name: 'Ours' } });
    await refusedToOutsiders(v, DELETE_BODY, { id: b.id, v: b.version });
    await refused(member.client.gql, DELETE_BODY, { id: b.id, v: b.version }, 'FORBIDDEN');
    expect((await ok(v.officer.gql, DELETE_BODY, { id: b.id, v: b.version })).deletePartnerBody.removedId).toBe(b.id);
  });
});
