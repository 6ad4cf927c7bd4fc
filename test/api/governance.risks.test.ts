import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Action, ActionUpdate, Risk, RiskAssessment } from '@goldenthread/db';
import { ActionSource } from '@goldenthread/domain';
import { dialects, errorCode, startTestServer, type TestServer } from '../testkit/index.js';
import { type RiskViewers, riskViewers } from './governance.risks.fixture.js';

const RISK = `id version reference title cause effect corporate directorateId serviceId servicePlanPeriod ownerId
  inherentLikelihood inherentImpact inherentScore inherentRating residualLikelihood residualImpact residualScore residualRating
  controls status reviewDue directorate { name } service { name } owner { name }
  history { assessedOn inherentScore residualLikelihood residualImpact residualScore residualRating note by { name } }`;
const CREATE = `mutation($input: CreateRiskInput!) { createRisk(input: $input) { risk { ${RISK} } } }`;
const UPDATE = `mutation($input: UpdateRiskInput!) { updateRisk(input: $input) { risk { ${RISK} } } }`;
const LIST = `query($c: ID!, $d: ID, $corporate: Boolean, $status: RiskStatus, $min: Int) {
  risks(councilId: $c, directorateId: $d, corporate: $corporate, status: $status, minResidualScore: $min) {
    totalCount nodes { reference residualScore } } }`;
const HEAT = `query($c: ID!, $scores: HeatMapScores) {
  riskHeatMap(councilId: $c, scores: $scores) { likelihood impact score band count riskIds } }`;
const NODE = `query($id: ID!) {
  node(id: $id) { id ... on Risk { reference history { id } } ... on RiskAssessment { residualScore } } }`;
const EVENTS = `query($c: ID!, $id: ID) {
  auditEvents(councilId: $c, entityId: $id, first: 20) { nodes { action operation entityType before after } } }`;

const today = new Date().toISOString().slice(0, 10);
const codeAndField = (r: any) => [errorCode(r), r.errors?.[0]?.extensions?.field];

