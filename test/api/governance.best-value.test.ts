import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type TestServer } from '../testkit/index.js';
import { type GovernanceViewers, governanceViewers } from './governance.viewers.js';

const REVIEW = `id version title scope status startedOn statusSince closedOn chosenOption chosenReason
  unitCost comparatorUnitCost annualSpend efficiencyNote
  stalled missingCs service { name } directorate { name } leadOfficer { name } panel { name }
  findings { id version kind text evidence } options { id version option appraisal } recommendations { id version text agreedOn }`;
/** A mutation taking `input` of its own input type (named after it), selecting `selection`. */
const withInput = (name: string, selection: string) =>
  `mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} } }`;
const CREATE = withInput('createBestValueReview', `review { ${REVIEW} }`);
const UPDATE = withInput('updateBestValueReview', `review { ${REVIEW} }`);
const ADD_FINDING = withInput('addBestValueFinding', 'finding { id version kind text evidence reviewId }');
const UPDATE_FINDING = withInput('updateBestValueFinding', 'finding { id version kind text }');
const REMOVE_FINDING = `mutation($id: ID!, $version: Int) { removeBestValueFinding(id: $id, version: $version) { removedId reviewId } }`;
const APPRAISE = withInput('appraiseBestValueOption', 'option { id version option appraisal }');
const REMOVE_OPTION = `mutation($id: ID!, $version: Int) { removeBestValueOption(id: $id, version: $version) { removedId } }`;
const ADD_REC = withInput('addBestValueRecommendation', 'recommendation { id version text agreedOn }');
const UPDATE_REC = withInput('updateBestValueRecommendation', 'recommendation { id version text agreedOn }');
const LIST = `query($c: ID!, $status: BestValueStatus, $s: ID) {
  bestValueReviews(councilId: $c, status: $status, serviceId: $s) { totalCount nodes { id title status findings { kind } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on BestValueReview { title } ... on BestValueFinding { text } } }`;

