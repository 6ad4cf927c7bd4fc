/**
 * A closed Best Value review is the record of what was decided: every change to it (its own fields,
 * findings, option appraisal, recommendations) is refused with CONFLICT, reason REVIEW_CLOSED, a
 * message naming the review, nothing changes and the audit trail gets no entry. Its recommendations
 * may still become actions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type TestServer } from '../testkit/index.js';
import { type GovernanceViewers, governanceViewers } from './governance.viewers.js';

const REVIEW = `id version title scope status startedOn statusSince closedOn chosenOption chosenReason
  unitCost comparatorUnitCost annualSpend efficiencyNote leadOfficer { name } panel { name }
  findings { id version kind text evidence } options { id version option appraisal } recommendations { id version text agreedOn }`;
const withInput = (name: string, selection: string) =>
  `mutation($input: ${name.charAt(0).toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${selection} } }`;
const CREATE = withInput('createBestValueReview', `review { ${REVIEW} }`);
const UPDATE = withInput('updateBestValueReview', `review { ${REVIEW} }`);
const ADD_FINDING = withInput('addBestValueFinding', 'finding { id version }');
const UPDATE_FINDING = withInput('updateBestValueFinding', 'finding { id version }');
const REMOVE_FINDING = `mutation($id: ID!, $version: Int) { removeBestValueFinding(id: $id, version: $version) { removedId } }`;
const APPRAISE = withInput('appraiseBestValueOption', 'option { id version }');
const REMOVE_OPTION = `mutation($id: ID!, $version: Int) { removeBestValueOption(id: $id, version: $version) { removedId } }`;
const ADD_REC = withInput('addBestValueRecommendation', 'recommendation { id version }');
const UPDATE_REC = withInput('updateBestValueRecommendation', 'recommendation { id version }');
const CREATE_ACTION = withInput('createAction', 'action { id source bestValueRecommendationId }');
const READ = `query($id: ID!) { node(id: $id) { ... on BestValueReview { ${REVIEW} } } }`;
const AUDIT = `query($c: ID!) { auditEvents(councilId: $c, first: 1) { totalCount } }`;

describe.each(dialects())('a closed Best Value review on %s', (dialect) => {
  let server: TestServer;
  let v: GovernanceViewers;
  let review: any;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    v = await governanceViewers(server);
    const ok = async (query: string, variables: Record<string, unknown>) => {
      const res = await v.ownerA.gql(query, variables);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data;
    };
    const created = await ok(CREATE, {
      input: {
        councilId: v.councilId,
        title: 'Day opportunities review 2024',
        scope: 'Are day centres the best way to offer day opportunities?',
        serviceId: v.ids.serviceA,
        leadOfficerId: v.ids.ownerA,
        panelIds: [v.ids.councillors[1]],
        startedOn: '2024-01-08',
        unitCost: 95,
      },
    });
    const id = created.createBestValueReview.review.id;
    await ok(ADD_FINDING, { input: { reviewId: id, kind: 'COMPARE', text: 'Unit cost 9% above comparators.' } });
    await ok(ADD_FINDING, { input: { reviewId: id, kind: 'CONSULT', text: 'Users want more community options.' } });
    await ok(APPRAISE, { input: { reviewId: id, option: 'KEEP_IN_HOUSE', appraisal: 'Known quality.' } });
    await ok(APPRAISE, { input: { reviewId: id, option: 'COMMISSION_EXTERNALLY', appraisal: 'Cheaper, wider offer.' } });
    await ok(ADD_REC, { input: { reviewId: id, text: 'Commission community day opportunities.', agreedOn: '2024-06-03' } });
    let r = (await ok(READ, { id })).node;
    for (const [status, since, extra] of [
      ['OPTIONS', '2024-03-01', {}],
      ['RECOMMENDATIONS_AGREED', '2024-06-03', { chosenOption: 'COMMISSION_EXTERNALLY', chosenReason: 'Wider offer for less.' }],
      ['CLOSED', '2025-03-31', {}],
    ] as const) {
      r = (await ok(UPDATE, { input: { id, version: r.version, status, statusSince: since, ...extra } })).updateBestValueReview.review;
    }
    expect(r).toMatchObject({ status: 'CLOSED', closedOn: '2025-03-31' });
    review = r;
  });
  afterAll(async () => {
    await server?.close();
  });

  const auditCount = async () => (await v.admin.gql(AUDIT, { c: v.councilId })).data.auditEvents.totalCount as number;
  const finding = () => review.findings[0];
  const keep = () => review.options.find((o: any) => o.option === 'KEEP_IN_HOUSE');
  const rec = () => review.recommendations[0];

  /** Every change a person allowed to change the review could ask for, by what it touches. */
  const attempts = (): Array<[string, string, string, Record<string, unknown>]> => {
    const upd = (fields: Record<string, unknown>) => ({ input: { id: review.id, version: review.version, ...fields } });
    return [
      ['title', 'title', UPDATE, upd({ title: 'Renamed' })],
      ['scope', 'scope', UPDATE, upd({ scope: 'Another scope' })],
      ['lead officer', 'leadOfficerId', UPDATE, upd({ leadOfficerId: null })],
      ['panel', 'panelIds', UPDATE, upd({ panelIds: [v.ids.councillors[2]] })],
      ['reopen', 'status', UPDATE, upd({ status: 'IMPLEMENTING' })],
      ['status sent back unchanged', 'status', UPDATE, upd({ status: 'CLOSED', statusSince: '2025-04-01' })],
      ['chosen option', 'chosenOption', UPDATE, upd({ chosenOption: 'KEEP_IN_HOUSE', chosenReason: 'Changed our minds.' })],
      ['chosen reason', 'chosenReason', UPDATE, upd({ chosenReason: 'Another reason.' })],
      ['unit cost', 'unitCost', UPDATE, upd({ unitCost: 80 })],
      ['comparator unit cost', 'comparatorUnitCost', UPDATE, upd({ comparatorUnitCost: 70 })],
      ['annual spend', 'annualSpend', UPDATE, upd({ annualSpend: 1000 })],
      ['efficiency note', 'efficiencyNote', UPDATE, upd({ efficiencyNote: 'Late note' })],
      ['nothing named', 'fields', UPDATE, upd({})],
      ['add finding', 'findings', ADD_FINDING, { input: { reviewId: review.id, kind: 'COMPETE', text: 'Market test.' } }],
      ['edit finding', 'findings', UPDATE_FINDING, { input: { id: finding().id, version: finding().version, text: 'Edited.' } }],
      ['remove finding', 'findings', REMOVE_FINDING, { id: finding().id, version: finding().version }],
      ['appraise option', 'options', APPRAISE, { input: { reviewId: review.id, option: 'STOP', appraisal: 'Stop it.' } }],
      [
        'revise appraisal',
        'options',
        APPRAISE,
        { input: { reviewId: review.id, option: 'KEEP_IN_HOUSE', appraisal: 'Revised.', version: keep().version } },
      ],
      ['remove option', 'options', REMOVE_OPTION, { id: keep().id, version: keep().version }],
      ['add recommendation', 'recommendations', ADD_REC, { input: { reviewId: review.id, text: 'One more.' } }],
      ['edit recommendation', 'recommendations', UPDATE_REC, { input: { id: rec().id, version: rec().version, text: 'Edited.' } }],
      ['clear agreed day', 'recommendations', UPDATE_REC, { input: { id: rec().id, version: rec().version, agreedOn: null } }],
    ];
  };

  it('refuses every change with REVIEW_CLOSED naming the review, changes nothing and audits nothing', async () => {
    const before = await auditCount();
    for (const who of [v.ownerA, v.admin, v.councillors[1]!]) {
      for (const [what, field, query, variables] of attempts()) {
        const res = await who.gql(query, variables);
        expect(errorCode(res), `${what}: ${JSON.stringify(res.errors)}`).toBe('CONFLICT');
        const ext = res.errors![0]!.extensions!;
        expect([ext.reason, ext.field], what).toEqual(['REVIEW_CLOSED', field]);
        expect(res.errors![0]!.message, what).toContain("The Best Value review 'Day opportunities review 2024' was closed on 2025-03-31");
      }
    }
    expect((await v.ownerA.gql(READ, { id: review.id })).data.node).toEqual(review);
    expect(await auditCount()).toBe(before);
  });

  it('says why in words a person understands', async () => {
    const res = await v.ownerA.gql(ADD_FINDING, { input: { reviewId: review.id, kind: 'COMPETE', text: 'Market test.' } });
    expect(res.errors![0]!.message).toBe(
      "The Best Value review 'Day opportunities review 2024' was closed on 2025-03-31: it is the record of what was decided, so its " +
        'findings cannot change. Carry on through the actions of its recommendations, or start a new review.',
    );
  });

  it('still refuses outsiders and those who may not change it as before (access first)', async () => {
    const [, , query, variables] = attempts()[0]!;
    expect(errorCode(await server.gql(query, variables))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(query, variables, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    expect(errorCode(await v.otherAdmin.gql(query, variables))).toBe('FORBIDDEN');
    expect(errorCode(await v.plain.gql(query, variables))).toBe('FORBIDDEN');
  });

  it('lets its recommendations become actions', async () => {
    const res = await v.ownerA.gql(CREATE_ACTION, {
      input: {
        councilId: v.councilId,
        title: 'Tender community day opportunities',
        source: 'BEST_VALUE_RECOMMENDATION',
        bestValueRecommendationId: rec().id,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createAction.action).toMatchObject({ source: 'BEST_VALUE_RECOMMENDATION', bestValueRecommendationId: rec().id });
  });
});
