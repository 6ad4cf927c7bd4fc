import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppraisalObjective, Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * `viewerCan` on consultations, appraisal objectives and the council's cascade settings, and
 * `recordConsultation` on priorities, say what the mutations allow: checked against the mutations
 * themselves as a director, a line manager, the person an appraisal objective belongs to, an officer
 * who answers for nothing, an administrator and anonymous callers, on the demo council.
 */
const GSS = 'E10000029';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const COUNCIL = `query($c: ID!) { node(id: $c) { ... on Council { cascadeViewerCan { setPriorityLimit recordConsultation }
  priorities(period: "2024-25") { id name level isNonPriority directorate { id } viewerCan { recordConsultation }
    consultations { id title version viewerCan { delete } }
    targets { id target { id version tolerance } }
    objectives { targets { id value target { id version value tolerance } } } } } } }`;
const RECORD = `mutation($i: RecordConsultationInput!) { recordConsultation(input: $i) { consultation { id version viewerCan { delete }
  priorities { id } } } }`;
const COMMUNICATIONS = `query($c: ID!) { node(id: $c) { ... on Council { priorities(period: "2024-25") {
  communications { id version viewerCan { delete } } } } } }`;
const DELETE_COMMUNICATION = `mutation($id: ID!, $v: Int) { deleteCommunication(id: $id, version: $v) { deletedIds } }`;
const DELETE = `mutation($id: ID!, $v: Int) { deleteConsultation(id: $id, version: $v) { deletedIds } }`;
const LIMIT = `mutation($c: ID!) { setPriorityLimit(councilId: $c, level: SERVICE, limit: 40) { limits { level limit } } }`;
const APPRAISALS = `query($p: ID!) { node(id: $p) { ... on Person { appraisalObjectives(period: "2024-25") { id name version agreedOn
  viewerCan { update delete } } } } }`;
const MAY_ADD = `query($p: ID!) { node(id: $p) { ... on Person { viewerCan { addAppraisalObjective } } } }`;
const CREATE_APPRAISAL = `mutation($i: CreateAppraisalObjectiveInput!) {
  createAppraisalObjective(input: $i) { appraisalObjective { id version } } }`;
const DELETE_APPRAISAL = `mutation($id: ID!, $v: Int) { deleteAppraisalObjective(id: $id, version: $v) { deletedIds } }`;
const UPDATE_APPRAISAL = `mutation($i: UpdateAppraisalObjectiveInput!) { updateAppraisalObjective(input: $i) { appraisalObjective {
  id version reviewedOn rating } } }`;

