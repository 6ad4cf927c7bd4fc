import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Commentary, Council, DEMO_COUNCIL_GSS, Indicator, IndicatorOwnership, Person } from '@goldenthread/db';
import { COMMENTARY_PART_MAX } from '@goldenthread/domain';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

const FIELDS = `id period whatHappened why whatWeAreDoing writtenOn withdrawnOn version viewerMayChange
  author { name } indicator { code } service { name } revisions { version change whatHappened why changedBy { name } }
  actions { title source }`;
const RECORD = `mutation($input: RecordCommentaryInput!) { recordCommentary(input: $input) { commentary { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateCommentaryInput!) { updateCommentary(input: $input) { commentary { ${FIELDS} } } }`;
const WITHDRAW = `mutation($id: ID!, $v: Int!) { withdrawCommentary(id: $id, version: $v) { commentary { ${FIELDS} } } }`;
const LIST = `query($c: ID!, $i: ID, $p: String, $w: Boolean) {
  commentaries(councilId: $c, indicatorId: $i, period: $p, includeWithdrawn: $w) {
    totalCount nodes { period indicator { code } whatHappened revisions { version } } } }`;
const ON_INDICATOR = `query($i: ID!, $c: ID!, $p: String!) { node(id: $i) { ... on Indicator {
  viewerMayComment(councilId: $c) commentary(councilId: $c, period: $p) { whatHappened author { name } }
  commentaries(councilId: $c) { period } } } }`;
const EXCEPTIONS = `query($p: String!) { performanceExceptions(gssCode: "${DEMO_COUNCIL_GSS}", period: $p) {
  indicator { code } reasons commentary { whatHappened why whatWeAreDoing writtenOn author { name } indicator { code } } } }`;
const MISSING = `query($p: String!) { missingCommentary(gssCode: "${DEMO_COUNCIL_GSS}", period: $p) {
  code severity message fix period reasons indicator { code } } }`;
