import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BestValueRecommendation, BestValueReview, Complaint, DecisionBody, ScrutinyRecommendation } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type TestServer } from '../testkit/index.js';
import { gid, type RiskViewers, riskViewers } from './governance.risks.fixture.js';

const ACTION = `id version title description due status droppedReason completedOn source riskId ownerId serviceId findingCode findingKey
  owner { name } service { name } risk { reference } updates { on text by { name } }`;
const CREATE = `mutation($input: CreateActionInput!) { createAction(input: $input) { action { ${ACTION} } } }`;
const UPDATE = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { ${ACTION} } } }`;
const MOVE = `mutation($input: MoveActionInput!) { moveAction(input: $input) { action { ${ACTION} } } }`;
const NOTE = `mutation($input: AddActionUpdateInput!) {
  addActionUpdate(input: $input) { update { id on text by { name } } action { version } } }`;
const CREATE_RISK = `mutation($input: CreateRiskInput!) { createRisk(input: $input) { risk { id } } }`;
const LIST = `query($c: ID!, $owner: ID, $mine: Boolean, $overdue: Boolean, $source: ActionSource, $status: ActionStatus, $asOf: String) {
  actions(councilId: $c, ownerId: $owner, mine: $mine, overdue: $overdue, source: $source, status: $status, asOf: $asOf) {
    totalCount nodes { title } } }`;
const RISK_ACTIONS = `query($id: ID!) { node(id: $id) { ... on Risk { actions { totalCount nodes { title status } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Action { title } ... on ActionUpdate { text } } }`;
const EVENTS = `query($c: ID!, $id: ID) {
  auditEvents(councilId: $c, entityId: $id, first: 20) { nodes { action operation entityType before after } } }`;

const today = new Date().toISOString().slice(0, 10);
const codeAndField = (r: any) => [errorCode(r), r.errors?.[0]?.extensions?.field];

describe.each(dialects())('actions on %s', (dialect) => {
  let server: TestServer;
  let v: RiskViewers;
  let riskId: string;
  let mitigation: any;
  let other: any;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    v = await riskViewers(server);
    const risk = await v.riskManager.gql(CREATE_RISK, {
      input: {
        councilId: v.councilId,
        reference: 'ASC-07',
        title: 'Reablement capacity',
        directorateId: v.ids.directorate,
        serviceId: v.ids.serviceA,
        inherentLikelihood: 4,
        inherentImpact: 4,
        residualLikelihood: 4,
        residualImpact: 4,
      },
    });
    riskId = risk.data.createRisk.risk.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("lets a risk manager add a risk's mitigation, about the risk's service by default", async () => {
    const input = {
      councilId: v.councilId,
      title: 'Recruit 6 reablement workers',
      source: 'RISK_MITIGATION',
      riskId,
      ownerId: v.ids.riskOwner,
      due: '2020-03-31',
    };
    const res = await v.riskManager.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    mitigation = res.data.createAction.action;
    expect(mitigation).toMatchObject({
      status: 'OPEN',
      source: 'RISK_MITIGATION',
      riskId,
      risk: { reference: 'ASC-07' },
      service: { name: 'Reablement' },
      owner: { name: 'Risk Owner' },
      version: 1,
    });
  });

  it("lets a service's line add an action about the service", async () => {
    const input = {
      councilId: v.councilId,
      title: 'Review day care transport',
      source: 'OTHER',
      serviceId: v.ids.serviceA,
      ownerId: v.ids.ownerA,
      due: '2099-01-01',
    };
    const res = await v.ownerA.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    other = res.data.createAction.action;
    const finding = {
      councilId: v.councilId,
      title: 'Give the service an owner',
      source: 'FINDING',
      findingCode: 'UNOWNED_SERVICE',
      findingKey: 'Service:1',
    };
    const made = await v.admin.gql(CREATE, { input: finding });
    expect(made.errors).toBeUndefined();
    expect(made.data.createAction.action).toMatchObject({ findingCode: 'UNOWNED_SERVICE', findingKey: 'Service:1', ownerId: null });
  });

  it("refuses outsiders, a plain officer, another service's owner and a councillor", async () => {
    const input = { councilId: v.councilId, title: 'Sneaky', source: 'OTHER', serviceId: v.ids.serviceA };
    expect(errorCode(await server.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(CREATE, { input }, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    expect(errorCode(await v.otherAdmin.gql(CREATE, { input }))).toBe('FORBIDDEN');
    const plain = await v.plain.gql(CREATE, { input: { ...input, ownerId: v.ids.plain } });
    expect(errorCode(plain)).toBe('FORBIDDEN');
    expect(plain.errors![0]!.message).toMatch(/You may not add this action/);
    expect(errorCode(await v.ownerB.gql(CREATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await v.councillor.gql(CREATE, { input }))).toBe('FORBIDDEN');
    const update = { input: { id: mitigation.id, version: mitigation.version, title: 'Hijacked' } };
    for (const res of [
      await v.plain.gql(UPDATE, update),
      await v.ownerB.gql(MOVE, { input: { id: mitigation.id, version: 1, status: 'DONE' } }),
    ]) {
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(errorCode(await server.gql(NOTE, { input: { actionId: mitigation.id, text: 'x' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await v.otherAdmin.gql(NOTE, { input: { actionId: mitigation.id, text: 'x' } }))).toBe('FORBIDDEN');
    expect(errorCode(await v.plain.gql(NOTE, { input: { actionId: mitigation.id, text: 'x' } }))).toBe('FORBIDDEN');
  });

  it('lets the owner change it, record progress and move it: in progress, done, reopened, dropped with a reason', async () => {
    const res = await v.riskOwner.gql(UPDATE, {
      input: { id: mitigation.id, version: mitigation.version, description: 'Two rounds of recruitment' },
    });
    expect(res.errors).toBeUndefined();
    mitigation = res.data.updateAction.action;
    const note = await v.riskOwner.gql(NOTE, { input: { actionId: mitigation.id, text: 'First round: 3 appointed' } });
    expect(note.errors).toBeUndefined();
    expect(note.data.addActionUpdate.update).toMatchObject({ on: today, by: { name: 'Risk Owner' } });
    mitigation.version = note.data.addActionUpdate.action.version;
    const move = async (input: Record<string, unknown>) => {
      const r = await v.riskOwner.gql(MOVE, { input: { id: mitigation.id, version: mitigation.version, ...input } });
      if (!r.errors) mitigation = r.data.moveAction.action;
      return r;
    };
    expect((await move({ status: 'IN_PROGRESS' })).errors).toBeUndefined();
    expect((await move({ status: 'DONE' })).errors).toBeUndefined();
    expect(mitigation).toMatchObject({ status: 'DONE', completedOn: today });
    expect(codeAndField(await move({ status: 'DROPPED', droppedReason: 'No longer needed' }))).toEqual(['BAD_USER_INPUT', 'status']);
    expect((await move({ status: 'OPEN' })).errors).toBeUndefined();
    expect(mitigation).toMatchObject({ status: 'OPEN', completedOn: null });
    expect(codeAndField(await move({ status: 'DROPPED' }))).toEqual(['BAD_USER_INPUT', 'droppedReason']);
    expect(codeAndField(await move({ status: 'IN_PROGRESS', completedOn: today }))).toEqual(['BAD_USER_INPUT', 'completedOn']);
    expect(codeAndField(await move({ status: 'DONE', completedOn: '2000-01-01' }))).toEqual(['BAD_USER_INPUT', 'completedOn']);
    expect((await move({ status: 'DROPPED', droppedReason: 'Agency staff instead' })).errors).toBeUndefined();
    expect(mitigation).toMatchObject({ status: 'DROPPED', droppedReason: 'Agency staff instead' });
    expect((await move({ status: 'IN_PROGRESS' })).errors).toBeUndefined();
    expect(mitigation).toMatchObject({
      status: 'IN_PROGRESS',
      droppedReason: null,
      updates: [{ text: 'First round: 3 appointed', by: { name: 'Risk Owner' } }],
    });
  });

  it('refuses a stale version with CONFLICT', async () => {
    expect(
      errorCode(await v.riskOwner.gql(UPDATE, { input: { id: mitigation.id, version: mitigation.version - 1, title: 'Stale' } })),
    ).toBe('CONFLICT');
    expect(errorCode(await v.riskOwner.gql(MOVE, { input: { id: mitigation.id, version: 1, status: 'OPEN' } }))).toBe('CONFLICT');
  });

  it('answers bad input with coded errors naming the field', async () => {
    const c = (input: Record<string, unknown>) =>
      v.admin.gql(CREATE, { input: { councilId: v.councilId, title: 'Bad', source: 'OTHER', ...input } });
    expect(codeAndField(await c({ source: 'RISK_MITIGATION' }))).toEqual(['BAD_USER_INPUT', 'riskId']);
    expect(codeAndField(await c({ source: 'RISK_MITIGATION', riskId, complaintId: gid('Complaint', 1) }))).toEqual([
      'BAD_USER_INPUT',
      'complaintId',
    ]);
    expect(codeAndField(await c({ source: 'RISK_MITIGATION', riskId: gid('Risk', 99999) }))).toEqual(['BAD_USER_INPUT', 'riskId']);
    expect(codeAndField(await c({ source: 'FINDING', findingCode: 'ACTION_OVERDUE' }))).toEqual(['BAD_USER_INPUT', 'findingKey']);
    expect(codeAndField(await c({ source: 'EXCEPTION' }))).toEqual(['BAD_USER_INPUT', 'indicatorId']);
    expect(codeAndField(await c({ ownerId: v.ids.leaver }))).toEqual(['BAD_USER_INPUT', 'ownerId']);
    expect(codeAndField(await c({ ownerId: v.ids.otherPerson }))).toEqual(['BAD_USER_INPUT', 'ownerId']);
    expect(codeAndField(await c({ due: 'next week' }))).toEqual(['BAD_USER_INPUT', 'due']);
    expect(codeAndField(await c({ title: '' }))).toEqual(['BAD_USER_INPUT', 'title']);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(codeAndField(await v.admin.gql(NOTE, { input: { actionId: other.id, text: 'Later', on: tomorrow } }))).toEqual([
      'BAD_USER_INPUT',
      'on',
    ]);
    expect(codeAndField(await v.admin.gql(NOTE, { input: { actionId: other.id, text: '  ' } }))).toEqual(['BAD_USER_INPUT', 'text']);
  });

  it("lists the council's actions: mine, an owner's, overdue, by source and status; and a risk's mitigations", async () => {
    const titles = async (client = v.councillor, vars: Record<string, unknown> = {}) =>
      (await client.gql(LIST, { c: v.councilId, ...vars })).data.actions.nodes.map((a: any) => a.title);
    expect(await titles()).toEqual(['Recruit 6 reablement workers', 'Review day care transport', 'Give the service an owner']);
    expect(await titles(v.riskOwner, { mine: true })).toEqual(['Recruit 6 reablement workers']);
    expect(await titles(v.councillor, { owner: v.ids.ownerA })).toEqual(['Review day care transport']);
    expect(await titles(v.councillor, { overdue: true })).toEqual(['Recruit 6 reablement workers']);
    expect(await titles(v.councillor, { overdue: true, asOf: '2020-03-31' })).toEqual([]);
    expect(await titles(v.councillor, { overdue: false })).toEqual(['Review day care transport', 'Give the service an owner']);
    expect(await titles(v.councillor, { source: 'FINDING' })).toEqual(['Give the service an owner']);
    expect(await titles(v.councillor, { status: 'IN_PROGRESS' })).toEqual(['Recruit 6 reablement workers']);
    expect(codeAndField(await v.councillor.gql(LIST, { c: v.councilId, overdue: true, asOf: 'today' }))).toEqual([
      'BAD_USER_INPUT',
      'asOf',
    ]);
    const risk = await v.plain.gql(RISK_ACTIONS, { id: riskId });
    expect(risk.data.node.actions).toMatchObject({
      totalCount: 1,
      nodes: [{ title: 'Recruit 6 reablement workers', status: 'IN_PROGRESS' }],
    });
  });

  it('hangs actions on the Best Value and scrutiny recommendations and complaints they come from, with the source service', async () => {
    const em = server.em();
    const review = em.create(BestValueReview, {
      council: v.councilDbId,
      title: 'Day care review',
      scope: 'All',
      startedOn: '2025-01-01',
      statusSince: '2025-01-01',
    });
    const rec = em.create(BestValueRecommendation, { review, text: 'Share transport with the NHS' });
    const serviceB = Number(Buffer.from(v.ids.serviceB, 'base64url').toString().split(':')[1]);
    const complaint = em.create(Complaint, {
      council: v.councilDbId,
      service: serviceB,
      reference: 'C-1',
      receivedOn: '2025-02-01',
      responseDue: '2025-03-01',
    });
    const committee = em.create(DecisionBody, { council: v.councilDbId, name: 'Adults Scrutiny', kind: 'COMMITTEE' });
    const scrutiny = em.create(ScrutinyRecommendation, {
      council: v.councilDbId,
      committee,
      text: 'Publish waiting times',
      madeOn: '2025-01-10',
      responseDue: '2025-03-10',
    });
    await em.flush();
    const fromScrutiny = await v.admin.gql(CREATE, {
      input: {
        councilId: v.councilId,
        title: 'Waiting times on the website',
        source: 'SCRUTINY_RECOMMENDATION',
        scrutinyRecommendationId: gid('ScrutinyRecommendation', scrutiny.id),
      },
    });
    expect(fromScrutiny.errors).toBeUndefined();
    const fromRec = await v.admin.gql(CREATE, {
      input: {
        councilId: v.councilId,
        title: 'Joint transport pilot',
        source: 'BEST_VALUE_RECOMMENDATION',
        bestValueRecommendationId: gid('BestValueRecommendation', rec.id),
      },
    });
    expect(fromRec.errors).toBeUndefined();
    const fromComplaint = await v.admin.gql(CREATE, {
      input: {
        councilId: v.councilId,
        title: 'Brief drivers on dignity',
        source: 'COMPLAINT_LESSON',
        complaintId: gid('Complaint', complaint.id),
      },
    });
    expect(fromComplaint.data.createAction.action).toMatchObject({ service: { name: 'Day Care' }, source: 'COMPLAINT_LESSON' });
    const q = `query($r: ID!, $c: ID!, $s: ID!) {
      r: node(id: $r) { ... on BestValueRecommendation { actions { nodes { title } } } }
      c: node(id: $c) { ... on Complaint { actions { nodes { title } } } }
      s: node(id: $s) { ... on ScrutinyRecommendation { actions { nodes { title } } } } }`;
    const ids = {
      r: gid('BestValueRecommendation', rec.id),
      c: gid('Complaint', complaint.id),
      s: gid('ScrutinyRecommendation', scrutiny.id),
    };
    const res = await v.admin.gql(q, ids);
    expect(res.errors).toBeUndefined();
    expect(res.data.r.actions.nodes).toEqual([{ title: 'Joint transport pilot' }]);
    expect(res.data.c.actions.nodes).toEqual([{ title: 'Brief drivers on dignity' }]);
    expect(res.data.s.actions.nodes).toEqual([{ title: 'Waiting times on the website' }]);
  });

  it("shows actions and their updates to the council's own people only", async () => {
    const update = (await v.plain.gql(`query($id: ID!) { node(id: $id) { ... on Action { updates { id } } } }`, { id: mitigation.id })).data
      .node.updates[0].id;
    const outsiders = [
      (q: string, vars: any) => server.gql(q, vars),
      (q: string, vars: any) => server.gql(q, vars, { 'x-api-key': v.partnerKey }),
      v.otherAdmin.gql,
    ];
    for (const ask of outsiders) {
      expect((await ask(LIST, { c: v.councilId })).data.actions).toMatchObject({ totalCount: 0, nodes: [] });
      expect((await ask(NODE, { id: mitigation.id })).data.node).toBeNull();
      expect((await ask(NODE, { id: update })).data.node).toBeNull();
    }
    expect((await v.councillor.gql(NODE, { id: update })).data.node).toMatchObject({ text: 'First round: 3 appointed' });
  });

  it('keeps every change in the audit trail', async () => {
    const res = await v.admin.gql(EVENTS, { c: v.councilId, id: other.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.auditEvents.nodes).toEqual([
      expect.objectContaining({ action: 'CREATE', operation: 'createAction', entityType: 'Action', before: null }),
    ]);
    const moved = await v.admin.gql(EVENTS, { c: v.councilId, id: mitigation.id });
    const drop = moved.data.auditEvents.nodes.find((e: any) => e.after?.status === 'DROPPED');
    expect(drop).toMatchObject({
      action: 'UPDATE',
      operation: 'moveAction',
      before: { status: 'OPEN' },
      after: { droppedReason: 'Agency staff instead' },
    });
  });
});