describe.each(dialects())('Best Value reviews on %s', (dialect) => {
  let server: TestServer;
  let v: GovernanceViewers;
  let review: any;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    v = await governanceViewers(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  const base = () => ({
    councilId: v.councilId,
    title: 'Reablement: Best Value review 2025',
    scope: 'Is in-house reablement the best way to get people home?',
    serviceId: v.ids.serviceA,
  });

  it("lets the service's owner start a review of it, with a panel of councillors", async () => {
    const res = await v.ownerA.gql(CREATE, {
      input: {
        ...base(),
        leadOfficerId: v.ids.ownerA,
        panelIds: [v.ids.councillors[1], v.ids.councillors[2]],
        startedOn: '2025-01-06',
        unitCost: 412.5,
        comparatorUnitCost: 350,
        annualSpend: 2_400_000,
      },
    });
    expect(res.errors).toBeUndefined();
    review = res.data.createBestValueReview.review;
    expect(review).toMatchObject({
      status: 'SCOPING',
      startedOn: '2025-01-06',
      statusSince: '2025-01-06',
      closedOn: null,
      stalled: true,
      missingCs: ['CHALLENGE', 'COMPARE', 'CONSULT', 'COMPETE'],
      service: { name: 'Reablement' },
      directorate: null,
      leadOfficer: { name: 'Owner Reablement' },
      panel: [{ name: 'Cllr Birch' }, { name: 'Cllr Cedar' }],
      unitCost: 412.5,
      version: 1,
    });
  });

  it("refuses outsiders, a plain officer and another service's owner", async () => {
    const input = base();
    expect(errorCode(await server.gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(CREATE, { input }, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    expect(errorCode(await v.otherAdmin.gql(CREATE, { input }))).toBe('FORBIDDEN');
    const plain = await v.plain.gql(CREATE, { input });
    expect(errorCode(plain)).toBe('FORBIDDEN');
    expect(plain.errors![0]!.message).toContain('You may not start a Best Value review of this');
    expect(errorCode(await v.ownerB.gql(CREATE, { input }))).toBe('FORBIDDEN');
    const update = { input: { id: review.id, version: review.version, scope: 'Hijacked' } };
    expect(errorCode(await server.gql(UPDATE, update))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(UPDATE, update, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    expect(errorCode(await v.otherAdmin.gql(UPDATE, update))).toBe('FORBIDDEN');
    expect(errorCode(await v.plain.gql(UPDATE, update))).toBe('FORBIDDEN');
    expect(errorCode(await v.councillors[0]!.gql(UPDATE, update))).toBe('FORBIDDEN');
    expect(errorCode(await v.plain.gql(ADD_FINDING, { input: { reviewId: review.id, kind: 'CHALLENGE', text: 'x' } }))).toBe('FORBIDDEN');
  });

  it('answers bad input with coded errors naming the field', async () => {
    const codeAndField = (r: any) => [errorCode(r), r.errors?.[0]?.extensions?.field];
    expect(codeAndField(await v.admin.gql(CREATE, { input: { ...base(), directorateId: v.ids.directorate } }))).toEqual([
      'BAD_USER_INPUT',
      'serviceId',
    ]);
    expect(codeAndField(await v.admin.gql(CREATE, { input: { ...base(), serviceId: null } }))).toEqual(['BAD_USER_INPUT', 'serviceId']);
    expect(codeAndField(await v.admin.gql(CREATE, { input: { ...base(), panelIds: [v.ids.plain] } }))).toEqual([
      'BAD_USER_INPUT',
      'panelIds[0]',
    ]);
    expect(codeAndField(await v.admin.gql(CREATE, { input: { ...base(), panelIds: [v.ids.otherPerson] } }))).toEqual([
      'BAD_USER_INPUT',
      'panelIds[0]',
    ]);
    expect(codeAndField(await v.admin.gql(CREATE, { input: { ...base(), unitCost: -3 } }))).toEqual(['BAD_USER_INPUT', 'unitCost']);
    expect(codeAndField(await v.admin.gql(CREATE, { input: { ...base(), startedOn: '2025-13-01' } }))).toEqual([
      'BAD_USER_INPUT',
      'startedOn',
    ]);
    expect(codeAndField(await v.admin.gql(CREATE, { input: { ...base(), scope: '  ' } }))).toEqual(['BAD_USER_INPUT', 'scope']);
  });

  it('lets a Best Value panel councillor start a review of a directorate', async () => {
    const res = await v.councillors[1]!.gql(CREATE, {
      input: { ...base(), serviceId: null, directorateId: v.ids.directorate, title: 'Adult social care commissioning' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createBestValueReview.review).toMatchObject({ directorate: { name: 'Adult Social Care' }, service: null, panel: [] });
  });

  it('updates the scope, lead officer, panel and evidence, and refuses a stale version', async () => {
    // A councillor on this review's panel (not on the Best Value panel) may change it.
    const res = await v.councillors[2]!.gql(UPDATE, {
      input: {
        id: review.id,
        version: review.version,
        scope: 'Reablement: in house, shared or commissioned?',
        efficiencyNote: 'CIPFA nearest neighbours, 2023/24',
        panelIds: [v.ids.councillors[2]],
        leadOfficerId: null,
      },
    });
    expect(res.errors).toBeUndefined();
    const r = res.data.updateBestValueReview.review;
    expect(r).toMatchObject({
      scope: 'Reablement: in house, shared or commissioned?',
      efficiencyNote: 'CIPFA nearest neighbours, 2023/24',
      panel: [{ name: 'Cllr Cedar' }],
      leadOfficer: null,
      version: 2,
    });
    const stale = await v.ownerA.gql(UPDATE, { input: { id: review.id, version: review.version, title: 'Late' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(2);
    review = r;
  });

  it('keeps findings under the four Cs: add, edit, remove', async () => {
    const add = (kind: string, text: string) =>
      v.ownerA.gql(ADD_FINDING, { input: { reviewId: review.id, kind, text, evidence: 'Benchmarking club' } });
    const challenge = (await add('CHALLENGE', 'The service is needed: demand rose 12%.')).data.addBestValueFinding.finding;
    expect(challenge).toMatchObject({ kind: 'CHALLENGE', reviewId: review.id, version: 1 });
    const compare = (await add('COMPARE', 'Unit cost 18% above comparators.')).data.addBestValueFinding.finding;
    const edited = await v.ownerA.gql(UPDATE_FINDING, {
      input: { id: compare.id, version: compare.version, text: 'Unit cost 18% above the median of comparators.' },
    });
    expect(edited.data.updateBestValueFinding.finding).toMatchObject({
      text: 'Unit cost 18% above the median of comparators.',
      version: 2,
    });
    expect(errorCode(await v.ownerA.gql(UPDATE_FINDING, { input: { id: compare.id, version: 1, text: 'x' } }))).toBe('CONFLICT');
    expect(errorCode(await add('CONSULT', ' '))).toBe('BAD_USER_INPUT');
    const consult = (await add('CONSULT', 'Users value being seen within a day.')).data.addBestValueFinding.finding;
    const removed = await v.ownerA.gql(REMOVE_FINDING, { id: consult.id, version: 1 });
    expect(removed.data.removeBestValueFinding).toEqual({ removedId: consult.id, reviewId: review.id });
    const read = await v.ownerA.gql(`query($id: ID!) { node(id: $id) { ... on BestValueReview { missingCs findings { kind text } } } }`, {
      id: review.id,
    });
    expect(read.data.node.missingCs).toEqual(['CONSULT', 'COMPETE']);
    expect(read.data.node.findings.map((f: any) => f.kind)).toEqual(['CHALLENGE', 'COMPARE']);
  });

  it('moves forward only, and needs an appraised option chosen before recommendations are agreed', async () => {
    const move = (status: string, extra: Record<string, unknown> = {}) =>
      v.ownerA.gql(UPDATE, { input: { id: review.id, version: review.version, status, ...extra } });
    let res = await move('EVIDENCE', { statusSince: '2025-02-01' });
    review = res.data.updateBestValueReview.review;
    expect(review).toMatchObject({ status: 'EVIDENCE', statusSince: '2025-02-01' });
    res = await move('SCOPING');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toBe(
      'status: A Best Value review moves forward only: it is at evidence, so it cannot go back to scoping.',
    );
    review = (await move('OPTIONS', { statusSince: '2025-03-03' })).data.updateBestValueReview.review;

    const keep = (
      await v.ownerA.gql(APPRAISE, { input: { reviewId: review.id, option: 'KEEP_IN_HOUSE', appraisal: 'Known quality, highest cost.' } })
    ).data.appraiseBestValueOption.option;
    const share = (await v.ownerA.gql(APPRAISE, { input: { reviewId: review.id, option: 'SHARE', appraisal: 'With the NHS trust.' } })).data
      .appraiseBestValueOption.option;
    const revised = await v.ownerA.gql(APPRAISE, {
      input: { reviewId: review.id, option: 'SHARE', appraisal: 'With the community trust: 11% cheaper.', version: share.version },
    });
    expect(revised.data.appraiseBestValueOption.option).toMatchObject({
      id: share.id,
      appraisal: 'With the community trust: 11% cheaper.',
      version: 2,
    });
    expect(errorCode(await v.ownerA.gql(APPRAISE, { input: { reviewId: review.id, option: 'SHARE', appraisal: 'x', version: 1 } }))).toBe(
      'CONFLICT',
    );

    res = await move('RECOMMENDATIONS_AGREED');
    expect(res.errors![0]!.message).toBe(
      'status: Choose one of the options appraised (and say why) before the review moves to recommendations agreed.',
    );
    res = await v.ownerA.gql(UPDATE, {
      input: { id: review.id, version: review.version, chosenOption: 'STOP', chosenReason: 'Cheapest.' },
    });
    expect([errorCode(res), res.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'chosenOption']);
    res = await move('RECOMMENDATIONS_AGREED', {
      chosenOption: 'SHARE',
      chosenReason: 'Same outcomes for 11% less.',
      statusSince: '2025-04-01',
    });
    expect(res.errors).toBeUndefined();
    review = res.data.updateBestValueReview.review;
    expect(review).toMatchObject({ status: 'RECOMMENDATIONS_AGREED', chosenOption: 'SHARE', statusSince: '2025-04-01', closedOn: null });
    expect(review.options.map((o: any) => o.option)).toEqual(['KEEP_IN_HOUSE', 'SHARE']);

    const removeChosen = await v.ownerA.gql(REMOVE_OPTION, { id: share.id });
    expect([errorCode(removeChosen), removeChosen.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'option']);
    expect((await v.ownerA.gql(REMOVE_OPTION, { id: keep.id, version: 1 })).data.removeBestValueOption.removedId).toBe(keep.id);
    expect(errorCode(await v.ownerA.gql(UPDATE, { input: { id: review.id, version: review.version, chosenOption: null } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('keeps recommendations with the day each was agreed', async () => {
    const add = await v.ownerA.gql(ADD_REC, {
      input: { reviewId: review.id, text: 'Share reablement with the community trust from April 2026.' },
    });
    const rec = add.data.addBestValueRecommendation.recommendation;
    expect(rec).toMatchObject({ agreedOn: null, version: 1 });
    const agreed = await v.ownerA.gql(UPDATE_REC, { input: { id: rec.id, version: 1, agreedOn: '2025-04-01' } });
    expect(agreed.data.updateBestValueRecommendation.recommendation).toMatchObject({ agreedOn: '2025-04-01', version: 2 });
    const early = await v.ownerA.gql(UPDATE_REC, { input: { id: rec.id, version: 2, agreedOn: '2024-12-31' } });
    expect([errorCode(early), early.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'agreedOn']);
    expect(errorCode(await v.ownerA.gql(UPDATE_REC, { input: { id: rec.id, version: 1, text: 'x' } }))).toBe('CONFLICT');
  });

  it('closes with closedOn set, and cannot reopen', async () => {
    let res = await v.director.gql(UPDATE, {
      input: { id: review.id, version: review.version, status: 'IMPLEMENTING', statusSince: '2025-05-01' },
    });
    review = res.data.updateBestValueReview.review;
    res = await v.director.gql(UPDATE, { input: { id: review.id, version: review.version, status: 'CLOSED', statusSince: '2025-03-01' } });
    expect([errorCode(res), res.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'statusSince']);
    res = await v.director.gql(UPDATE, { input: { id: review.id, version: review.version, status: 'CLOSED', statusSince: '2025-11-28' } });
    review = res.data.updateBestValueReview.review;
    expect(review).toMatchObject({ status: 'CLOSED', closedOn: '2025-11-28', statusSince: '2025-11-28', stalled: false });
    res = await v.admin.gql(UPDATE, { input: { id: review.id, version: review.version, status: 'IMPLEMENTING' } });
    expect([errorCode(res), res.errors![0]!.extensions!.reason]).toEqual(['CONFLICT', 'REVIEW_CLOSED']);
  });

  it("shows reviews to the council's own people, and to everyone once recommendations are agreed", async () => {
    const scoping = (await v.admin.gql(CREATE, { input: { ...base(), title: 'Day care review', serviceId: v.ids.serviceB } })).data
      .createBestValueReview.review;
    const finding = (await v.admin.gql(ADD_FINDING, { input: { reviewId: scoping.id, kind: 'CONSULT', text: 'Survey of carers.' } })).data
      .addBestValueFinding.finding;
    const own = await v.plain.gql(LIST, { c: v.councilId });
    expect(own.data.bestValueReviews.totalCount).toBe(3);
    for (const outsider of [
      (q: string, x: any) => server.gql(q, x),
      (q: string, x: any) => server.gql(q, x, { 'x-api-key': v.partnerKey }),
      v.otherAdmin.gql,
    ]) {
      const list = await outsider(LIST, { c: v.councilId });
      expect(list.data.bestValueReviews).toEqual({
        totalCount: 1,
        nodes: [{ id: review.id, title: review.title, status: 'CLOSED', findings: [{ kind: 'CHALLENGE' }, { kind: 'COMPARE' }] }],
      });
      expect((await outsider(NODE, { id: scoping.id })).data.node).toBeNull();
      expect((await outsider(NODE, { id: finding.id })).data.node).toBeNull();
      expect((await outsider(NODE, { id: review.id })).data.node).toEqual({ id: review.id, title: review.title });
    }
    expect((await v.plain.gql(NODE, { id: finding.id })).data.node).toEqual({ id: finding.id, text: 'Survey of carers.' });
    const byService = await v.plain.gql(LIST, { c: v.councilId, s: v.ids.serviceB, status: 'SCOPING' });
    expect(byService.data.bestValueReviews.nodes.map((n: any) => n.title)).toEqual(['Day care review']);
    const service = await server.gql(`query($id: ID!) { node(id: $id) { ... on Service { bestValueReviews { title } } } }`, {
      id: v.ids.serviceA,
    });
    expect(service.data.node.bestValueReviews).toEqual([{ title: review.title }]);
  });

  it('records each change in the audit trail', async () => {
    const res = await v.admin.gql(
      `query($c: ID!, $id: ID) {
        auditEvents(councilId: $c, entityId: $id, first: 50) { nodes { action operation entityType before after } } }`,
      { c: v.councilId, id: review.id },
    );
    expect(res.errors).toBeUndefined();
    const closing = res.data.auditEvents.nodes.find((e: any) => e.after?.status === 'CLOSED');
    expect(closing).toMatchObject({
      action: 'UPDATE',
      operation: 'updateBestValueReview',
      entityType: 'BestValueReview',
      before: { status: 'IMPLEMENTING' },
    });
  });
  it('reads the reviews with their parts in as many statements whatever their number', async () => {
    const DEEP = `query($c: ID!) { bestValueReviews(councilId: $c, first: 100) {
      totalCount nodes { ${REVIEW} } } }`;
    const measure = async () => {
      // The fewest of five runs: on a loaded machine a loader's batch can split in two now and then (timing, not an N+1).
      const own = await server.fewestStatements(() => v.plain.gql(DEEP, { c: v.councilId }), 5);
      const outside = await server.fewestStatements(() => server.gql(DEEP, { c: v.councilId }), 5);
      expect(own.result.errors).toBeUndefined();
      expect(outside.result.errors).toBeUndefined();
      return { own: own.count, outside: outside.count, seen: own.result.data.bestValueReviews.totalCount, sql: own.statements };
    };
    const add = async (i: number) => {
      const input = { ...base(), title: `Review ${i}`, leadOfficerId: v.ids.ownerA, panelIds: [v.ids.councillors[1]] };
      const r = (await v.admin.gql(CREATE, { input })).data.createBestValueReview.review;
      expect((await v.admin.gql(ADD_FINDING, { input: { reviewId: r.id, kind: 'COMPARE', text: 'Benchmarked.' } })).errors).toBeUndefined();
      expect((await v.admin.gql(APPRAISE, { input: { reviewId: r.id, option: 'STOP' } })).errors).toBeUndefined();
      expect((await v.admin.gql(ADD_REC, { input: { reviewId: r.id, text: 'Stop it.' } })).errors).toBeUndefined();
    };
    await add(0);
    const small = await measure();
    for (let i = 1; i <= 6; i++) await add(i);
    const large = await measure();
    expect(large.seen).toBe(small.seen + 6);
    expect(large.own, `own council's statements:\n${large.sql.join('\n')}\n--- against ---\n${small.sql.join('\n')}`).toBe(small.own);
    expect(large.outside).toBe(small.outside);
  });
});
