/**
 * The leadership health check over HTTP on the demo council, both dialects: who may ask, the shape,
 * and for every question, barrier and habit a figure the test counts itself from the seeded rows (with
 * its own queries, not the API's gatherer), so the answer is checked against the data, not against
 * the code that produced it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Action,
  AppraisalObjective,
  BestValueReview,
  CommunicationPriority,
  Complaint,
  ConsultationGroup,
  ConsultationPriority,
  Council,
  CouncillorRole,
  DEMO_COUNCIL_GSS,
  Directorate,
  Indicator,
  IndicatorOwnership,
  Measurement,
  Objective,
  ObjectivePriority,
  Person,
  Priority,
  PriorityLimit,
  Risk,
  Service,
  Target,
  type Em,
} from '@goldenthread/db';
import { ActionStatus, BARRIER_KEYS, HABIT_KEYS, QUESTION_KEYS } from '@goldenthread/domain';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const YEAR = '2024-25';
const PREVIOUS_YEAR = '2023-24';
const YEAR_START = '2024-04-01';
const YEAR_END = '2025-03-31';
const MAIN_LEVELS = ['CORPORATE', 'DIRECTORATE'];

const CHECK = `query($c: ID!, $p: String!, $w: String) {
  leadershipHealthCheck(councilId: $c, period: $p, compareWith: $w) {
    councilId councilName period asOf comparedWith
    questions { ...A } barriers { ...A } habits { ...A } } }
  fragment A on HealthCheckAnswer {
    key section title score maxScore answer improve
    evidence { key text numerator denominator definition score }
    nodes { id type ok } change { previousScore delta direction } unanswerable { reason record } }`;

type Figure = { key: string; text: string; numerator: number | null; denominator: number | null; definition: string; score: number | null };
type Answer = {
  key: string;
  section: string;
  score: number | null;
  maxScore: number;
  answer: string;
  improve: string;
  evidence: Figure[];
  nodes: Array<{ id: string; type: string; ok: boolean }>;
  change: unknown;
  unanswerable: { reason: string; record: string } | null;
};
type Check = {
  councilId: string;
  period: string;
  asOf: string;
  comparedWith: string | null;
  questions: Answer[];
  barriers: Answer[];
  habits: Answer[];
};

const pct = (n: number, d: number) => n / d;
/** The share rule of docs/methods/health-check.md. */
const shareScore = (n: number, d: number) => {
  const s = pct(n, d);
  return s >= 0.9 ? 4 : s >= 0.75 ? 3 : s >= 0.5 ? 2 : s >= 0.25 ? 1 : 0;
};

