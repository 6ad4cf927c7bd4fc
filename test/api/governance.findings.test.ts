import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Action,
  Complaint,
  ComplaintPanelMember,
  ComplaintThemeLink,
  Council,
  DEMO_COUNCIL_GSS,
  DEMO_GOVERNANCE_AS_OF,
  Person,
  PersonKind,
  Risk,
  ScrutinyRecommendation,
  Service,
  WardEnquiry,
  seedDemo,
  seedGovernanceDemo,
  type Em,
} from '@goldenthread/db';
import { fromGlobalId } from '@goldenthread/api';
import { ActionSource, ComplaintStage, GOVERNANCE_SEVERITY } from '@goldenthread/domain';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const FINDINGS = `query($c: ID!, $asOf: String, $period: String) {
  governanceFindings(councilId: $c, asOf: $asOf, period: $period) { code severity message fix nodes { id type name } } }`;
const ALL_CODES = Object.keys(GOVERNANCE_SEVERITY).sort();

type Finding = { code: string; severity: string; message: string; fix: string; nodes: Array<{ id: string; type: string; name: string }> };

describe.each(dialects())('governance findings on %s', (dialect) => {
  let server: TestServer;
  let staff: Client;
  let suffolkId: string;
  let suffolk: number;
  const findings = async (viewer: Client, vars: Record<string, unknown> = {}): Promise<Finding[]> => {
    const res = await viewer.gql(FINDINGS, { c: suffolkId, asOf: DEMO_GOVERNANCE_AS_OF, ...vars });
    expect(res.errors).toBeUndefined();
    return res.data.governanceFindings;
  };
  const codesOf = (list: Finding[]) => [...new Set(list.map((f) => f.code))].sort();

  beforeAll(async () => {
    server = await startTestServer(dialect, {
      organisations: [{ gssCode: 'E10000017', people: 60, services: 8 }],
    });
    staff = await server.memberOf(DEMO_COUNCIL_GSS);
    suffolk = (await server.em().findOneOrFail(Council, { gssCode: DEMO_COUNCIL_GSS })).id;
    suffolkId = Buffer.from(`Council:${suffolk}`).toString('base64url');
  });
  afterAll(async () => server?.close());

  it('shows every governance check on the demo council, each finding whole and naming its nodes by global id', async () => {
    const list = await findings(staff);
    expect(codesOf(list)).toEqual(ALL_CODES);
    for (const f of list) {
      expect(f.severity).toBe(GOVERNANCE_SEVERITY[f.code as keyof typeof GOVERNANCE_SEVERITY].toUpperCase());
      expect(f.message.length).toBeGreaterThan(30);
      expect(f.fix.length).toBeGreaterThan(30);
      expect(f.nodes.length).toBeGreaterThan(0);
      for (const n of f.nodes) expect(fromGlobalId(n.id)?.type).toBe(n.type);
    }
    // The deliberate gaps, one each where the demo plants one.
    const count = (code: string) => list.filter((f) => f.code === code).length;
    expect(count('REPEATED_COMPLAINT_THEME')).toBe(1);
    expect(count('REVIEW_PANEL_WITHOUT_COUNCILLORS')).toBe(1);
    expect(count('COMPLAINT_OVERDUE')).toBe(2);
    expect(count('SCRUTINY_RECOMMENDATION_UNANSWERED')).toBe(1);
    expect(count('ENQUIRY_OVERDUE')).toBe(1);
    expect(count('HIGH_RISK_WITHOUT_MITIGATION')).toBe(1);
    const gap = list
      .filter((f) => f.code === 'PORTFOLIO_GAP')
      .map((f) => f.nodes[0]!.name)
      .sort();
    expect(gap).toEqual(['More adults with learning disabilities in paid work', 'Public Health']);
    const severities = list.map((f) => ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'].indexOf(f.severity));
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });

  it('judges the records at asOf, and the priorities of the financial year it falls in unless a period is given', async () => {
    const early = codesOf(await findings(staff, { asOf: '2025-03-01' }));
    expect(early).not.toContain('SCRUTINY_RECOMMENDATION_UNANSWERED'); // due 16 March 2025
    expect(early).toContain('PRIORITY_RISKS_NOT_ASSESSED');
    const nextYear = codesOf(await findings(staff, { asOf: '2025-04-01' }));
    expect(nextYear).not.toContain('PRIORITY_RISKS_NOT_ASSESSED'); // no 2025-26 priorities
    expect(codesOf(await findings(staff, { asOf: '2025-04-01', period: '2024-25' }))).toContain('PRIORITY_RISKS_NOT_ASSESSED');
  });

  it("is for the council's own people: anonymous callers, partners and other councils are refused", async () => {
    expect(errorCode(await server.gql(FINDINGS, { c: suffolkId }))).toBe('UNAUTHENTICATED');
    const admin = await server.adminOf(DEMO_COUNCIL_GSS);
    const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId: suffolkId, name: 'Findings test' },
    });
    expect(errorCode(await server.gql(FINDINGS, { c: suffolkId }, { 'x-api-key': key.data.createApiKey.secret }))).toBe('FORBIDDEN');
    const other = await server.memberOf('E10000017');
    expect(errorCode(await other.gql(FINDINGS, { c: suffolkId }))).toBe('FORBIDDEN');
    const councillor = await server
      .em()
      .findOneOrFail(Person, { council: suffolk, kind: PersonKind.COUNCILLOR, email: { $ne: null } }, { orderBy: { id: 'asc' } });
    const asCouncillor = await server.signIn(councillor.email!);
    expect(codesOf(await findings(asCouncillor))).toEqual(ALL_CODES);
  });

  // After the tests that expect every code, before the one that adds records.
  it('follows the records: answering the overdue ward enquiry through the API clears its finding', async () => {
    const admin = await server.adminOf(DEMO_COUNCIL_GSS);
    const [overdue] = (await findings(admin)).filter((f) => f.code === 'ENQUIRY_OVERDUE');
    const enquiryId = overdue!.nodes[0]!.id;
    const version = (await admin.gql(`query($id: ID!) { node(id: $id) { ... on WardEnquiry { version } } }`, { id: enquiryId })).data.node
      .version;
    const answer = await admin.gql(
      `mutation($i: RespondToWardEnquiryInput!) { respondToWardEnquiry(input: $i) { wardEnquiry { id status } } }`,
      {
        i: {
          id: enquiryId,
          version,
          status: 'RESPONDED',
          respondedOn: DEMO_GOVERNANCE_AS_OF,
          outcome: 'Reablement reviews now end with a call.',
        },
      },
    );
    expect(answer.errors).toBeUndefined();
    expect((await findings(admin)).filter((f) => f.code === 'ENQUIRY_OVERDUE')).toEqual([]);
  });

  it('answers a caller mistake with a coded error', async () => {
    const bad = async (vars: Record<string, unknown>) => staff.gql(FINDINGS, { c: suffolkId, ...vars });
    const date = await bad({ asOf: '31/03/2025' });
    expect(errorCode(date)).toBe('BAD_USER_INPUT');
    expect(date.errors?.[0]?.extensions?.field).toBe('asOf');
    expect(errorCode(await bad({ period: 'last year' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await bad({ c: 'not-an-id' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await bad({ c: Buffer.from('Council:999999').toString('base64url') }))).toBe('NOT_FOUND');
  });

  it('seeds the demo once: seeding again adds nothing', async () => {
    const em = server.em();
    const counts = async (e: Em) =>
      Promise.all(
        [Risk, Action, Complaint, ScrutinyRecommendation, WardEnquiry].map((entity) =>
          e.count(entity as never, { council: suffolk } as never),
        ),
      );
    const before = await counts(em);
    expect(before[2]).toBe(40);
    expect(await seedDemo(server.em())).toBe(false);
    await seedGovernanceDemo(server.em(), await server.em().findOneOrFail(Council, { id: suffolk }));
    expect(await counts(server.em())).toEqual(before);
  });

  it('costs the same number of SQL statements with many more records', async () => {
    const small = await server.countStatements(() => staff.gql(FINDINGS, { c: suffolkId, asOf: DEMO_GOVERNANCE_AS_OF }));
    expect(small.result.errors).toBeUndefined();
    await addRecords(server.em(), suffolk, 60);
    const large = await server.countStatements(() => staff.gql(FINDINGS, { c: suffolkId, asOf: DEMO_GOVERNANCE_AS_OF }));
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data.governanceFindings.length).toBeGreaterThan(small.result.data.governanceFindings.length + 100);
    console.log(`[${dialect}] governanceFindings: ${small.count} statements, then ${large.count} with 60 more of each record`);
    expect(large.count).toBe(small.count);
    // 27: the snapshot's flat queries, plus the viewer's designations (which complaints they may read one by one).
    expect(small.count).toBeLessThanOrEqual(27);
  });
});

/** `n` more risks without owners, overdue actions, overdue complaints at panel, enquiries and recommendations. */
async function addRecords(em: Em, councilId: number, n: number): Promise<void> {
  const service = await em.findOneOrFail(Service, { council: councilId }, { orderBy: { id: 'asc' } });
  const councillor = await em.findOneOrFail(Person, { council: councilId, kind: PersonKind.COUNCILLOR }, { orderBy: { id: 'asc' } });
  const [theme] = await em.find(ComplaintThemeLink, { complaint: { council: councilId } }, { limit: 1, populate: ['theme'] });
  const [committee] = await em.find(ScrutinyRecommendation, { council: councilId }, { limit: 1 });
  for (let i = 0; i < n; i++) {
    const risk = em.create(Risk, {
      council: councilId,
      reference: `X-${i}`,
      title: `Extra risk ${i}`,
      owner: null,
      inherentLikelihood: 5,
      inherentImpact: 4,
      residualLikelihood: 4,
      residualImpact: 4,
      reviewDue: '2025-01-01',
    });
    em.create(Action, {
      council: councilId,
      title: `Extra action ${i}`,
      source: ActionSource.RISK_MITIGATION,
      risk,
      due: '2025-01-01',
      owner: null,
    });
    const complaint = em.create(Complaint, {
      council: councilId,
      service,
      reference: `X-${i}`,
      receivedOn: '2025-01-02',
      stage: ComplaintStage.REVIEW_PANEL,
      responseDue: '2025-02-01',
    });
    if (theme) em.create(ComplaintThemeLink, { complaint, theme: theme.theme });
    if (i % 2) em.create(ComplaintPanelMember, { complaint, person: councillor });
    em.create(WardEnquiry, {
      council: councilId,
      councillor,
      ward: 'Extra ward',
      service,
      subject: `Extra enquiry ${i}`,
      raisedOn: '2025-01-02',
      responseDue: '2025-01-16',
    });
    if (committee) {
      em.create(ScrutinyRecommendation, {
        council: councilId,
        committee: committee.committee,
        text: `Extra recommendation ${i}`,
        madeOn: '2024-12-01',
        responseDue: '2025-02-01',
      });
    }
  }
  await em.flush();
}
