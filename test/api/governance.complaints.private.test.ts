/**
 * Complaints hold personal data: a viewer who may not read a complaint never learns its case reference
 * or node id from the governance findings (COMPLAINT_OVERDUE, REVIEW_PANEL_WITHOUT_COUNCILLORS,
 * REPEATED_COMPLAINT_THEME: counted per service instead), nor from an action whose source is the
 * complaint (complaintId, findingKey, the actions CSV). On the Suffolk demo, as anonymous, a partner,
 * an ordinary member of staff and the complaints officer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Action, Complaint, DEMO_GOVERNANCE_AS_OF, Person, Service, StaffRole } from '@goldenthread/db';
import { ActionSource, ComplaintStage, StaffRoleKind } from '@goldenthread/domain';
import { type Client, dialects, errorCode, startTestServer, type TestServer } from '../testkit/index.js';
import { gid, type Viewers, viewers } from './governance.people.fixture.js';

const FINDINGS = `query($c: ID!, $asOf: String) {
  governanceFindings(councilId: $c, asOf: $asOf) { code message fix nodes { id type name } } }`;
const ACTIONS = `query($c: ID!, $source: ActionSource) {
  actions(councilId: $c, source: $source, first: 500) { totalCount nodes { id title source complaintId findingKey service { name } } } }`;
const ACTION = `query($id: ID!) { node(id: $id) { ... on Action { id source complaintId findingKey } } }`;
const ACTIONS_CSV = `query($c: ID!) { actionsCsv(councilId: $c) }`;
const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { action { id findingKey } } }`;

type Finding = { code: string; message: string; fix: string; nodes: Array<{ id: string; type: string; name: string }> };
const COMPLAINT_CODES = ['COMPLAINT_OVERDUE', 'REVIEW_PANEL_WITHOUT_COUNCILLORS', 'REPEATED_COMPLAINT_THEME'];

describe.each(dialects())('complaints kept from those who may not read them on %s', (dialect) => {
  let server: TestServer;
  let v: Viewers;
  let officer: Client;
  /** Every case reference and complaint global id of the council. */
  let references: string[];
  let complaintIds: string[];

  beforeAll(async () => {
    server = await startTestServer(dialect);
    v = await viewers(server);
    const em = server.em();
    const role = await em.findOneOrFail(
      StaffRole,
      { council: v.councilDbId, kind: StaffRoleKind.COMPLAINTS_OFFICER },
      { populate: ['person'] },
    );
    const person = role.person.getEntity() as Person;
    expect(gid('Person', person.id)).not.toBe(v.officerId);
    officer = await server.signIn(person.email!);
    const complaints = await em.find(Complaint, { council: v.councilDbId });
    references = complaints.map((c) => c.reference);
    complaintIds = complaints.map((c) => gid('Complaint', c.id));
    expect(references.length).toBe(40);
  });
  afterAll(async () => {
    await server?.close();
  });

  const findings = async (client: Client): Promise<Finding[]> => {
    const res = await client.gql(FINDINGS, { c: v.councilId, asOf: DEMO_GOVERNANCE_AS_OF });
    expect(res.errors).toBeUndefined();
    return res.data.governanceFindings;
  };
  /** Every case reference or complaint id found in this text. */
  const leaks = (text: string) => [...references, ...complaintIds].filter((r) => text.includes(r));

  it('refuses the findings and actions to anonymous callers and partners, so they see neither', async () => {
    for (const q of [FINDINGS, ACTIONS_CSV]) {
      expect(errorCode(await v.anonymous(q, { c: v.councilId }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await v.partner(q, { c: v.councilId }))).toBe('FORBIDDEN');
    }
    // Actions are the council's own: anyone else gets an empty list.
    for (const outsider of [v.anonymous, v.partner]) {
      const res = await outsider(ACTIONS, { c: v.councilId, source: 'COMPLAINT_LESSON' });
      expect(res.data.actions).toEqual({ totalCount: 0, nodes: [] });
    }
  });

  it('names the complaints to the complaints officer', async () => {
    const list = (await findings(officer)).filter((f) => COMPLAINT_CODES.includes(f.code));
    const overdue = list.filter((f) => f.code === 'COMPLAINT_OVERDUE');
    expect(overdue.length).toBe(2);
    for (const f of overdue) {
      expect(f.nodes[0]!.type).toBe('Complaint');
      expect(f.message).toContain(f.nodes[0]!.name);
      expect(references).toContain(f.nodes[0]!.name);
    }
    const repeated = list.find((f) => f.code === 'REPEATED_COMPLAINT_THEME')!;
    expect(repeated.nodes.filter((n) => n.type === 'Complaint').length).toBeGreaterThanOrEqual(3);
    expect(list.find((f) => f.code === 'REVIEW_PANEL_WITHOUT_COUNCILLORS')!.nodes[0]!.type).toBe('Complaint');
  });

  it('counts them per service for ordinary staff, naming no complaint by reference or node', async () => {
    const list = await findings(v.officer);
    expect(leaks(JSON.stringify(list))).toEqual([]);
    expect(list.flatMap((f) => f.nodes).filter((n) => n.type === 'Complaint')).toEqual([]);
    const overdue = list.filter((f) => f.code === 'COMPLAINT_OVERDUE');
    expect(overdue.length).toBeGreaterThan(0);
    let counted = 0;
    for (const f of overdue) {
      expect(f.nodes.map((n) => n.type)).toEqual(['Service']);
      const m = /^(\d+) complaints? about (.+) (?:is|are) past (?:its|their) response date with no response recorded\.$/.exec(f.message);
      expect(m, f.message).not.toBeNull();
      expect(m![2]).toBe(f.nodes[0]!.name);
      counted += Number(m![1]);
    }
    expect(counted).toBe(2);
    const panel = list.filter((f) => f.code === 'REVIEW_PANEL_WITHOUT_COUNCILLORS');
    expect(panel.map((f) => f.nodes.map((n) => n.type))).toEqual([['Service']]);
    expect(panel[0]!.message).toMatch(/^1 complaint about .+ is at the review panel stage with no councillor on its panel/);
    const repeated = list.find((f) => f.code === 'REPEATED_COMPLAINT_THEME')!;
    expect(repeated.nodes.map((n) => n.type)).toEqual(['Service', 'ComplaintTheme']);
  });

  it('hides which complaint an action is a lesson of, unless the viewer may read it', async () => {
    const stored = await server.em().find(Action, { council: v.councilDbId, source: ActionSource.COMPLAINT_LESSON });
    expect(stored.length).toBeGreaterThan(0);
    const plain = (await v.officer.gql(ACTIONS, { c: v.councilId, source: 'COMPLAINT_LESSON' })).data.actions;
    expect(plain.totalCount).toBe(stored.length);
    for (const a of plain.nodes) expect(a).toMatchObject({ source: 'COMPLAINT_LESSON', complaintId: null });
    expect(plain.nodes.every((a: any) => a.service !== null)).toBe(true);
    expect(leaks(JSON.stringify(plain))).toEqual([]);
    const one = await v.officer.gql(ACTION, { id: plain.nodes[0].id });
    expect(one.data.node).toMatchObject({ source: 'COMPLAINT_LESSON', complaintId: null });

    const seen = (await officer.gql(ACTIONS, { c: v.councilId, source: 'COMPLAINT_LESSON' })).data.actions;
    expect(seen.nodes.map((a: any) => a.complaintId).sort()).toEqual(stored.map((a) => gid('Complaint', a.complaint!.id)).sort());
    expect(seen.nodes.every((a: any) => complaintIds.includes(a.complaintId))).toBe(true);
  });

  it('hides a finding key naming a complaint, and keeps complaints out of the actions CSV', async () => {
    const complaint = (await server.em().findOneOrFail(Complaint, { council: v.councilDbId, reference: references[0]! })).id;
    const created = await v.admin.gql(CREATE_ACTION, {
      input: {
        councilId: v.councilId,
        title: 'Answer the overdue complaint',
        source: 'FINDING',
        findingCode: 'COMPLAINT_OVERDUE',
        findingKey: `Complaint:${complaint}`,
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data.createAction.action.id;
    expect(created.data.createAction.action.findingKey).toBe(`Complaint:${complaint}`);
    expect((await v.officer.gql(ACTION, { id })).data.node).toMatchObject({ source: 'FINDING', findingKey: null });
    expect((await officer.gql(ACTION, { id })).data.node.findingKey).toBe(`Complaint:${complaint}`);

    const plainCsv = (await v.officer.gql(ACTIONS_CSV, { c: v.councilId })).data.actionsCsv as string;
    expect(leaks(plainCsv)).toEqual([]);
    expect(plainCsv).not.toContain(`Complaint:${complaint}`);
    expect(plainCsv).toContain('COMPLAINT_LESSON');
    const officerCsv = (await officer.gql(ACTIONS_CSV, { c: v.councilId })).data.actionsCsv as string;
    expect(leaks(officerCsv).length).toBeGreaterThan(0);
    expect(officerCsv).toContain(`Complaint:${complaint}`);
  });

  it('reads what each viewer may see of complaints in as many statements whatever their number', async () => {
    const LESSONS = `query($c: ID!) { actions(councilId: $c, source: COMPLAINT_LESSON, first: 500) {
      totalCount nodes { complaintId findingKey } } }`;
    const measure = async () => {
      const out: number[] = [];
      for (const client of [v.officer, officer]) {
        for (const [q, vars] of [
          [LESSONS, { c: v.councilId }],
          [FINDINGS, { c: v.councilId, asOf: DEMO_GOVERNANCE_AS_OF }],
        ] as const) {
          const { result, count } = await server.countStatements(() => client.gql(q, vars));
          expect(result.errors).toBeUndefined();
          out.push(count);
        }
      }
      return out;
    };
    const small = await measure();
    const em = server.em();
    const services = await em.find(Service, { council: v.councilDbId }, { limit: 5, orderBy: { id: 'asc' } });
    for (let i = 0; i < 30; i++) {
      const complaint = em.create(Complaint, {
        council: v.councilDbId,
        service: services[i % services.length]!,
        reference: `CX-${i}`,
        receivedOn: '2025-01-02',
        stage: ComplaintStage.INVESTIGATION,
        responseDue: '2025-02-01',
      });
      em.create(Action, { council: v.councilDbId, title: `Extra lesson ${i}`, source: ActionSource.COMPLAINT_LESSON, complaint });
    }
    await em.flush();
    const large = await measure();
    expect(large).toEqual(small);
    // The 30 more are overdue: ordinary staff see them counted, the complaints officer named.
    const plain = await findings(v.officer);
    expect(plain.flatMap((f) => f.nodes).some((n) => n.name.startsWith('CX-'))).toBe(false);
    const named = await findings(officer);
    expect(named.filter((f) => f.code === 'COMPLAINT_OVERDUE' && f.nodes[0]!.name.startsWith('CX-')).length).toBe(30);
  });
});