const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) {
  action { id source commentaryId commentary { period indicator { code } } } } }`;
const EVENTS = `query($c: ID!, $id: ID) {
  auditEvents(councilId: $c, entityId: $id, first: 20) { nodes { action operation entityType after } } }`;

const codeAndField = (r: any) => [errorCode(r), r.errors?.[0]?.extensions?.field];

describe.each(dialects())('commentary on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let suffolk: number;
  let indicators: Map<string, { id: string; dbId: number }>;
  let manager: Client; // L-ASC-03's responsible manager
  let dataOwner: Client; // L-ASC-02's data owner
  let miManager: Client;
  let admin: Client;
  let refused: Client; // an officer of the council who answers for none of these
  let otherAdmin: Client;
  let partner: Record<string, string>;
  let recorded: any;

  beforeAll(async () => {
    server = await startTestServer(dialect, { organisations: [{ gssCode: 'E10000017', people: 30, services: 4 }] });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: DEMO_COUNCIL_GSS });
    suffolk = council.id;
    councilId = gid('Council', suffolk);
    const local = await em.find(Indicator, { council: suffolk });
    indicators = new Map(local.map((i) => [i.code, { id: gid('Indicator', i.id), dbId: i.id }]));
    const owners = await em.find(IndicatorOwnership, { council: suffolk }, { populate: ['dataOwner', 'responsibleManager'] });
    const ownerOf = (code: string) => owners.find((o) => o.indicator.id === indicators.get(code)!.dbId)!;
    const email = (p: Person | null | undefined) => p?.email ?? null;
    manager = await server.signIn(email(ownerOf('L-ASC-03').responsibleManager?.unwrap())!);
    dataOwner = await server.signIn(email(ownerOf('L-ASC-02').dataOwner?.unwrap())!);
    const mi = await em.findOneOrFail(Person, { id: council.miResponsible!.id });
    miManager = await server.signIn(mi.email!);
    admin = await server.adminOf(DEMO_COUNCIL_GSS);
    otherAdmin = await server.adminOf('E10000017');
    const allowed = new Set([mi.id, ...owners.flatMap((o) => [o.dataOwner?.id, o.responsibleManager?.id])]);
    const others = await em.find(
      Person,
      { council: suffolk, email: { $ne: null }, kind: 'OFFICER' as never },
      { orderBy: { id: 'desc' }, limit: 40 },
    );
    refused = await server.signIn(others.find((p) => !allowed.has(p.id) && p.lineManager !== null)!.email!);
    const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId, name: 'Commentary test' },
    });
    partner = { 'x-api-key': key.data.createApiKey.secret };
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows the demo: commentaries on some exceptions, MISSING_COMMENTARY on the others, for staff and the public', async () => {
    const staffExceptions = (await manager.gql(EXCEPTIONS, { p: '2024-12' })).data.performanceExceptions;
    const reviews = staffExceptions.find((e: any) => e.indicator.code === 'L-ASC-03');
    expect(reviews.commentary).toMatchObject({ indicator: { code: 'L-ASC-03' }, writtenOn: '2025-01-21' });
    expect(reviews.commentary.whatHappened).toMatch(/Annual reviews/);
    expect(reviews.commentary.author.name).toBeTruthy();
    const missing = (await server.gql(MISSING, { p: '2024-12' })).data.missingCommentary;
    const withoutCommentary = staffExceptions.filter((e: any) => e.commentary === null).map((e: any) => e.indicator.code);
    expect(withoutCommentary.length).toBeGreaterThan(0);
    expect(missing.map((f: any) => f.indicator.code)).toEqual(withoutCommentary);
    expect(missing[0]).toMatchObject({ code: 'MISSING_COMMENTARY', period: '2024-12' });
    expect(missing[0].message).toMatch(/nobody has said why/);
    // 2025-03 is not published yet: staff see its exceptions and the one left without commentary; the public see none.
    const staffMissing = (await manager.gql(MISSING, { p: '2025-03' })).data.missingCommentary;
    expect(staffMissing.map((f: any) => f.indicator.code)).toContain('L-ASC-03');
    expect((await server.gql(MISSING, { p: '2025-03' })).data.missingCommentary).toEqual([]);
  });

  it('lets the responsible manager record a commentary, and the finding clears', async () => {
    const before = (await manager.gql(MISSING, { p: '2025-03' })).data.missingCommentary;
    expect(before.map((f: any) => f.indicator.code)).toContain('L-ASC-03');
    const res = await manager.gql(RECORD, {
      input: {
        councilId,
        indicatorId: indicators.get('L-ASC-03')!.id,
        period: '2025-03',
        whatHappened: '  Reviews on time fell to their lowest this year.  ',
        why: 'Practitioners were moved to hospital discharges.',
        whatWeAreDoing: '   ',
      },
    });
    expect(res.errors).toBeUndefined();
    recorded = res.data.recordCommentary.commentary;
    expect(recorded).toMatchObject({
      period: '2025-03',
      whatHappened: 'Reviews on time fell to their lowest this year.',
      why: 'Practitioners were moved to hospital discharges.',
      whatWeAreDoing: null,
      writtenOn: new Date().toISOString().slice(0, 10),
      version: 1,
      viewerMayChange: true,
      revisions: [{ version: 1, change: 'RECORDED' }],
    });
    const after = (await manager.gql(MISSING, { p: '2025-03' })).data.missingCommentary;
    expect(after.map((f: any) => f.indicator.code)).not.toContain('L-ASC-03');
    expect(after.length).toBe(before.length - 1);
    const exception = (await manager.gql(EXCEPTIONS, { p: '2025-03' })).data.performanceExceptions.find(
      (e: any) => e.indicator.code === 'L-ASC-03',
    );
    expect(exception.commentary.whatHappened).toBe('Reviews on time fell to their lowest this year.');
  });

  it('refuses a second commentary for the same figure with CONFLICT, pointing to updateCommentary', async () => {
    const res = await dataOwner.gql(RECORD, {
      input: { councilId, indicatorId: indicators.get('L-ASC-03')!.id, period: '2025-03', whatHappened: 'Again' },
    });
    expect(errorCode(res)).toBe(res.errors?.[0]?.extensions?.code);
    // The data owner of L-ASC-02 answers for another indicator: refused before the clash is looked at.
    expect(errorCode(res)).toBe('FORBIDDEN');
    const clash = await miManager.gql(RECORD, {
      input: { councilId, indicatorId: indicators.get('L-ASC-03')!.id, period: '2025-03', whatHappened: 'Again' },
    });
    expect(errorCode(clash)).toBe('CONFLICT');
    expect(clash.errors![0]!.message).toMatch(/updateCommentary/);
  });

  it('lets the data owner, MI manager and an administrator write; refuses other staff, partners, the public, other councils', async () => {
    const input = (code: string, period: string) => ({
      councilId,
      indicatorId: indicators.get(code)!.id,
      period,
      whatHappened: 'The figure moved.',
    });
    expect((await dataOwner.gql(RECORD, { input: input('L-ASC-02', '2025-03') })).errors).toBeUndefined();
    expect((await miManager.gql(RECORD, { input: input('L-ASC-04', '2025-03') })).errors).toBeUndefined();
    expect((await admin.gql(RECORD, { input: input('L-ASC-06', '2025-03') })).errors).toBeUndefined();
    const count = async () => server.em().fork().count(Commentary, {});
    const n = await count();
    const refusedRes = await refused.gql(RECORD, { input: input('L-ASC-01', '2025-03') });
    expect(errorCode(refusedRes)).toBe('FORBIDDEN');
    expect(refusedRes.errors![0]!.message).toMatch(/You may not comment on this figure/);
    expect(errorCode(await server.gql(RECORD, { input: input('L-ASC-01', '2025-03') }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(RECORD, { input: input('L-ASC-01', '2025-03') }, partner))).toBe('FORBIDDEN');
    expect(errorCode(await otherAdmin.gql(RECORD, { input: input('L-ASC-01', '2025-03') }))).toBe('FORBIDDEN');
    const change = { input: { id: recorded.id, version: recorded.version, whatHappened: 'Mine now' } };
    expect(errorCode(await refused.gql(UPDATE, change))).toBe('FORBIDDEN');
    expect(errorCode(await otherAdmin.gql(UPDATE, change))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(WITHDRAW, { id: recorded.id, v: recorded.version }, partner))).toBe('FORBIDDEN');
    expect(await count()).toBe(n);
    // Forms only for those allowed.
    const shown = async (c: Client) =>
      (await c.gql(ON_INDICATOR, { i: indicators.get('L-ASC-03')!.id, c: councilId, p: '2025-03' })).data.node;
    expect((await shown(manager)).viewerMayComment).toBe(true);
    expect((await shown(refused)).viewerMayComment).toBe(false);
    expect((await shown(admin)).viewerMayComment).toBe(true);
  });

  it('refuses bad input with BAD_USER_INPUT in the field, storing nothing', async () => {
    const n = await server.em().fork().count(Commentary, {});
    const base = { councilId, indicatorId: indicators.get('L-ASC-01')!.id, period: '2025-03', whatHappened: 'x' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ whatHappened: '   ' }, 'whatHappened'],
      [{ why: 'y'.repeat(COMMENTARY_PART_MAX + 1) }, 'why'],
      [{ whatWeAreDoing: 'z'.repeat(COMMENTARY_PART_MAX + 1) }, 'whatWeAreDoing'],
      [{ period: '2024-25' }, 'period'], // a monthly indicator
      [{ period: '2025-13' }, 'period'],
      [{ period: '2099-04' }, 'period'], // not started
      [{ indicatorId: gid('Indicator', 999999) }, 'indicatorId'],
      [{ serviceId: gid('Service', 999999) }, 'serviceId'],
    ];
    for (const [change, field] of cases) {
      const res = await manager.gql(RECORD, {
        input: { ...base, indicatorId: indicators.get('L-ASC-03')!.id, period: '2025-02', ...change },
      });
      expect(codeAndField(res), JSON.stringify(change)).toEqual(['BAD_USER_INPUT', field]);
    }
    const all = await manager.gql(RECORD, {
      input: { ...base, indicatorId: indicators.get('L-ASC-03')!.id, period: 'soon', whatHappened: '' },
    });
    expect(all.errors![0]!.extensions!.errors.map((e: any) => e.field)).toEqual(['period', 'whatHappened']);
    const update = await manager.gql(UPDATE, { input: { id: recorded.id, version: recorded.version, whatHappened: ' ' } });
    expect(codeAndField(update)).toEqual(['BAD_USER_INPUT', 'whatHappened']);
    expect(await server.em().fork().count(Commentary, {})).toBe(n);
  });

  it('changes a commentary with its version, keeps every revision, and refuses a stale version with CONFLICT', async () => {
    const res = await manager.gql(UPDATE, {
      input: { id: recorded.id, version: 1, whatWeAreDoing: 'An agency review team starts in May.', why: null },
    });
    expect(res.errors).toBeUndefined();
    const changed = res.data.updateCommentary.commentary;
    expect(changed).toMatchObject({
      version: 2,
      whatHappened: 'Reviews on time fell to their lowest this year.',
      why: null,
      whatWeAreDoing: 'An agency review team starts in May.',
    });
    expect(changed.revisions.map((r: any) => [r.version, r.change, r.why])).toEqual([
      [1, 'RECORDED', 'Practitioners were moved to hospital discharges.'],
      [2, 'CHANGED', null],
    ]);
    const stale = await miManager.gql(UPDATE, { input: { id: recorded.id, version: 1, whatHappened: 'Lost update' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(2);
    recorded = changed;
  });

  it('puts every change in the audit trail', async () => {
    const events = (await admin.gql(EVENTS, { c: councilId, id: recorded.id })).data.auditEvents.nodes;
    const mine = events.filter((e: any) => e.entityType === 'Commentary');
    expect(mine.map((e: any) => [e.action, e.operation]).sort()).toEqual(
      [
        ['CREATE', 'recordCommentary'],
        ['UPDATE', 'updateCommentary'],
      ].sort(),
    );
  });

  it('raises an action from a commentary (source COMMENTARY, stored on PostgreSQL too) and lists it on the commentary', async () => {
    const input = { councilId, title: 'Agency review team for three months', source: 'COMMENTARY', commentaryId: recorded.id };
    // Who may write the commentary may raise its actions; other staff may not.
    expect(errorCode(await refused.gql(CREATE_ACTION, { input }))).toBe('FORBIDDEN');
    const res = await manager.gql(CREATE_ACTION, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data.createAction.action).toMatchObject({
      source: 'COMMENTARY',
      commentaryId: recorded.id,
      commentary: { period: '2025-03', indicator: { code: 'L-ASC-03' } },
    });
    const missingRef = await admin.gql(CREATE_ACTION, { input: { councilId, title: 'No reference', source: 'COMMENTARY' } });
    expect(codeAndField(missingRef)).toEqual(['BAD_USER_INPUT', 'commentaryId']);
    const list = (await manager.gql(LIST, { c: councilId, i: indicators.get('L-ASC-03')!.id, p: '2025-03' })).data.commentaries;
    expect(list.totalCount).toBe(1);
    const node = await manager.gql(`query($id: ID!) { node(id: $id) { ... on Commentary { actions { title source } } } }`, {
      id: recorded.id,
    });
    expect(node.data.node.actions).toEqual([{ title: 'Agency review team for three months', source: 'COMMENTARY' }]);
  });

  it('shows the public and partners only commentaries of published figures, and never the revisions or actions', async () => {
    const staffList = (await refused.gql(LIST, { c: councilId })).data.commentaries;
    const publicList = (await server.gql(LIST, { c: councilId })).data.commentaries;
    const partnerList = (await server.gql(LIST, { c: councilId }, partner)).data.commentaries;
    expect(staffList.nodes.map((n: any) => n.period)).toContain('2025-03');
    // 2024-12 is published in the demo, 2025-03 is a draft.
    expect(publicList.nodes.map((n: any) => n.period).sort()).toEqual(['2024-12', '2024-12']);
    expect(publicList.totalCount).toBe(2);
    expect(partnerList.totalCount).toBe(2);
    expect(publicList.nodes.every((n: any) => n.revisions.length === 0)).toBe(true);
    expect(staffList.nodes.some((n: any) => n.revisions.length > 0)).toBe(true);
    // By id and through the indicator: the draft period's commentary is hidden outside the council.
    expect((await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: recorded.id })).data.node).toBeNull();
    const onIndicator = (await server.gql(ON_INDICATOR, { i: indicators.get('L-ASC-03')!.id, c: councilId, p: '2025-03' })).data.node;
    expect(onIndicator.commentary).toBeNull();
    expect(onIndicator.viewerMayComment).toBe(false);
    expect(onIndicator.commentaries.map((c: any) => c.period)).toEqual(['2024-12']);
    const published = (await server.gql(ON_INDICATOR, { i: indicators.get('L-ASC-03')!.id, c: councilId, p: '2024-12' })).data.node;
    expect(published.commentary.whatHappened).toMatch(/Annual reviews/);
    expect(errorCode(await server.gql(LIST, { c: councilId, w: true }))).toBe('UNAUTHENTICATED');
  });

  it('withdraws a commentary (kept with its revisions); the finding comes back; it can be recorded again', async () => {
    const res = await manager.gql(WITHDRAW, { id: recorded.id, v: recorded.version });
    expect(res.errors).toBeUndefined();
    const w = res.data.withdrawCommentary.commentary;
    expect(w.withdrawnOn).toBe(new Date().toISOString().slice(0, 10));
    expect(w.revisions.map((r: any) => r.change)).toEqual(['RECORDED', 'CHANGED', 'WITHDRAWN']);
    expect(errorCode(await manager.gql(WITHDRAW, { id: recorded.id, v: w.version }))).toBe('CONFLICT');
    expect((await manager.gql(MISSING, { p: '2025-03' })).data.missingCommentary.map((f: any) => f.indicator.code)).toContain('L-ASC-03');
    const withdrawn = (await manager.gql(LIST, { c: councilId, p: '2025-03', w: true })).data.commentaries.nodes;
    expect(withdrawn.map((n: any) => n.indicator.code)).toContain('L-ASC-03');
    const again = await manager.gql(RECORD, {
      input: { councilId, indicatorId: indicators.get('L-ASC-03')!.id, period: '2025-03', whatHappened: 'Recorded again.' },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data.recordCommentary.commentary).toMatchObject({
      id: recorded.id,
      version: 4,
      withdrawnOn: null,
      whatHappened: 'Recorded again.',
    });
    expect((await manager.gql(MISSING, { p: '2025-03' })).data.missingCommentary.map((f: any) => f.indicator.code)).not.toContain(
      'L-ASC-03',
    );
  });

  it('reads exceptions with their commentary and author, and the list, in the same number of statements at two sizes', async () => {
    const DEEP = `query($p: String!, $c: ID!) {
      performanceExceptions(gssCode: "${DEMO_COUNCIL_GSS}", period: $p) {
        viewerMayComment
        indicator { code viewerMayComment(councilId: $c) commentaries(councilId: $c) { period author { name } } }
        commentary { whatHappened viewerMayChange author { name } actions { title } revisions { version changedBy { name } } } }
      commentaries(councilId: $c, first: 50) { totalCount nodes { indicator { code } author { name } service { name } } } }`;
    const run = () => manager.gql(DEEP, { p: '2025-02', c: councilId });
    const first = { councilId, indicatorId: indicators.get('L-ASC-03')!.id, period: '2025-02', whatHappened: 'Reviews fell again.' };
    expect((await manager.gql(RECORD, { input: first })).errors).toBeUndefined();
    const small = await server.countStatements(run);
    expect(small.result.errors).toBeUndefined();
    const exceptions = small.result.data.performanceExceptions;
    expect(exceptions.length).toBeGreaterThan(1);
    expect(exceptions.filter((e: any) => e.commentary === null).length).toBe(exceptions.length - 1);
    // More data: a commentary on every exception of the period and on every other local indicator for three months.
    for (const code of [...indicators.keys()].filter((c) => c.startsWith('L-ASC-'))) {
      for (const period of ['2025-02', '2025-01', '2024-11']) {
        const r = await admin.gql(RECORD, {
          input: { councilId, indicatorId: indicators.get(code)!.id, period, whatHappened: `${code} in ${period}.` },
        });
        expect(r.errors?.[0]?.extensions?.code ?? 'OK', r.errors?.[0]?.message).toMatch(/OK|CONFLICT/);
      }
    }
    const large = await server.countStatements(run);
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data.performanceExceptions.every((e: any) => e.commentary !== null)).toBe(true);
    expect(large.result.data.commentaries.totalCount).toBeGreaterThan(small.result.data.commentaries.totalCount + 10);
    const sizes = `${small.result.data.commentaries.totalCount} and ${large.result.data.commentaries.totalCount} commentaries`;
    console.log(`[${dialect}] exceptions with commentary: ${small.count} and ${large.count} statements for ${sizes}`);
    expect(large.count).toBe(small.count);
    // And the MISSING_COMMENTARY check: flat too, and now empty for the period.
    const m1 = await server.countStatements(() => manager.gql(MISSING, { p: '2025-02' }));
    expect(m1.result.data.missingCommentary).toEqual([]);
    const m2 = await server.countStatements(() => manager.gql(MISSING, { p: '2024-10' }));
    expect(m2.result.data.missingCommentary.length).toBeGreaterThan(0);
    expect(m2.count).toBe(m1.count);
  });
});