describe.each(dialects())('risk registers on %s', (dialect) => {
  let server: TestServer;
  let v: RiskViewers;
  let corporate: any;
  let asc: any;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    v = await riskViewers(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  const base = (extra: Record<string, unknown> = {}) => ({
    councilId: v.councilId,
    reference: 'CR-01',
    title: 'Market failure in home care',
    inherentLikelihood: 4,
    inherentImpact: 5,
    residualLikelihood: 3,
    residualImpact: 5,
    ...extra,
  });

  it('lets a risk manager add a corporate risk, scored and banded, with its first assessment', async () => {
    const res = await v.riskManager.gql(CREATE, {
      input: base({
        cause: 'Providers leaving',
        effect: 'People wait in hospital',
        ownerId: v.ids.riskOwner,
        controls: 'Fee uplift; provider forum',
        reviewDue: '2030-06-30',
        assessmentNote: 'Baseline',
      }),
    });
    expect(res.errors).toBeUndefined();
    corporate = res.data.createRisk.risk;
    expect(corporate).toMatchObject({
      reference: 'CR-01',
      corporate: true,
      directorateId: null,
      inherentScore: 20,
      inherentRating: 'VERY_HIGH',
      residualScore: 15,
      residualRating: 'VERY_HIGH',
      status: 'OPEN',
      owner: { name: 'Risk Owner' },
      version: 1,
    });
    expect(corporate.history).toEqual([
      expect.objectContaining({ inherentScore: 20, residualScore: 15, note: 'Baseline', by: { name: 'Risk Manager' } }),
    ]);
  });

  it("lets the line of a service add a risk to its directorate's register, linked to the service", async () => {
    const input = base({
      reference: 'ASC-01',
      title: 'Reablement staff shortage',
      directorateId: v.ids.directorate,
      serviceId: v.ids.serviceA,
      servicePlanPeriod: '2026/27',
      residualImpact: 3,
    });
    const res = await v.ownerA.gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    asc = res.data.createRisk.risk;
    expect(asc).toMatchObject({
      corporate: false,
      directorate: { name: 'Adult Social Care' },
      service: { name: 'Reablement' },
      residualScore: 9,
      residualRating: 'MEDIUM',
    });
    const director = await v.director.gql(CREATE, {
      input: { ...input, reference: 'ASC-02', serviceId: null, servicePlanPeriod: null, residualImpact: 5 },
    });
    expect(director.errors).toBeUndefined();
  });

  it("refuses outsiders, a plain officer, another service's owner and a councillor", async () => {
    const input = base({ reference: 'X-1', directorateId: v.ids.directorate, serviceId: v.ids.serviceA });
    expect(errorCode(await server.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(CREATE, { input }, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    expect(errorCode(await v.otherAdmin.gql(CREATE, { input }))).toBe('FORBIDDEN');
    const plain = await v.plain.gql(CREATE, { input });
    expect(errorCode(plain)).toBe('FORBIDDEN');
    expect(plain.errors![0]!.message).toMatch(/You may not add a risk to this register: only risk managers/);
    expect(errorCode(await v.ownerB.gql(CREATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await v.councillor.gql(CREATE, { input }))).toBe('FORBIDDEN');
    // Naming oneself as the owner is not enough to add a risk.
    expect(errorCode(await v.plain.gql(CREATE, { input: base({ reference: 'X-2', ownerId: v.ids.plain }) }))).toBe('FORBIDDEN');
    const update = { input: { id: asc.id, version: asc.version, title: 'Hijacked' } };
    expect(errorCode(await server.gql(UPDATE, update))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(UPDATE, update, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    expect(errorCode(await v.otherAdmin.gql(UPDATE, update))).toBe('FORBIDDEN');
    expect(errorCode(await v.plain.gql(UPDATE, update))).toBe('FORBIDDEN');
    expect(errorCode(await v.ownerB.gql(UPDATE, update))).toBe('FORBIDDEN');
    const list = await v.admin.gql(LIST, { c: v.councilId });
    expect(list.data.risks.nodes.map((r: any) => r.reference)).toEqual(['ASC-01', 'ASC-02', 'CR-01']);
  });

  it("lets the risk's owner rescore it, recording an assessment; other changes record none", async () => {
    const res = await v.riskOwner.gql(UPDATE, {
      input: {
        id: corporate.id,
        version: corporate.version,
        residualLikelihood: 2,
        assessedOn: today,
        assessmentNote: 'Fee uplift agreed',
      },
    });
    expect(res.errors).toBeUndefined();
    corporate = res.data.updateRisk.risk;
    expect(corporate).toMatchObject({ residualScore: 10, residualRating: 'HIGH', version: 2 });
    expect(corporate.history.map((h: any) => [h.assessedOn, h.residualScore, h.note, h.by.name])).toEqual([
      [expect.any(String), 15, 'Baseline', 'Risk Manager'],
      [today, 10, 'Fee uplift agreed', 'Risk Owner'],
    ]);
    const again = await v.riskOwner.gql(UPDATE, {
      input: {
        id: corporate.id,
        version: corporate.version,
        controls: 'Fee uplift; provider forum; market sustainability plan',
        residualLikelihood: 2,
      },
    });
    expect(again.errors).toBeUndefined();
    corporate = again.data.updateRisk.risk;
    expect(corporate.history).toHaveLength(2);
  });

  it('moves through its states (tolerated, closed, open again)', async () => {
    for (const status of ['TOLERATED', 'CLOSED', 'OPEN']) {
      const res = await v.riskManager.gql(UPDATE, { input: { id: asc.id, version: asc.version, status } });
      expect(res.errors).toBeUndefined();
      asc = res.data.updateRisk.risk;
      expect(asc.status).toBe(status);
    }
  });

  it('refuses a stale version with CONFLICT', async () => {
    const res = await v.riskManager.gql(UPDATE, { input: { id: corporate.id, version: corporate.version - 1, title: 'Stale' } });
    expect(errorCode(res)).toBe('CONFLICT');
  });

  it('answers bad input with coded errors naming the field', async () => {
    const c = (input: Record<string, unknown>) => v.admin.gql(CREATE, { input: base({ reference: 'NEW-1', ...input }) });
    expect(codeAndField(await c({ residualLikelihood: 5 }))).toEqual(['BAD_USER_INPUT', 'residualLikelihood']);
    expect(codeAndField(await c({ inherentImpact: 6 }))).toEqual(['BAD_USER_INPUT', 'inherentImpact']);
    expect(codeAndField(await c({ inherentLikelihood: 0 }))).toEqual(['BAD_USER_INPUT', 'inherentLikelihood']);
    expect(codeAndField(await c({ reference: 'CR-01' }))).toEqual(['BAD_USER_INPUT', 'reference']);
    expect(codeAndField(await c({ reference: 'CR 99' }))).toEqual(['BAD_USER_INPUT', 'reference']);
    expect(codeAndField(await c({ title: ' ' }))).toEqual(['BAD_USER_INPUT', 'title']);
    expect(codeAndField(await c({ servicePlanPeriod: '2026/27' }))).toEqual(['BAD_USER_INPUT', 'servicePlanPeriod']);
    expect(codeAndField(await c({ serviceId: v.ids.serviceA, servicePlanPeriod: '2026' }))).toEqual([
      'BAD_USER_INPUT',
      'servicePlanPeriod',
    ]);
    expect(codeAndField(await c({ ownerId: v.ids.otherPerson }))).toEqual(['BAD_USER_INPUT', 'ownerId']);
    expect(codeAndField(await c({ reviewDue: '31/03/2026' }))).toEqual(['BAD_USER_INPUT', 'reviewDue']);
    expect(
      codeAndField(await v.admin.gql(UPDATE, { input: { id: corporate.id, version: corporate.version, inherentImpact: null } })),
    ).toEqual(['BAD_USER_INPUT', 'inherentImpact']);
    expect(
      codeAndField(await v.admin.gql(UPDATE, { input: { id: corporate.id, version: corporate.version, reference: 'ASC-01' } })),
    ).toEqual(['BAD_USER_INPUT', 'reference']);
    const list = await v.admin.gql(LIST, { c: v.councilId });
    expect(list.data.risks.totalCount).toBe(3);
  });

  it('filters the registers: corporate, a directorate, a status, a residual score', async () => {
    const refs = async (vars: Record<string, unknown>) =>
      (await v.councillor.gql(LIST, { c: v.councilId, ...vars })).data.risks.nodes.map((r: any) => r.reference);
    expect(await refs({ corporate: true })).toEqual(['CR-01']);
    expect(await refs({ corporate: false })).toEqual(['ASC-01', 'ASC-02']);
    expect(await refs({ d: v.ids.directorate })).toEqual(['ASC-01', 'ASC-02']);
    expect(await refs({ min: 15 })).toEqual(['ASC-02']);
    expect(await refs({ status: 'CLOSED' })).toEqual([]);
  });

  it("shows risks and their history to the council's own people only", async () => {
    const outsiders = [
      (q: string, vars: any) => server.gql(q, vars),
      (q: string, vars: any) => server.gql(q, vars, { 'x-api-key': v.partnerKey }),
      v.otherAdmin.gql,
    ];
    for (const ask of outsiders) {
      const list = await ask(LIST, { c: v.councilId });
      expect(list.data.risks).toMatchObject({ totalCount: 0, nodes: [] });
      expect((await ask(NODE, { id: corporate.id })).data.node).toBeNull();
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorCode(await ask(HEAT, { c: v.councilId })));
    }
    const mine = await v.plain.gql(NODE, { id: corporate.id });
    expect(mine.data.node).toMatchObject({ reference: 'CR-01' });
    const assessment = mine.data.node.history[0].id;
    expect((await v.councillor.gql(NODE, { id: assessment })).data.node).toMatchObject({ residualScore: 15 });
    expect((await server.gql(NODE, { id: assessment })).data.node).toBeNull();
  });

  it('lays out the heat map of residual or inherent scores', async () => {
    const residual = (await v.councillor.gql(HEAT, { c: v.councilId })).data.riskHeatMap;
    expect(residual).toHaveLength(25);
    const cell = (cells: any[], l: number, i: number) => cells.find((c) => c.likelihood === l && c.impact === i);
    expect(cell(residual, 2, 5)).toMatchObject({ count: 1, riskIds: [corporate.id], band: 'HIGH', score: 10 });
    expect(cell(residual, 3, 3)).toMatchObject({ count: 1, riskIds: [asc.id], band: 'MEDIUM' });
    const inherent = (await v.councillor.gql(HEAT, { c: v.councilId, scores: 'INHERENT' })).data.riskHeatMap;
    expect(cell(inherent, 4, 5)).toMatchObject({ count: 3, band: 'VERY_HIGH' });
  });

  it('keeps every change in the audit trail', async () => {
    const res = await v.admin.gql(EVENTS, { c: v.councilId, id: corporate.id });
    expect(res.errors).toBeUndefined();
    const events = res.data.auditEvents.nodes;
    expect(events.map((e: any) => e.operation)).toEqual(['updateRisk', 'updateRisk', 'createRisk']);
    expect(events[2]).toMatchObject({ action: 'CREATE', entityType: 'Risk', before: null });
    expect(events[1].before).toMatchObject({ residualLikelihood: 3 });
    expect(events[1].after).toMatchObject({ residualLikelihood: 2 });
  });

  it('reads a register with its history, mitigations and their updates in as many statements whatever its size', async () => {
    const DEEP = `query($c: ID!) { risks(councilId: $c, first: 50) { nodes { reference owner { name } service { name } directorate { name }
      history { residualScore by { name } } actions(first: 3) { nodes { title owner { name } updates { text by { name } } } } } } }`;
    const em = server.em();
    const owner = Number(Buffer.from(v.ids.riskOwner, 'base64url').toString().split(':')[1]);
    const add = async (n: number, prefix: string) => {
      for (let i = 0; i < n; i++) {
        const scores = { inherentLikelihood: 3, inherentImpact: 3, residualLikelihood: 2, residualImpact: 2 };
        const risk = em.create(Risk, { council: v.councilDbId, reference: `${prefix}-${i}`, title: `Risk ${i}`, owner, ...scores });
        em.create(RiskAssessment, { risk, assessedOn: '2026-01-01', by: owner, ...scores });
        const action = em.create(Action, {
          council: v.councilDbId,
          title: `Mitigate ${i}`,
          source: ActionSource.RISK_MITIGATION,
          risk,
          owner,
        });
        em.create(ActionUpdate, { action, on: '2026-01-02', text: 'Started', by: owner });
      }
      await em.flush();
    };
    await add(5, 'SMALL');
    const small = await server.countStatements(() => v.councillor.gql(DEEP, { c: v.councilId }));
    await add(25, 'LARGE');
    const large = await server.countStatements(() => v.councillor.gql(DEEP, { c: v.councilId }));
    expect(small.result.errors, JSON.stringify(small.result.errors)).toBeUndefined();
    expect(large.result.data.risks.nodes.length).toBeGreaterThan(small.result.data.risks.nodes.length + 20);
    expect(large.result.data.risks.nodes.find((r: any) => r.reference === 'LARGE-3').actions.nodes[0].updates).toEqual([
      { text: 'Started', by: { name: 'Risk Owner' } },
    ]);
    expect(large.count).toBe(small.count);
  });
});
