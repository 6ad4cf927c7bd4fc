import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type TestServer } from '../testkit/index.js';
import { type GovernanceViewers, governanceViewers } from './governance.viewers.js';

// An action's title is shown to everyone who may read the action; a complaint's case reference in it
// would tell them about a complaint they may not read. The council's format is learned from the
// references it has recorded (packages/domain/src/governance/case-references.ts).
const CREATE = `mutation($input: CreateActionInput!) { createAction(input: $input) { action { id version title complaintId } } }`;
const UPDATE = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id version title } } }`;
const PROGRESS = `mutation($input: AddActionUpdateInput!) { addActionUpdate(input: $input) { update { id text } } }`;
const COMPLAINT = `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { complaint { id reference } } }`;
const IMPORT = `mutation($c: ID!, $csv: String!, $dry: Boolean) {
  importActions(councilId: $c, csv: $csv, dryRun: $dry) { applied created updated errors { line column code message } } }`;
const ACTIONS = `query($c: ID!) { actions(councilId: $c, first: 100) { totalCount nodes { id title version } } }`;
const EVENTS = `query($c: ID!) { auditEvents(councilId: $c, first: 500) { totalCount } }`;

const refusal = (r: any) => [errorCode(r), r.errors?.[0]?.extensions?.field];

describe.each(dialects())('action titles that name a complaint on %s', (dialect) => {
  let server: TestServer;
  let v: GovernanceViewers;
  let complaintId: string;

  const actions = async () => (await v.admin.gql(ACTIONS, { c: v.councilId })).data.actions;
  const events = async () => (await v.admin.gql(EVENTS, { c: v.councilId })).data.auditEvents.totalCount;
  const other = (title: string) => ({ councilId: v.councilId, title, source: 'OTHER', serviceId: v.ids.serviceA });

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    v = await governanceViewers(server);
    const made = await v.complaintsOfficer.gql(COMPLAINT, {
      input: {
        councilId: v.councilId,
        serviceId: v.ids.serviceA,
        reference: 'CX-2025-001',
        receivedOn: '2025-02-03',
        responseDue: '2025-02-24',
      },
    });
    expect(made.errors).toBeUndefined();
    complaintId = made.data.createComplaint.complaint.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("refuses a new action whose title holds the complaint's reference, or one of its format, and stores nothing", async () => {
    const before = { actions: (await actions()).totalCount, events: await events() };
    for (const title of ['Ring the family back about CX-2025-001', 'Lessons of cx/2026/17 for the rota']) {
      const res = await v.ownerA.gql(CREATE, { input: other(title) });
      expect(refusal(res), title).toEqual(['BAD_USER_INPUT', 'title']);
      expect(res.errors![0]!.message).toMatch(/^title: “(CX-2025-001|cx\/2026\/17)” looks like a complaint's case reference\./);
      expect(res.errors![0]!.message).toContain('refer to the complaint by its link instead');
      expect(res.data?.createAction ?? null).toBeNull();
    }
    expect((await actions()).totalCount).toBe(before.actions);
    expect(await events()).toBe(before.events);
  });

  it('accepts the lesson linked to its complaint instead, and a title of another shape', async () => {
    const lesson = await v.complaintsOfficer.gql(CREATE, {
      input: {
        councilId: v.councilId,
        title: 'Confirm missed reablement visits by text the same day',
        source: 'COMPLAINT_LESSON',
        complaintId,
      },
    });
    expect(lesson.errors).toBeUndefined();
    expect(lesson.data.createAction.action.complaintId).toBe(complaintId);
    const plain = await v.ownerA.gql(CREATE, { input: other('Review the 2025-26 rota for CX teams') });
    expect(plain.errors).toBeUndefined();
  });

  it('refuses the reference in a changed title and keeps the stored one', async () => {
    const made = (await v.ownerA.gql(CREATE, { input: other('Check visit logs weekly') })).data.createAction.action;
    const events0 = await events();
    const res = await v.ownerA.gql(UPDATE, { input: { id: made.id, version: made.version, title: 'Check visit logs (CX-2025-001)' } });
    expect(refusal(res)).toEqual(['BAD_USER_INPUT', 'title']);
    const stored = (await actions()).nodes.find((a: any) => a.id === made.id);
    expect(stored).toEqual({ id: made.id, title: 'Check visit logs weekly', version: made.version });
    expect(await events()).toBe(events0);
    const ok = await v.ownerA.gql(UPDATE, { input: { id: made.id, version: made.version, title: 'Check visit logs every week' } });
    expect(ok.data.updateAction.action).toMatchObject({ title: 'Check visit logs every week', version: made.version + 1 });
  });

  it('refuses the reference in a description or a progress update too, and keeps what was stored', async () => {
    const refused = await v.ownerA.gql(CREATE, {
      input: { ...other('Call back within two days'), description: 'As promised in CX-2025-001' },
    });
    expect(refusal(refused)).toEqual(['BAD_USER_INPUT', 'description']);
    const made = (await v.ownerA.gql(CREATE, { input: { ...other('Call back within two days'), description: 'As promised' } })).data
      .createAction.action;
    const events0 = await events();
    const changed = await v.ownerA.gql(UPDATE, { input: { id: made.id, version: made.version, description: 'See cx-2025-001' } });
    expect(refusal(changed)).toEqual(['BAD_USER_INPUT', 'description']);
    const update = await v.ownerA.gql(PROGRESS, { input: { actionId: made.id, text: 'Rang the family (CX-2025-001) back' } });
    expect(refusal(update)).toEqual(['BAD_USER_INPUT', 'text']);
    expect(update.errors![0]!.message).toContain('refer to the complaint by its link instead');
    expect(await events()).toBe(events0);
    const fine = await v.ownerA.gql(PROGRESS, { input: { actionId: made.id, text: 'Rang the family back' } });
    expect(fine.errors).toBeUndefined();
  });

  it('refuses such a title in an imported file as a row error, and imports nothing of the file', async () => {
    const before = (await actions()).totalCount;
    const csv =
      'id,title,service,description\n,Provider forum on day care,Day Care,\n,Apologise for CX-2024-118,Reablement,\n' +
      ',Apologise in person,Reablement,As in CX-2024-118\n';
    const res = await v.admin.gql(IMPORT, { c: v.councilId, csv, dry: true });
    expect(res.errors).toBeUndefined();
    expect(res.data.importActions.applied).toBe(false);
    expect(res.data.importActions.errors.map((e: any) => [e.line, e.column, e.code])).toEqual([
      [3, 'title', 'BAD_VALUE'],
      [4, 'description', 'BAD_VALUE'],
    ]);
    expect(res.data.importActions.errors[0].message).toContain('“CX-2024-118” looks like a complaint');
    const real = await v.admin.gql(IMPORT, { c: v.councilId, csv });
    expect(refusal(real)).toEqual(['BAD_USER_INPUT', 'csv']);
    expect((await actions()).totalCount).toBe(before);
  });
});