describe.each(dialects())('leadership health check on %s', (dialect) => {
  let server: TestServer;
  let staff: Client;
  let suffolk: number;
  let suffolkId: string;
  let check: Check;
  const em = (): Em => server.em();
  const answer = (key: string): Answer => [...check.questions, ...check.barriers, ...check.habits].find((a) => a.key === key)!;
  const figure = (key: string, measure: string): Figure => {
    const f = answer(key).evidence.find((e) => e.key === measure);
    expect(f, `${key} has a figure ${measure}`).toBeDefined();
    return f!;
  };
  /** The figure is `n of d` with its score by the share rule. */
  const expectShare = (key: string, measure: string, n: number, d: number) => {
    const f = figure(key, measure);
    expect([f.numerator, f.denominator], `${key}.${measure}: ${f.text}`).toEqual([n, d]);
    expect(f.score).toBe(shareScore(n, d));
    expect(f.text).toContain(`${n} of ${d}`);
  };

  // ------------------------------------------------------------------ the test's own counts
  const own = () => ({ council: suffolk });
  const mainPriorities = () =>
    em().find(Priority, { ...own(), period: YEAR, level: { $in: MAIN_LEVELS as never }, isNonPriority: false }, { orderBy: { id: 'asc' } });
  const activePriorities = () => em().find(Priority, { ...own(), period: YEAR, isNonPriority: false });
  /** Leaders on the judging day: leader, cabinet and portfolio roles in force, and directors. */
  const leaderIds = async (day: string) => {
    const roles = await em().find(CouncillorRole, { ...own(), role: { $in: ['LEADER', 'CABINET_MEMBER', 'PORTFOLIO_HOLDER'] as never } });
    const ids = new Set(roles.filter((r) => (!r.startsOn || r.startsOn <= day) && (!r.endsOn || r.endsOn >= day)).map((r) => r.person.id));
    for (const d of await em().find(Directorate, own())) if (d.director) ids.add(d.director.id);
    return ids;
  };
  /** Indicators in use in the year: a target of the year, an ownership row, or a figure in the year. */
  const indicatorsInUse = async () => {
    const ids = new Set<number>();
    for (const t of await em().find(Target, { ...own(), period: YEAR })) ids.add(t.indicator.id);
    for (const o of await em().find(IndicatorOwnership, own())) ids.add(o.indicator.id);
    for (const m of await em().find(
      Measurement,
      { ...own(), periodStart: { $gte: YEAR_START, $lte: YEAR_END } },
      { fields: ['indicator'] },
    )) {
      ids.add(m.indicator.id);
    }
    return ids;
  };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    staff = await server.memberOf(DEMO_COUNCIL_GSS);
    suffolk = (await em().findOneOrFail(Council, { gssCode: DEMO_COUNCIL_GSS })).id;
    suffolkId = Buffer.from(`Council:${suffolk}`).toString('base64url');
    const res = await staff.gql(CHECK, { c: suffolkId, p: YEAR });
    expect(res.errors).toBeUndefined();
    check = res.data.leadershipHealthCheck;
  });
  afterAll(async () => server?.close());

  it('is for the council’s own people: refused signed out, with a partner key and to another council', async () => {
    expect(errorCode(await server.gql(CHECK, { c: suffolkId, p: YEAR }))).toBe('UNAUTHENTICATED');
    const admin = await server.adminOf(DEMO_COUNCIL_GSS);
    const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId: suffolkId, name: 'Health check test' },
    });
    const partner = await server.gql(CHECK, { c: suffolkId, p: YEAR }, { 'x-api-key': key.data.createApiKey.secret });
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorCode(partner));
    expect(partner.data?.leadershipHealthCheck ?? null).toBeNull();
    const other = await server.adminOf('E10000017');
    expect(errorCode(await other.gql(CHECK, { c: suffolkId, p: YEAR }))).toBe('FORBIDDEN');
    expect(errorCode(await other.gql(`query($c: ID!) { leadershipHealthCheckHistory(councilId: $c) { period } }`, { c: suffolkId }))).toBe(
      'FORBIDDEN',
    );
  });

  it('names a bad period or an unknown council with a coded error', async () => {
    const bad = await staff.gql(CHECK, { c: suffolkId, p: '2024-13' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/period/i);
    expect(errorCode(await staff.gql(CHECK, { c: suffolkId, p: YEAR, w: 'last year' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await staff.gql(CHECK, { c: Buffer.from('Council:999999').toString('base64url'), p: YEAR }))).toBe('NOT_FOUND');
  });

  it('answers the seven questions, six barriers and eight habits in order, scored across the scale, judged at the year end', async () => {
    expect(check.questions.map((a) => a.key)).toEqual([...QUESTION_KEYS]);
    expect(check.barriers.map((a) => a.key)).toEqual([...BARRIER_KEYS]);
    expect(check.habits.map((a) => a.key)).toEqual([...HABIT_KEYS]);
    expect(check.asOf).toBe(YEAR_END);
    // The demo's golden thread has a year before (2023-24): each answer is compared with it.
    expect(check.comparedWith).toBe(PREVIOUS_YEAR);
    const all = [...check.questions, ...check.barriers, ...check.habits];
    for (const a of all) {
      expect(a.maxScore).toBe(4);
      if (a.score === null) expect(a.unanswerable?.record.length).toBeGreaterThan(10);
      else expect(a.score).toBeGreaterThanOrEqual(0);
      expect(a.answer.length).toBeGreaterThan(20);
      expect(a.evidence.length).toBeGreaterThan(0);
      for (const e of a.evidence) expect(e.definition.length).toBeGreaterThan(20);
      for (const n of a.nodes) expect(Buffer.from(n.id, 'base64url').toString()).toMatch(new RegExp(`^${n.type}:\\d+$`));
      const change = a.change as { previousScore: number; delta: number; direction: string } | null;
      if (change) {
        expect(a.score).not.toBeNull();
        expect(change.delta).toBe(a.score! - change.previousScore);
        expect(change.direction).toBe(change.delta > 0 ? 'UP' : change.delta < 0 ? 'DOWN' : 'SAME');
      }
    }
    // The year before was weaker: some answers changed, and more for the better.
    const changes = all.flatMap((a) => (a.change ? [(a.change as { delta: number }).delta] : []));
    expect(changes.length).toBeGreaterThan(5);
    expect(changes.filter((d) => d > 0).length).toBeGreaterThan(changes.filter((d) => d < 0).length);
    const scores = all.map((a) => a.score).filter((s): s is number => s !== null);
    expect(Math.min(...scores)).toBeLessThanOrEqual(1);
    expect(Math.max(...scores)).toBeGreaterThanOrEqual(3);
  });

  it('Q1, Q2: agreed priorities and carers consulted, counted from the priorities and consultations', async () => {
    const main = await mainPriorities();
    expectShare('Q1_DIRECTION', 'agreed', main.filter((p) => p.status !== 'DRAFT').length, main.length);
    const carersConsultations = new Set((await em().find(ConsultationGroup, { kind: 'CARERS' as never })).map((g) => g.consultation.id));
    const links = await em().find(ConsultationPriority, { priority: { $in: main.map((p) => p.id) } });
    const consulted = new Set(links.filter((l) => carersConsultations.has(l.consultation.id)).map((l) => l.priority.id));
    expectShare('Q2_ENGAGEMENT', 'carers', consulted.size, main.length);
  });

  it('Q3, B5: indicators in use with a data owner and a responsible manager', async () => {
    const inUse = await indicatorsInUse();
    const owners = new Map((await em().find(IndicatorOwnership, own())).map((o) => [o.indicator.id, o]));
    const withOwner = [...inUse].filter((id) => owners.get(id)?.dataOwner).length;
    const withManager = [...inUse].filter((id) => owners.get(id)?.responsibleManager).length;
    expectShare('Q3_MEASUREMENT', 'dataOwners', withOwner, inUse.size);
    expectShare('B5_SYSTEM_DOES_NOT_HELP', 'responsibleManagers', withManager, inUse.size);
    expect(figure('Q3_MEASUREMENT', 'miOwner').text).toBe('One senior manager is responsible for management information');
  });

  it('Q4, B6, H7: appraisal objectives reviewed, met, and staff with one', async () => {
    const rows = await em().find(AppraisalObjective, { council: suffolk, period: YEAR } as never);
    const agreed = rows.filter((a) => a.agreedOn !== null);
    expectShare('Q4_STAFF_EXPECTATIONS', 'reviewed', agreed.filter((a) => a.reviewedOn !== null).length, agreed.length);
    const rated = rows.filter((a) => a.rating !== null);
    expectShare('B6_SOME_DO_NOT_PERFORM', 'appraisalsMet', rated.filter((a) => a.rating !== 'NOT_MET').length, rated.length);
    const officers = await em().find(Person, { ...own(), kind: 'OFFICER' as never, name: { $ne: 'Test Administrator' } });
    const withObjective = new Set(agreed.map((a) => a.person.id));
    expectShare('H7_HELP_PEOPLE_PERFORM', 'staffObjectives', officers.filter((p) => withObjective.has(p.id)).length, officers.length);
  });

  it('Q5, H3: risks within their review date, and high risks with a live mitigating action', async () => {
    const risks = (await em().find(Risk, own())).filter((r) => r.status !== 'CLOSED');
    expectShare('Q5_RISK', 'reviewsCurrent', risks.filter((r) => r.reviewDue === null || r.reviewDue >= YEAR_END).length, risks.length);
    const high = risks.filter((r) => r.status === 'OPEN' && r.residualLikelihood * r.residualImpact >= 15);
    const actions = await em().find(Action, { ...own(), source: 'RISK_MITIGATION' as never });
    const live = (r: Risk) =>
      actions.some((a) => a.risk?.id === r.id && a.status !== ActionStatus.DROPPED && a.status !== ActionStatus.DONE);
    const f = figure('H3_ACT_ON_WHAT_MATTERS', 'highRisksMitigated');
    expect(f.denominator).toBe(high.length);
    expect(f.numerator).toBe(high.filter(live).length);
  });

  it('Q6, H8: services with a Best Value review, and open reviews', async () => {
    const reviews = await em().find(BestValueReview, own());
    const services = await em().find(Service, own());
    const reviewed = services.filter(
      (s) => reviews.some((r) => r.service?.id === s.id) || reviews.some((r) => !r.service && r.directorate?.id === s.directorate.id),
    );
    expectShare('Q6_VALUE_FOR_MONEY', 'bestValueCoverage', reviewed.length, services.length);
    expect(figure('H8_REVIEW_ARRANGEMENTS', 'reviewsMoving').denominator).toBe(reviews.filter((r) => r.status !== 'CLOSED').length);
  });

  it('Q7: indicators due on target, counted from the figures and targets', async () => {
    // Monthly local measures: the latest due month at the year end is February (March is due on 30 April).
    const inUse = await indicatorsInUse();
    const indicators = await em().find(Indicator, { id: { $in: [...inUse] } });
    const targets = await em().find(Target, { ...own(), period: YEAR, service: null });
    let green = 0;
    let judged = 0;
    for (const i of indicators.filter((x) => x.frequency === 'MONTHLY')) {
      const t = targets.find((x) => x.indicator.id === i.id);
      const m = await em().findOne(Measurement, { ...own(), indicator: i.id, period: '2025-02', disaggregation: 'Total' });
      if (!m || m.value === null) continue;
      if (i.polarity === 'WITHIN_BAND') {
        // A banded measure is judged against its band, target or not.
        judged++;
        if (m.value >= i.bandLow! && m.value <= i.bandHigh!) green++;
        continue;
      }
      if (!t) continue;
      judged++;
      if (i.polarity === 'HIGHER_IS_BETTER' ? m.value >= t.value : m.value <= t.value) green++;
    }
    // The demo's annual (ASCOF) measures have no figures of their own in it: the monthly ones are all there is to judge.
    expectShare('Q7_DIFFERENCE', 'targetsMet', green, judged);
  });

  it('B1, B6: actions that fell due by the year end, leaders’ and everyone’s', async () => {
    const leaders = await leaderIds(YEAR_END);
    const actions = (await em().find(Action, own())).filter((a) => a.status !== ActionStatus.DROPPED && a.due !== null && a.due < YEAR_END);
    const mine = actions.filter((a) => a.owner && leaders.has(a.owner.id));
    expectShare('B1_NOT_INTERESTED', 'leadersActions', mine.filter((a) => a.status === ActionStatus.DONE).length, mine.length);
    expectShare('B6_SOME_DO_NOT_PERFORM', 'actionsDone', actions.filter((a) => a.status === ActionStatus.DONE).length, actions.length);
  });

  it('B2: upheld complaints of the year with their lessons recorded', async () => {
    const complaints = (await em().find(Complaint, own())).filter(
      (c) => (c.outcome === 'UPHELD' || c.outcome === 'PARTLY_UPHELD') && c.receivedOn >= YEAR_START && c.receivedOn <= YEAR_END,
    );
    const actions = await em().find(Action, { ...own(), complaint: { $ne: null } });
    const learnt = complaints.filter(
      (c) => c.lessons?.trim() || actions.some((a) => a.complaint?.id === c.id && a.status !== ActionStatus.DROPPED),
    );
    expectShare('B2_NO_TIME_TO_LEARN', 'complaintLessons', learnt.length, complaints.length);
  });

  it('B3: scopes within the council’s limit on priorities', async () => {
    const limits = await em().find(PriorityLimit, own());
    const active = await activePriorities();
    let within = 0;
    let scopes = 0;
    for (const l of limits) {
      const at = active.filter((p) => p.level === l.level);
      const key = (p: Priority) =>
        l.level === 'CORPORATE' ? 'council' : l.level === 'DIRECTORATE' ? `${p.directorate?.id}` : `${p.service?.id}`;
      const counts = new Map<string, number>();
      for (const p of at) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
      if (l.level === 'CORPORATE' && at.length === 0) continue;
      for (const c of counts.values()) {
        scopes++;
        if (c <= l.limit) within++;
      }
    }
    expectShare('B3_TOO_MANY_PRIORITIES', 'limits', within, scopes);
  });

  it('B4: priorities communicated', async () => {
    const main = await mainPriorities();
    const told = new Set((await em().find(CommunicationPriority, { priority: { $in: main.map((p) => p.id) } })).map((l) => l.priority.id));
    const n = main.filter((p) => p.status === 'COMMUNICATED' || p.communicatedOn !== null || told.has(p.id)).length;
    expectShare('B4_NOT_UNDERSTOOD', 'communicated', n, main.length);
  });

  it('H1, H4: corporate priorities owned by a leader, national priorities linked to their indicator', async () => {
    const leaders = await leaderIds(YEAR_END);
    const corporate = (await activePriorities()).filter((p) => p.level === 'CORPORATE');
    expectShare(
      'H1_SHOW_PERFORMANCE_MATTERS',
      'leaderOwned',
      corporate.filter((p) => p.owner && leaders.has(p.owner.id)).length,
      corporate.length,
    );
    const national = (await activePriorities()).filter((p) => p.origin === 'NATIONAL');
    const f = figure('H4_NATIONAL_AGENDAS', 'nationalLinked');
    expect(f.denominator).toBe(national.length);
    // Every demo national priority names the national indicator it translates.
    expect(national.every((p) => p.nationalIndicator)).toBe(true);
    expect(f.numerator).toBe(national.length);
  });

  it('H2, H5: service-plan objectives delivering a priority, and services with a plan', async () => {
    const objectives = await em().find(Objective, { ...own(), period: YEAR });
    const active = new Set((await activePriorities()).map((p) => p.id));
    const links = await em().find(ObjectivePriority, { objective: { $in: objectives.map((o) => o.id) } });
    const traced = objectives.filter((o) => links.some((l) => l.objective.id === o.id && active.has(l.priority.id)));
    expectShare('H2_JOIN_UP_THINKING', 'objectivesTraced', traced.length, objectives.length);
    const services = await em().find(Service, { ...own(), kind: 'SERVICE' as never });
    const planned = services.filter((s) => objectives.some((o) => o.service.id === s.id));
    expectShare('H5_OWN_FRAMEWORK', 'servicePlans', planned.length, services.length);
  });

  it('H6: corporate and directorate priorities with a target on an outcome (ASCOF) measure', async () => {
    const main = await mainPriorities();
    const f = figure('H6_MEASURE_OUTCOMES', 'outcomeTargets');
    expect(f.denominator).toBe(main.length);
    const ascof = new Set((await em().find(Indicator, { framework: 'ASCOF' as never })).map((i) => i.id));
    const onAscof = (await em().find(Target, { ...own(), period: YEAR })).filter((t) => ascof.has(t.indicator.id));
    // The demo sets no 2024-25 targets on ASCOF measures: nothing can count.
    expect(onAscof).toHaveLength(0);
    expect(f.numerator).toBe(0);
  });

  it('the history lists both demo years, the later compared with the earlier; a year compared with itself has no change', async () => {
    const res = await staff.gql(
      `query($c: ID!) { leadershipHealthCheckHistory(councilId: $c) { period comparedWith questions { key score } } }`,
      {
        c: suffolkId,
      },
    );
    expect(res.errors).toBeUndefined();
    const years = [...new Set((await em().find(Priority, own())).map((p) => p.period))].sort();
    const history = res.data.leadershipHealthCheckHistory as Array<{ period: string; comparedWith: string | null; questions: Answer[] }>;
    expect(years).toEqual([PREVIOUS_YEAR, YEAR]);
    expect(history.map((h) => h.period)).toEqual(years);
    expect(history.map((h) => h.comparedWith)).toEqual([null, PREVIOUS_YEAR]);
    // The year before's Q1 counts that year's priorities.
    const before = await staff.gql(CHECK, { c: suffolkId, p: PREVIOUS_YEAR });
    expect(before.errors).toBeUndefined();
    const q1 = (before.data.leadershipHealthCheck as Check).questions.find((a) => a.key === 'Q1_DIRECTION')!;
    const main = await em().find(Priority, {
      ...own(),
      period: PREVIOUS_YEAR,
      level: { $in: MAIN_LEVELS as never },
      isNonPriority: false,
    });
    const agreed = q1.evidence.find((e) => e.key === 'agreed')!;
    expect([agreed.numerator, agreed.denominator]).toEqual([main.filter((p) => p.status !== 'DRAFT').length, main.length]);
    expect(main.length).toBeGreaterThan(0);
    const same = await staff.gql(CHECK, { c: suffolkId, p: YEAR, w: YEAR });
    expect(same.errors).toBeUndefined();
    expect(same.data.leadershipHealthCheck.comparedWith).toBeNull();
  });
});