describe.each(dialects())('viewerCan on engagement, appraisal and council settings on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let ascId: string;
  let director: Client;
  let officer: Client;
  let admin: Client;
  let appraisee: { person: string; email: string | null; managerEmail: string };

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    ascId = gid('Directorate', asc.id);
    director = await server.signIn((await em.findOneOrFail(Person, { id: asc.director!.id })).email!);
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    const managers = new Set(people.map((p) => p.lineManager?.id).filter((x) => x !== undefined));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
    const plain = people.find((p) => !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id) && p.jobTitle !== 'Chief Executive')!;
    officer = await server.signIn(plain.email!);
    admin = await server.adminOf(GSS);
    // An appraisal objective of someone whose line manager signs in.
    const byId = new Map(people.map((p) => [p.id, p]));
    const appraisals = await em.find(AppraisalObjective, { council: council.id, period: '2024-25' }, { orderBy: { id: 'asc' } });
    const a = appraisals.find((x) => {
      const p = byId.get(x.person.id);
      return p?.lineManager && byId.get(p.lineManager.id)?.email;
    })!;
    const person = byId.get(a.person.id)!;
    appraisee = { person: gid('Person', person.id), email: person.email, managerEmail: byId.get(person.lineManager!.id)!.email! };
  });
  afterAll(async () => {
    await server?.close();
  });

  async function council(caller: Pick<TestServer, 'gql'>): Promise<any> {
    const r = await caller.gql(COUNCIL, { c: councilId });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data.node;
  }
  const consultation = (priorityIds: string[]) => ({
    councilId,
    title: 'Carers forum',
    date: '2024-11-05',
    heard: 'Carers want breaks they can book themselves.',
    groups: [
      { kind: 'CARERS', name: 'Young carers', hardToReach: true },
      { kind: 'SERVICE_USERS', name: 'Day centre users', hardToReach: false },
    ],
    priorityIds,
  });

  it("lets a director record and delete consultations on her directorate's priorities, not on the council's", async () => {
    const c = await council(director);
    expect(c.cascadeViewerCan).toEqual({ setPriorityLimit: false, recordConsultation: false });
    const mine = c.priorities.filter((p: any) => p.level === 'DIRECTORATE' && p.directorate?.id === ascId);
    const corporate = c.priorities.filter((p: any) => p.level === 'CORPORATE');
    expect(mine.length).toBeGreaterThan(0);
    for (const p of mine) expect(p.viewerCan.recordConsultation, p.name).toBe(true);
    for (const p of corporate) expect(p.viewerCan.recordConsultation, p.name).toBe(false);
    // The demo's consultations inform corporate priorities: not hers to delete.
    const seeded = corporate.flatMap((p: any) => p.consultations);
    expect(seeded.length).toBeGreaterThan(0);
    for (const s of seeded) expect(s.viewerCan.delete, s.title).toBe(false);
    expect(errorCode(await director.gql(DELETE, { id: seeded[0].id, v: seeded[0].version }))).toBe('FORBIDDEN');

    // The mutations agree.
    expect(errorCode(await director.gql(RECORD, { i: consultation([corporate[0].id]) }))).toBe('FORBIDDEN');
    expect(errorCode(await director.gql(RECORD, { i: consultation([]) }))).toBe('FORBIDDEN');
    expect(errorCode(await director.gql(RECORD, { i: consultation([mine[0].id, corporate[0].id]) }))).toBe('FORBIDDEN');
    const made = await director.gql(RECORD, { i: consultation([mine[0].id]) });
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    const rec = made.data.recordConsultation.consultation;
    expect(rec).toMatchObject({ viewerCan: { delete: true }, priorities: [{ id: mine[0].id }] });
    const listed = (await council(director)).priorities.find((p: any) => p.id === mine[0].id).consultations;
    expect(listed.map((x: any) => x.id)).toContain(rec.id);
    // An officer may neither see the button nor delete it.
    const seen = (await council(officer)).priorities.find((p: any) => p.id === mine[0].id);
    expect(seen.viewerCan.recordConsultation).toBe(false);
    expect(seen.consultations.find((x: any) => x.id === rec.id).viewerCan.delete).toBe(false);
    expect(errorCode(await officer.gql(DELETE, { id: rec.id, v: rec.version }))).toBe('FORBIDDEN');
    expect(errorCode(await officer.gql(RECORD, { i: consultation([mine[0].id]) }))).toBe('FORBIDDEN');
    const gone = await director.gql(DELETE, { id: rec.id, v: rec.version });
    expect(gone.errors, JSON.stringify(gone.errors)).toBeUndefined();
    expect(gone.data.deleteConsultation.deletedIds).toEqual([rec.id]);
  });

  it("lets an administrator set the council's priority limits and record any consultation; others are refused", async () => {
    const c = await council(admin);
    expect(c.cascadeViewerCan).toEqual({ setPriorityLimit: true, recordConsultation: true });
    expect(c.priorities.every((p: any) => p.viewerCan.recordConsultation)).toBe(true);
    expect(c.priorities.flatMap((p: any) => p.consultations).every((x: any) => x.viewerCan.delete)).toBe(true);
    const limit = await admin.gql(LIMIT, { c: councilId });
    expect(limit.errors, JSON.stringify(limit.errors)).toBeUndefined();
    expect(limit.data.setPriorityLimit.limits).toContainEqual({ level: 'SERVICE', limit: 40 });
    expect(errorCode(await director.gql(LIMIT, { c: councilId }))).toBe('FORBIDDEN');
    expect((await council(officer)).cascadeViewerCan).toEqual({ setPriorityLimit: false, recordConsultation: false });
    expect(errorCode(await officer.gql(LIMIT, { c: councilId }))).toBe('FORBIDDEN');
    const made = await admin.gql(RECORD, { i: consultation([]) });
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();

    // Anonymous callers: nothing offered, nothing allowed.
    const anonymous = await council(server);
    expect(anonymous.cascadeViewerCan).toEqual({ setPriorityLimit: false, recordConsultation: false });
    expect(anonymous.priorities.every((p: any) => !p.viewerCan.recordConsultation)).toBe(true);
    expect(anonymous.priorities.flatMap((p: any) => p.consultations).every((x: any) => !x.viewerCan.delete)).toBe(true);
    expect(errorCode(await server.gql(LIMIT, { c: councilId }))).toBe('UNAUTHENTICATED');
  });

  it("lets a line manager agree, review and rate a person's appraisal objective, not the person or an officer", async () => {
    const manager = await server.signIn(appraisee.managerEmail);
    const asManager = (await manager.gql(APPRAISALS, { p: appraisee.person })).data.node.appraisalObjectives;
    expect(asManager.length).toBeGreaterThan(0);
    for (const a of asManager) expect(a.viewerCan, a.name).toEqual({ update: true, delete: true });
    const asOfficer = (await officer.gql(APPRAISALS, { p: appraisee.person })).data.node.appraisalObjectives;
    for (const a of asOfficer) expect(a.viewerCan, a.name).toEqual({ update: false, delete: false });
    const a = asManager[0];
    const review = { id: a.id, version: a.version, agreedOn: a.agreedOn ?? '2024-05-01', reviewedOn: '2025-03-20', rating: 'MET' };
    expect(errorCode(await officer.gql(UPDATE_APPRAISAL, { i: review }))).toBe('FORBIDDEN');
    if (appraisee.email) {
      const self = await server.signIn(appraisee.email);
      const own = (await self.gql(APPRAISALS, { p: appraisee.person })).data.node.appraisalObjectives;
      for (const x of own) expect(x.viewerCan, x.name).toEqual({ update: false, delete: false });
      expect(errorCode(await self.gql(UPDATE_APPRAISAL, { i: review }))).toBe('FORBIDDEN');
    }
    const done = await manager.gql(UPDATE_APPRAISAL, { i: review });
    expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
    expect(done.data.updateAppraisalObjective.appraisalObjective).toMatchObject({ reviewedOn: '2025-03-20', rating: 'MET' });
  });

  it("gives each of the cascade's targets its Target, with the version setTarget needs", async () => {
    const c = await council(director);
    const targets = c.priorities.flatMap((p: any) => [...p.targets, ...p.objectives.flatMap((o: any) => o.targets)]);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) {
      expect(t.target.id).toBe(t.id);
      expect(t.target.version).toBeGreaterThanOrEqual(1);
    }
    for (const t of c.priorities.flatMap((p: any) => p.objectives.flatMap((o: any) => o.targets))) expect(t.target.value).toBe(t.value);
  });

  it("offers deleting a communication to the council's writers only, as deleteCommunication allows", async () => {
    const communications = async (caller: Pick<TestServer, 'gql'>) => {
      const r = await caller.gql(COMMUNICATIONS, { c: councilId });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
      return r.data.node.priorities.flatMap((p: any) => p.communications);
    };
    const asAdmin = await communications(admin);
    expect(asAdmin.length).toBeGreaterThan(0);
    expect(asAdmin.every((c: any) => c.viewerCan.delete)).toBe(true);
    for (const caller of [director, officer, server])
      expect((await communications(caller)).every((c: any) => !c.viewerCan.delete)).toBe(true);
    const one = asAdmin[0];
    expect(errorCode(await director.gql(DELETE_COMMUNICATION, { id: one.id, v: one.version }))).toBe('FORBIDDEN');
    expect(errorCode(await officer.gql(DELETE_COMMUNICATION, { id: one.id, v: one.version }))).toBe('FORBIDDEN');
  });

  it('offers adding an appraisal objective to the people the mutation lets the viewer give one', async () => {
    const manager = await server.signIn(appraisee.managerEmail);
    const mayAdd = async (caller: Pick<TestServer, 'gql'>) =>
      (await caller.gql(MAY_ADD, { p: appraisee.person })).data.node.viewerCan.addAppraisalObjective;
    expect(await mayAdd(manager)).toBe(true);
    expect(await mayAdd(admin)).toBe(true);
    expect(await mayAdd(officer)).toBe(false);
    const aims = await admin.gql(
      `query($c: ID!) { node(id: $c) { ... on Council { priorities(period: "2024-25") { objectives { id } } } } }`,
      {
        c: councilId,
      },
    );
    const objectiveId = aims.data.node.priorities.flatMap((p: any) => p.objectives)[0].id;
    const input = { personId: appraisee.person, period: '2024-25', name: 'Shadow a duty social worker', objectiveId };
    expect(errorCode(await officer.gql(CREATE_APPRAISAL, { i: input }))).toBe('FORBIDDEN');
    const made = await manager.gql(CREATE_APPRAISAL, { i: input });
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    const a = made.data.createAppraisalObjective.appraisalObjective;
    expect(errorCode(await officer.gql(DELETE_APPRAISAL, { id: a.id, v: a.version }))).toBe('FORBIDDEN');
    const gone = await manager.gql(DELETE_APPRAISAL, { id: a.id, v: a.version });
    expect(gone.errors, JSON.stringify(gone.errors)).toBeUndefined();
  });
});
