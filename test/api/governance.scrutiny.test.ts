import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Council,
  CouncillorRole,
  CouncillorRoleKind,
  DecisionBody,
  DecisionBodyKind,
  Indicator,
  Priority,
  Service,
} from '@goldenthread/db';
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

const TOPIC = `id version title reason reasonNote health status plannedFor committee { id } service { id } priority { id } indicator { id }
  partnerBody { id name }`;
const CREATE_TOPIC = `mutation($i: CreateScrutinyTopicInput!) { createScrutinyTopic(input: $i) { topic { ${TOPIC} } } }`;
const UPDATE_TOPIC = `mutation($i: UpdateScrutinyTopicInput!) { updateScrutinyTopic(input: $i) { topic { ${TOPIC} } } }`;
const MEETING = `id version heldOn committee { id } items { id version title notes topic { id status } }`;
const CREATE_MEETING = `mutation($i: CreateScrutinyMeetingInput!) { createScrutinyMeeting(input: $i) { meeting { ${MEETING} } } }`;
const UPDATE_MEETING = `mutation($i: UpdateScrutinyMeetingInput!) { updateScrutinyMeeting(input: $i) { meeting { ${MEETING} } } }`;
const ADD_ITEM = `mutation($i: AddScrutinyMeetingItemInput!) {
  addScrutinyMeetingItem(input: $i) { item { id version title meeting { id } } }
}`;
const REMOVE_ITEM = `mutation($id: ID!, $v: Int) { removeScrutinyMeetingItem(id: $id, version: $v) { removedId } }`;
const REC = `id version text madeOn responseDue response respondedOn responseText unanswered topic { id } meeting { id }`;
const MAKE = `mutation($i: MakeScrutinyRecommendationInput!) { makeScrutinyRecommendation(input: $i) { recommendation { ${REC} } } }`;
const UPDATE_REC = `mutation($i: UpdateScrutinyRecommendationInput!) {
  updateScrutinyRecommendation(input: $i) { recommendation { ${REC} } }
}`;
const RESPOND = `mutation($i: RespondToScrutinyRecommendationInput!) {
  respondToScrutinyRecommendation(input: $i) { recommendation { ${REC} } }
}`;
const PROGRAMME = `query($c: ID!, $k: ID) { scrutinyWorkProgramme(councilId: $c, committeeId: $k) {
  committees { committee { id name } topics { id status } meetings { id items { title } } recommendations { id response } } } }`;

