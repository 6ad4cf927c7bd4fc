import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { type GovernanceViewers, governanceViewers } from './governance.viewers.js';

const COMPLAINT = `id version reference receivedOn summary stage stageSince outcome responseDue respondedOn lessons overdue
  service { name } themes { name } panel { name }`;
const withInput = (name: string, selection: string) =>
  `mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} } }`;
const CREATE = withInput('createComplaint', `complaint { ${COMPLAINT} }`);
const UPDATE = withInput('updateComplaint', `complaint { ${COMPLAINT} }`);
const CREATE_THEME = withInput('createComplaintTheme', 'theme { id version name retired }');
const UPDATE_THEME = withInput('updateComplaintTheme', 'theme { id version name retired }');
const THEMES = `query($c: ID!, $all: Boolean) { complaintThemes(councilId: $c, includeRetired: $all) { name retired } }`;
const LIST = `query($c: ID!, $s: ID, $from: String, $to: String, $stage: ComplaintStage) {
  complaints(councilId: $c, serviceId: $s, from: $from, to: $to, stage: $stage) { totalCount nodes { reference } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Complaint { reference } } }`;
const FIGURES = 'received closed upheld upheldShare judged withinTimescale withinTimescaleShare topThemes { theme { name } count }';
const STATS = `query($c: ID!, $from: String, $to: String, $s: ID) {
  complaintStatistics(councilId: $c, from: $from, to: $to, serviceId: $s) {
    from to total { ${FIGURES} } byService { service { name } ${FIGURES} } } }`;