describe.each(dialects())('scrutiny work programme on %s', (dialect) => {
  let server: TestServer;
  let v: Viewers;
  let member: Client;
  let committeeId: string;
  let otherMember: Client;
  let otherCommitteeId: string;
  let executiveId: string;
  let leader: Client;
  let serviceId: string;
  let priorityId: string;
  let indicatorId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    v = await viewers(server);
    const m = await councillorWith(server, CouncillorRoleKind.SCRUTINY_MEMBER);
    member = m.client;
    committeeId = m.committeeId!;
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: SUFFOLK });
    const others = await em.find(
      CouncillorRole,
      { council: council.id, role: CouncillorRoleKind.SCRUTINY_MEMBER },
      { populate: ['person'] },
    );
    const other = others.find(
      (r) => gid('DecisionBody', r.committee!.id) !== committeeId && r.person.getEntity().email && r.person.id !== m.dbId,
    )!;
    otherMember = await server.signIn(other.person.getEntity().email!);
    otherCommitteeId = gid('DecisionBody', other.committee!.id);
    executiveId = gid('DecisionBody', (await em.findOneOrFail(DecisionBody, { council: council.id, kind: DecisionBodyKind.EXECUTIVE })).id);
    leader = (await councillorWith(server, CouncillorRoleKind.LEADER)).client;
    serviceId = gid('Service', (await em.findOneOrFail(Service, { council: council.id }, { orderBy: { id: 'asc' } })).id);
    priorityId = gid('Priority', (await em.findOneOrFail(Priority, { council: council.id }, { orderBy: { id: 'asc' } })).id);
    indicatorId = gid('Indicator', (await em.findOneOrFail(Indicator, { council: null }, { orderBy: { id: 'asc' } })).id);
  });
  afterAll(async () => server?.close());

  const topic = (over: Record<string, unknown> = {}) => ({
    councilId: v.councilId,
    committeeId,
    title: 'Why are reablement outcomes in the bottom quartile?',
    reason: 'BOTTOM_QUARTILE',
    serviceId,
    ...over,
  });

  it('keeps topics: created by a committee member, public in the programme, changed and moved forward only; audited', async () => {
    const t = (
      await ok(member.gql, CREATE_TOPIC, { i: topic({ reasonNote: 'Bottom quartile three years running', plannedFor: '2025-07-01' }) })
    ).createScrutinyTopic.topic;
    expect(t).toMatchObject({
      status: 'PLANNED',
      health: false,
      committee: { id: committeeId },
      service: { id: serviceId },
      plannedFor: '2025-07-01',
    });
    const seen = (await ok(v.anonymous, PROGRAMME, { c: v.councilId, k: committeeId })).scrutinyWorkProgramme.committees;
    expect(seen).toHaveLength(1);
    expect(seen[0].topics).toContainEqual({ id: t.id, status: 'PLANNED' });
    const all = (await ok(v.partner, PROGRAMME, { c: v.councilId })).scrutinyWorkProgramme.committees.map((c: any) => c.committee.id);
    expect(all).toEqual(expect.arrayContaining([committeeId, otherCommitteeId]));

    await refused(member.gql, UPDATE_TOPIC, { i: { id: t.id, version: t.version, status: 'COMPLETE' } }, 'BAD_USER_INPUT', 'status');
    const started = (
      await ok(member.gql, UPDATE_TOPIC, { i: { id: t.id, version: t.version, status: 'IN_PROGRESS', priorityId, indicatorId } })
    ).updateScrutinyTopic.topic;
    expect(started).toMatchObject({
      status: 'IN_PROGRESS',
      priority: { id: priorityId },
      indicator: { id: indicatorId },
      version: t.version + 1,
    });
    await refused(member.gql, UPDATE_TOPIC, { i: { id: t.id, version: t.version, title: 'Stale' } }, 'CONFLICT');
    await refused(member.gql, UPDATE_TOPIC, { i: { id: t.id, version: started.version, status: 'PLANNED' } }, 'BAD_USER_INPUT', 'status');
    const done = (
      await ok(member.gql, UPDATE_TOPIC, { i: { id: t.id, version: started.version, status: 'COMPLETE', title: 'Reablement' } })
    ).updateScrutinyTopic.topic;
    expect(done).toMatchObject({ status: 'COMPLETE', title: 'Reablement' });
    await refused(member.gql, UPDATE_TOPIC, { i: { id: t.id, version: done.version, status: 'DROPPED' } }, 'BAD_USER_INPUT', 'status');
    const dropped = (await ok(member.gql, CREATE_TOPIC, { i: topic() })).createScrutinyTopic.topic;
    expect(
      (await ok(member.gql, UPDATE_TOPIC, { i: { id: dropped.id, version: dropped.version, status: 'DROPPED' } })).updateScrutinyTopic.topic
        .status,
    ).toBe('DROPPED');

    const events = (await ok(v.admin.gql, AUDIT, { c: v.councilId, id: t.id })).auditEvents.nodes;
    expect(events.map((e: any) => e.operation)).toEqual(['updateScrutinyTopic', 'updateScrutinyTopic', 'createScrutinyTopic']);
    expect(events[0]).toMatchObject({
      entityType: 'ScrutinyTopic',
      before: { status: 'IN_PROGRESS' },
      after: { status: 'COMPLETE', title: 'Reablement' },
    });
  });

  it('refuses topics to other committees, plain officers and outsiders, and bad input', async () => {
    await refused(otherMember.gql, CREATE_TOPIC, { i: topic() }, 'FORBIDDEN');
    await refused(v.officer.gql, CREATE_TOPIC, { i: topic() }, 'FORBIDDEN');
    await refused(leader.gql, CREATE_TOPIC, { i: topic() }, 'FORBIDDEN');
    await refusedToOutsiders(v, CREATE_TOPIC, { i: topic() });
    await refused(v.otherAdmin.gql, CREATE_TOPIC, { i: topic({ committeeId: 'not-an-id' }) }, 'FORBIDDEN');
    await refused(member.gql, CREATE_TOPIC, { i: topic({ serviceId: null }) }, 'BAD_USER_INPUT', 'priorityId');
    await refused(v.admin.gql, CREATE_TOPIC, { i: topic({ committeeId: executiveId }) }, 'BAD_USER_INPUT', 'committeeId');
    await refused(member.gql, CREATE_TOPIC, { i: topic({ title: ' ' }) }, 'BAD_USER_INPUT', 'title');
    await refused(member.gql, CREATE_TOPIC, { i: topic({ plannedFor: '2025-13-01' }) }, 'BAD_USER_INPUT', 'plannedFor');
    await refused(member.gql, CREATE_TOPIC, { i: topic({ serviceId: gid('Service', 999999) }) }, 'BAD_USER_INPUT', 'serviceId');
    const t = (await ok(member.gql, CREATE_TOPIC, { i: topic() })).createScrutinyTopic.topic;
    await refused(otherMember.gql, UPDATE_TOPIC, { i: { id: t.id, version: t.version, title: 'Ours now' } }, 'FORBIDDEN');
    await refused(member.gql, UPDATE_TOPIC, { i: { id: t.id, version: t.version, serviceId: null } }, 'BAD_USER_INPUT', 'priorityId');
  });

  it('records meetings (a scrutiny officer may) and the items they take; a planned topic taken is in progress', async () => {
    const input = { councilId: v.councilId, committeeId, heldOn: '2025-07-01', items: [] as unknown[] };
    await refused(v.officer.gql, CREATE_MEETING, { i: input }, 'FORBIDDEN');
    await ok(v.admin.gql, `mutation($i: CreateStaffRoleInput!) { createStaffRole(input: $i) { staffRole { id } } }`, {
      i: { councilId: v.councilId, personId: v.officerId, kind: 'SCRUTINY_OFFICER', startsOn: '2025-01-01' },
    });
    const t = (await ok(member.gql, CREATE_TOPIC, { i: topic() })).createScrutinyTopic.topic;
    const m = (
      await ok(v.officer.gql, CREATE_MEETING, {
        i: { ...input, items: [{ topicId: t.id }, { title: 'Work programme review', notes: 'Agreed' }] },
      })
    ).createScrutinyMeeting.meeting;
    expect(m.items).toMatchObject([
      { title: t.title, topic: { id: t.id, status: 'IN_PROGRESS' } },
      { title: 'Work programme review', notes: 'Agreed', topic: null },
    ]);
    const theirs = (await ok(otherMember.gql, CREATE_TOPIC, { i: topic({ committeeId: otherCommitteeId }) })).createScrutinyTopic.topic;
    await refused(
      v.officer.gql,
      CREATE_MEETING,
      { i: { ...input, items: [{ topicId: theirs.id }] } },
      'BAD_USER_INPUT',
      'items[0].topicId',
    );
    await refused(v.officer.gql, CREATE_MEETING, { i: { ...input, items: [{ notes: 'x' }] } }, 'BAD_USER_INPUT', 'items[0].title');
    await refused(v.officer.gql, CREATE_MEETING, { i: { ...input, heldOn: '1 July' } }, 'BAD_USER_INPUT', 'heldOn');
    await refused(otherMember.gql, CREATE_MEETING, { i: input }, 'FORBIDDEN');
    await refusedToOutsiders(v, CREATE_MEETING, { i: input });

    const item = (await ok(member.gql, ADD_ITEM, { i: { meetingId: m.id, title: 'Any other business' } })).addScrutinyMeetingItem.item;
    expect(item).toMatchObject({ title: 'Any other business', meeting: { id: m.id } });
    await refused(otherMember.gql, ADD_ITEM, { i: { meetingId: m.id, title: 'Ours' } }, 'FORBIDDEN');
    await refused(member.gql, REMOVE_ITEM, { id: item.id, v: item.version + 1 }, 'CONFLICT');
    expect((await ok(member.gql, REMOVE_ITEM, { id: item.id, v: item.version })).removeScrutinyMeetingItem.removedId).toBe(item.id);
    const moved = (await ok(member.gql, UPDATE_MEETING, { i: { id: m.id, version: m.version, heldOn: '2025-07-08' } }))
      .updateScrutinyMeeting.meeting;
    expect(moved).toMatchObject({ heldOn: '2025-07-08', version: m.version + 1 });
    expect(moved.items).toHaveLength(2);
    await refused(member.gql, UPDATE_MEETING, { i: { id: m.id, version: m.version, heldOn: '2025-07-09' } }, 'CONFLICT');
    const programme = (await ok(v.anonymous, PROGRAMME, { c: v.councilId, k: committeeId })).scrutinyWorkProgramme.committees[0];
    expect(programme.meetings).toContainEqual({ id: m.id, items: [{ title: t.title }, { title: 'Work programme review' }] });
  });

  it("records recommendations and the executive's response, given once and corrected with its version", async () => {
    const t = (await ok(member.gql, CREATE_TOPIC, { i: topic() })).createScrutinyTopic.topic;
    const rec = { councilId: v.councilId, committeeId, text: 'Fund two more reablement workers', madeOn: '2025-03-14', topicId: t.id };
    await refused(member.gql, MAKE, { i: { ...rec, responseDue: '2025-03-13' } }, 'BAD_USER_INPUT', 'responseDue');
    await refused(member.gql, MAKE, { i: { ...rec, text: '' } }, 'BAD_USER_INPUT', 'text');
    await refused(otherMember.gql, MAKE, { i: rec }, 'FORBIDDEN');
    await refused(leader.gql, MAKE, { i: rec }, 'FORBIDDEN');
    await refusedToOutsiders(v, MAKE, { i: rec });
    const r = (await ok(member.gql, MAKE, { i: rec })).makeScrutinyRecommendation.recommendation;
    expect(r).toMatchObject({ responseDue: '2025-05-14', response: null, unanswered: true, topic: { id: t.id } });
    const edited = (await ok(member.gql, UPDATE_REC, { i: { id: r.id, version: r.version, text: 'Fund three more reablement workers' } }))
      .updateScrutinyRecommendation.recommendation;

    const answer = { id: r.id, response: 'ACCEPTED', respondedOn: '2025-05-01', text: 'Funded from the Better Care Fund.' };
    await refused(member.gql, RESPOND, { i: answer }, 'FORBIDDEN');
    await refused(v.officer.gql, RESPOND, { i: answer }, 'FORBIDDEN');
    await refusedToOutsiders(v, RESPOND, { i: answer });
    await refused(leader.gql, RESPOND, { i: { ...answer, respondedOn: '2025-03-13' } }, 'BAD_USER_INPUT', 'respondedOn');
    await refused(leader.gql, RESPOND, { i: { ...answer, text: ' ' } }, 'BAD_USER_INPUT', 'text');
    const given = (await ok(leader.gql, RESPOND, { i: answer })).respondToScrutinyRecommendation.recommendation;
    expect(given).toMatchObject({ response: 'ACCEPTED', respondedOn: '2025-05-01', unanswered: false, version: edited.version + 1 });
    await refused(v.chiefExecutive.gql, RESPOND, { i: { ...answer, response: 'REJECTED' } }, 'CONFLICT');
    await refused(v.chiefExecutive.gql, RESPOND, { i: { ...answer, version: edited.version, response: 'REJECTED' } }, 'CONFLICT');
    const corrected = (await ok(v.chiefExecutive.gql, RESPOND, { i: { ...answer, version: given.version, response: 'PARTLY_ACCEPTED' } }))
      .respondToScrutinyRecommendation.recommendation;
    expect(corrected).toMatchObject({ response: 'PARTLY_ACCEPTED', version: given.version + 1 });
    const programme = (await ok(v.anonymous, PROGRAMME, { c: v.councilId, k: committeeId })).scrutinyWorkProgramme.committees[0];
    expect(programme.recommendations).toContainEqual({ id: r.id, response: 'PARTLY_ACCEPTED' });
    const events = (await ok(v.admin.gql, AUDIT, { c: v.councilId, id: r.id })).auditEvents.nodes;
    expect(events[0]).toMatchObject({
      operation: 'respondToScrutinyRecommendation',
      before: { response: 'ACCEPTED' },
      after: { response: 'PARTLY_ACCEPTED' },
    });
  });

  it("answers for unknown committees and another council's records as for unknown ids", async () => {
    await refused(v.anonymous, PROGRAMME, { c: v.councilId, k: gid('DecisionBody', 999999) }, 'BAD_USER_INPUT', 'committeeId');
    await refused(
      member.gql,
      MAKE,
      { i: { councilId: v.councilId, committeeId, text: 'x', madeOn: '2025-01-01', meetingId: gid('ScrutinyMeeting', 999999) } },
      'BAD_USER_INPUT',
      'meetingId',
    );
  });

  it('serves the whole programme in the same number of statements however many records it holds', async () => {
    const DEEP = `query($c: ID!) { scrutinyWorkProgramme(councilId: $c) { committees { committee { name }
      topics { title service { name } priority { name } indicator { title } partnerBody { name }
        items { meeting { heldOn } } recommendations { id } }
      meetings { heldOn items { title topic { title status } } }
      recommendations { text topic { title } meeting { heldOn } } } } }`;
    const count = async () => (await server.countStatements(() => ok(v.anonymous, DEEP, { c: v.councilId }))).count;
    const before = await count();
    expect(before).toBeGreaterThan(5); // the programme's five reads and one batch a level below
    for (let i = 0; i < 4; i++) {
      const t = (await ok(member.gql, CREATE_TOPIC, { i: topic({ title: `Topic ${i}`, priorityId }) })).createScrutinyTopic.topic;
      const m = (
        await ok(member.gql, CREATE_MEETING, {
          i: { councilId: v.councilId, committeeId, heldOn: `2025-0${i + 1}-10`, items: [{ topicId: t.id }] },
        })
      ).createScrutinyMeeting.meeting;
      await ok(member.gql, MAKE, {
        i: { councilId: v.councilId, committeeId, text: `Recommendation ${i}`, madeOn: '2025-06-01', topicId: t.id, meetingId: m.id },
      });
    }
    expect(await count()).toBe(before);
  });
});