describe.each(dialects())('complaints on %s', (dialect) => {
  let server: TestServer;
  let v: GovernanceViewers;
  let officer: Client;
  const theme: Record<string, any> = {};
  let complaint: any;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    v = await governanceViewers(server);
    officer = v.complaintsOfficer;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("keeps the council's list of themes: create, rename, retire", async () => {
    for (const name of ['Communication', 'Delay', 'Staff attitude', 'Charging']) {
      const res = await officer.gql(CREATE_THEME, { input: { councilId: v.councilId, name } });
      expect(res.errors).toBeUndefined();
      theme[name] = res.data.createComplaintTheme.theme;
    }
    const dup = await officer.gql(CREATE_THEME, { input: { councilId: v.councilId, name: 'delay' } });
    expect([errorCode(dup), dup.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'name']);
    const renamed = await officer.gql(UPDATE_THEME, { input: { id: theme.Charging.id, version: 1, name: 'Charging and fees' } });
    expect(renamed.data.updateComplaintTheme.theme).toMatchObject({ name: 'Charging and fees', version: 2 });
    const retired = await v.admin.gql(UPDATE_THEME, { input: { id: theme.Charging.id, version: 2, retired: true } });
    expect(retired.data.updateComplaintTheme.theme).toMatchObject({ retired: true, version: 3 });
    expect(errorCode(await officer.gql(UPDATE_THEME, { input: { id: theme.Charging.id, version: 2, name: 'Fees' } }))).toBe('CONFLICT');
    const open = await server.gql(THEMES, { c: v.councilId });
    expect(open.data.complaintThemes.map((t: any) => t.name)).toEqual(['Communication', 'Delay', 'Staff attitude']);
    const all = await server.gql(THEMES, { c: v.councilId, all: true });
    expect(all.data.complaintThemes.map((t: any) => t.name)).toEqual(['Charging and fees', 'Communication', 'Delay', 'Staff attitude']);
  });

  it('refuses theme changes to all but complaints officers and administrators', async () => {
    const input = { councilId: v.councilId, name: 'Hijack' };
    expect(errorCode(await server.gql(CREATE_THEME, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(CREATE_THEME, { input }, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    for (const c of [v.otherAdmin, v.plain, v.ownerA, v.councillors[0]!])
      expect(errorCode(await c.gql(CREATE_THEME, { input }))).toBe('FORBIDDEN');
    const update = { input: { id: theme.Delay.id, version: 1, name: 'Hijack' } };
    expect(errorCode(await server.gql(UPDATE_THEME, update))).toBe('UNAUTHENTICATED');
    expect(errorCode(await v.otherAdmin.gql(UPDATE_THEME, update))).toBe('FORBIDDEN');
    expect(errorCode(await v.ownerA.gql(UPDATE_THEME, update))).toBe('FORBIDDEN');
  });

  const base = () => ({
    councilId: v.councilId,
    serviceId: v.ids.serviceA,
    reference: 'CX-2025-001',
    receivedOn: '2025-02-03',
    responseDue: '2025-02-24',
  });

  it('records a complaint with its case reference and themes, and no contact details', async () => {
    const res = await officer.gql(CREATE, {
      input: { ...base(), summary: 'Reablement visits missed on three days running.', themeIds: [theme.Delay.id, theme.Communication.id] },
    });
    expect(res.errors).toBeUndefined();
    complaint = res.data.createComplaint.complaint;
    expect(complaint).toMatchObject({
      reference: 'CX-2025-001',
      stage: 'LOCAL_RESOLUTION',
      stageSince: '2025-02-03',
      outcome: null,
      respondedOn: null,
      overdue: true,
      service: { name: 'Reablement' },
      panel: [],
      version: 1,
    });
    expect(complaint.themes.map((t: any) => t.name).sort()).toEqual(['Communication', 'Delay']);
  });

  it('answers bad input with coded errors naming the field', async () => {
    const fieldOf = async (input: Record<string, unknown>) => {
      const r = await officer.gql(CREATE, { input: { ...base(), reference: 'CX-NEW', ...input } });
      return [errorCode(r), r.errors?.[0]?.extensions?.field];
    };
    expect(await fieldOf({ reference: 'CX-2025-001' })).toEqual(['BAD_USER_INPUT', 'reference']);
    expect(await fieldOf({ summary: 'Mrs Smith (jsmith@example.com) says visits were missed' })).toEqual(['BAD_USER_INPUT', 'summary']);
    expect(await fieldOf({ summary: 'Call the daughter on 07700 900123' })).toEqual(['BAD_USER_INPUT', 'summary']);
    expect(await fieldOf({ themeIds: [theme.Charging.id] })).toEqual(['BAD_USER_INPUT', 'themeIds[0]']);
    expect(await fieldOf({ responseDue: '2025-01-01' })).toEqual(['BAD_USER_INPUT', 'responseDue']);
    expect(await fieldOf({ receivedOn: '3 Feb' })).toEqual(['BAD_USER_INPUT', 'receivedOn']);
    expect(await fieldOf({ serviceId: v.ids.directorate })).toEqual(['BAD_USER_INPUT', 'serviceId']);
  });

  it('refuses complaint writes to outsiders, a plain officer, the service line and councillors', async () => {
    const input = { ...base(), reference: 'CX-HIJACK' };
    expect(errorCode(await server.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(CREATE, { input }, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    for (const c of [v.otherAdmin, v.plain, v.ownerA, v.director, v.councillors[0]!])
      expect(errorCode(await c.gql(CREATE, { input }))).toBe('FORBIDDEN');
    const update = { input: { id: complaint.id, version: complaint.version, outcome: 'NOT_UPHELD' } };
    expect(errorCode(await server.gql(UPDATE, update))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(UPDATE, update, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    for (const c of [v.otherAdmin, v.plain, v.ownerA]) expect(errorCode(await c.gql(UPDATE, update))).toBe('FORBIDDEN');
  });

  it('moves the stage forward only, each stage with its own response date, a panel from the review stage', async () => {
    const update = (input: Record<string, unknown>) =>
      officer.gql(UPDATE, { input: { id: complaint.id, version: complaint.version, ...input } });
    let res = await update({ respondedOn: '2025-02-20', lessons: 'Cover rotas checked weekly.' });
    complaint = res.data.updateComplaint.complaint;
    expect(complaint).toMatchObject({ respondedOn: '2025-02-20', lessons: 'Cover rotas checked weekly.', overdue: false, version: 2 });
    expect(errorCode(await officer.gql(UPDATE, { input: { id: complaint.id, version: 1, lessons: 'x' } }))).toBe('CONFLICT');
    res = await update({ stage: 'INVESTIGATION', stageSince: '2025-03-01' });
    expect([errorCode(res), res.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'responseDue']);
    res = await update({ stage: 'INVESTIGATION', stageSince: '2025-03-01', responseDue: '2025-04-26' });
    complaint = res.data.updateComplaint.complaint;
    expect(complaint).toMatchObject({ stage: 'INVESTIGATION', stageSince: '2025-03-01', responseDue: '2025-04-26', respondedOn: null });
    res = await update({ panelIds: [v.ids.councillors[0]] });
    expect([errorCode(res), res.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'panelIds']);
    res = await update({ stage: 'LOCAL_RESOLUTION', responseDue: '2025-05-01' });
    expect(res.errors![0]!.message).toBe(
      'stage: A complaint moves forward only: it is at investigation, so it cannot go back to local resolution.',
    );
    res = await update({ stage: 'REVIEW_PANEL', stageSince: '2025-05-02', responseDue: '2025-06-01', panelIds: [v.ids.plain] });
    expect([errorCode(res), res.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'panelIds[0]']);
    res = await update({ stage: 'REVIEW_PANEL', stageSince: '2025-05-02', responseDue: '2025-06-01', panelIds: [v.ids.councillors[0]] });
    complaint = res.data.updateComplaint.complaint;
    expect(complaint).toMatchObject({ stage: 'REVIEW_PANEL', panel: [{ name: 'Cllr Ash' }] });
    res = await update({
      respondedOn: '2025-05-30',
      outcome: 'PARTLY_UPHELD',
      themeIds: [theme.Delay.id],
      summary: 'Visits missed; apology given.',
    });
    complaint = res.data.updateComplaint.complaint;
    expect(complaint).toMatchObject({ outcome: 'PARTLY_UPHELD', themes: [{ name: 'Delay' }], summary: 'Visits missed; apology given.' });
    res = await update({ lessons: 'Ring 07700 900123 first' });
    expect([errorCode(res), res.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'lessons']);
  });

  it("shows an individual complaint only to complaints officers, the service's line, its panel and administrators", async () => {
    const sees = async (c: Client) => (await c.gql(NODE, { id: complaint.id })).data.node !== null;
    for (const c of [officer, v.ownerA, v.director, v.councillors[0]!, v.admin]) expect(await sees(c)).toBe(true);
    for (const c of [v.ownerB, v.plain, v.councillors[1]!, v.councillors[2]!, v.otherAdmin]) expect(await sees(c)).toBe(false);
    expect((await server.gql(NODE, { id: complaint.id })).data.node).toBeNull();
    expect((await server.gql(NODE, { id: complaint.id }, { 'x-api-key': v.partnerKey })).data.node).toBeNull();
    const list = async (c: Client | null, vars: Record<string, unknown> = {}) => {
      const res = c ? await c.gql(LIST, { c: v.councilId, ...vars }) : await server.gql(LIST, { c: v.councilId, ...vars });
      expect(res.errors).toBeUndefined();
      return res.data.complaints;
    };
    expect(await list(null)).toEqual({ totalCount: 0, nodes: [] });
    expect(await list(v.plain)).toEqual({ totalCount: 0, nodes: [] });
    expect(await list(v.ownerA)).toEqual({ totalCount: 1, nodes: [{ reference: 'CX-2025-001' }] });
  });

  it('computes the public statistics per service and period, as counted by hand', async () => {
    const make = async (
      reference: string,
      serviceId: string,
      receivedOn: string,
      responseDue: string,
      themes: string[],
      then: Record<string, unknown>,
    ) => {
      const made = await officer.gql(CREATE, {
        input: { councilId: v.councilId, serviceId, reference, receivedOn, responseDue, themeIds: themes.map((t) => theme[t].id) },
      });
      const c = made.data.createComplaint.complaint;
      if (Object.keys(then).length)
        expect((await officer.gql(UPDATE, { input: { id: c.id, version: c.version, ...then } })).errors).toBeUndefined();
    };
    const [A, B] = [v.ids.serviceA, v.ids.serviceB];
    await make('S1', A, '2024-03-01', '2024-03-21', ['Delay', 'Communication'], { respondedOn: '2024-03-20', outcome: 'UPHELD' });
    await make('S2', A, '2024-04-01', '2024-04-21', ['Delay'], { respondedOn: '2024-04-25', outcome: 'PARTLY_UPHELD' });
    await make('S3', A, '2024-05-01', '2024-05-21', ['Communication'], {});
    await make('S4', A, '2024-06-01', '2024-06-21', [], { respondedOn: '2024-06-10', outcome: 'WITHDRAWN' });
    await make('S5', B, '2024-07-01', '2024-07-21', ['Staff attitude'], { respondedOn: '2024-07-21', outcome: 'NOT_UPHELD' });
    await make('S6', B, '2024-12-31', '2025-01-20', ['Delay'], { respondedOn: '2025-01-10', outcome: 'UPHELD' });
    const t = (name: string, count: number) => ({ theme: { name }, count });
    const serviceA = { received: 4, closed: 3, upheld: 2, upheldShare: 1, judged: 4, withinTimescale: 2, withinTimescaleShare: 0.5 };
    const serviceB = { received: 2, closed: 2, upheld: 1, upheldShare: 0.5, judged: 2, withinTimescale: 2, withinTimescaleShare: 1 };
    const period = { c: v.councilId, from: '2024-01-01', to: '2024-12-31' };
    for (const viewer of [null, v.partnerKey]) {
      const res = await server.gql(STATS, period, viewer ? { 'x-api-key': viewer } : {});
      expect(res.errors).toBeUndefined();
      const s = res.data.complaintStatistics;
      expect(s).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
      expect(s.total).toEqual({
        received: 6,
        closed: 5,
        upheld: 3,
        upheldShare: 0.75,
        judged: 6,
        withinTimescale: 4,
        withinTimescaleShare: 4 / 6,
        topThemes: [t('Delay', 3), t('Communication', 2), t('Staff attitude', 1)],
      });
      expect(s.byService).toEqual([
        { service: { name: 'Reablement' }, ...serviceA, topThemes: [t('Communication', 2), t('Delay', 2)] },
        { service: { name: 'Day Care' }, ...serviceB, topThemes: [t('Delay', 1), t('Staff attitude', 1)] },
      ]);
    }
    const onlyB = await server.gql(STATS, { ...period, s: B });
    expect(onlyB.data.complaintStatistics.total).toMatchObject(serviceB);
    const all = await server.gql(STATS, { c: v.councilId });
    expect(all.data.complaintStatistics.total.received).toBe(7);
    const bad = await server.gql(STATS, { ...period, from: '2025-01-01' });
    expect([errorCode(bad), bad.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'to']);
  });

  it('filters the register by service, period and stage', async () => {
    const refs = async (vars: Record<string, unknown>) =>
      (await officer.gql(LIST, { c: v.councilId, ...vars })).data.complaints.nodes.map((n: any) => n.reference);
    expect(await refs({})).toEqual(['CX-2025-001', 'S6', 'S5', 'S4', 'S3', 'S2', 'S1']);
    expect(await refs({ s: v.ids.serviceB })).toEqual(['S6', 'S5']);
    expect(await refs({ from: '2024-04-01', to: '2024-06-30' })).toEqual(['S4', 'S3', 'S2']);
    expect(await refs({ stage: 'REVIEW_PANEL' })).toEqual(['CX-2025-001']);
    expect((await v.ownerB.gql(LIST, { c: v.councilId })).data.complaints).toEqual({
      totalCount: 2,
      nodes: [{ reference: 'S6' }, { reference: 'S5' }],
    });
    const PAGE = `query($c: ID!, $after: String) {
      complaints(councilId: $c, first: 2, after: $after) { totalCount nodes { reference } pageInfo { hasNextPage endCursor } } }`;
    const first = (await officer.gql(PAGE, { c: v.councilId })).data.complaints;
    expect(first).toMatchObject({ totalCount: 7, pageInfo: { hasNextPage: true } });
    expect(first.nodes).toEqual([{ reference: 'CX-2025-001' }, { reference: 'S6' }]);
    const next = (await officer.gql(PAGE, { c: v.councilId, after: first.pageInfo.endCursor })).data.complaints;
    expect(next.nodes).toEqual([{ reference: 'S5' }, { reference: 'S4' }]);
    const line = (await v.ownerB.gql(PAGE, { c: v.councilId })).data.complaints;
    expect(line).toMatchObject({ totalCount: 2, nodes: [{ reference: 'S6' }, { reference: 'S5' }], pageInfo: { hasNextPage: false } });
  });

  it('records each change in the audit trail', async () => {
    const res = await v.admin.gql(
      `query($c: ID!, $id: ID) {
        auditEvents(councilId: $c, entityId: $id, first: 50) { nodes { action operation entityType before after } } }`,
      { c: v.councilId, id: complaint.id },
    );
    expect(res.errors).toBeUndefined();
    const moved = res.data.auditEvents.nodes.find((e: any) => e.after?.stage === 'REVIEW_PANEL' && e.before?.stage === 'INVESTIGATION');
    expect(moved).toMatchObject({ action: 'UPDATE', operation: 'updateComplaint', entityType: 'Complaint' });
  });
  it('reads the register and the statistics in as many statements whatever the number of complaints', async () => {
    const DEEP = `query($c: ID!) {
      complaints(councilId: $c) { totalCount nodes { reference overdue service { name } themes { name } panel { name } } } }`;
    const measure = async () => {
      const register = await server.countStatements(() => v.ownerA.gql(DEEP, { c: v.councilId }));
      const stats = await server.countStatements(() => server.gql(STATS, { c: v.councilId }));
      expect(register.result.errors).toBeUndefined();
      expect(stats.result.errors).toBeUndefined();
      return { register: register.count, stats: stats.count, seen: register.result.data.complaints.totalCount };
    };
    const small = await measure();
    for (let i = 0; i < 8; i++) {
      const input = { ...base(), reference: `CX-MORE-${i}`, themeIds: [theme.Delay.id, theme['Staff attitude'].id] };
      const c = (await officer.gql(CREATE, { input })).data.createComplaint.complaint;
      const panelIds = [v.ids.councillors[0], v.ids.councillors[1]];
      const panel = { stage: 'REVIEW_PANEL', stageSince: '2025-03-01', responseDue: '2025-04-01', panelIds };
      expect((await officer.gql(UPDATE, { input: { id: c.id, version: c.version, ...panel } })).errors).toBeUndefined();
    }
    const large = await measure();
    expect(large.seen).toBe(small.seen + 8);
    expect(large.register).toBe(small.register);
    expect(large.stats).toBe(small.stats);
  });
});
