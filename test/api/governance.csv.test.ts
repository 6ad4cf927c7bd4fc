import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type TestServer } from '../testkit/index.js';
import { type RiskViewers, riskViewers } from './governance.risks.fixture.js';

const IMPORT_RISKS = `mutation($c: ID!, $csv: String!, $dry: Boolean) {
  importRiskRegister(councilId: $c, csv: $csv, dryRun: $dry) {
    applied dryRun rows created updated unchanged errors { line column code message } } }`;
const IMPORT_ACTIONS = `mutation($c: ID!, $csv: String!, $dry: Boolean) {
  importActions(councilId: $c, csv: $csv, dryRun: $dry) {
    applied dryRun rows created updated unchanged errors { line column code message } } }`;
const RISKS_CSV = `query($c: ID!) { riskRegisterCsv(councilId: $c) }`;
const ACTIONS_CSV = `query($c: ID!) { actionsCsv(councilId: $c) }`;
const RISKS = `query($c: ID!) {
  risks(councilId: $c) { totalCount nodes { id reference title register: directorate { code } controls status reviewDue version
    residualScore owner { name } service { name } history { residualScore note } } } }`;
const ACTIONS = `query($c: ID!) {
  actions(councilId: $c) { totalCount nodes { id title status completedOn source risk { reference } owner { name } version } } }`;
const AUDIT_OF = `query($c: ID!, $id: ID) {
  auditEvents(councilId: $c, entityId: $id, first: 10) { nodes { action operation entityType } } }`;
const EVENTS = `query($c: ID!) { auditEvents(councilId: $c, first: 500) { totalCount } }`;

const HEADER =
  'reference,title,register,owner_email,inherent_likelihood,inherent_impact,residual_likelihood,residual_impact,' +
  'controls,status,review_due,service';

describe.each(dialects())('risk register and actions CSV on %s', (dialect) => {
  let server: TestServer;
  let v: RiskViewers;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    v = await riskViewers(server);
  });
  afterAll(async () => {
    await server?.close();
  });

  const importRisks = (csv: string, dry = false, client = v.riskManager) => client.gql(IMPORT_RISKS, { c: v.councilId, csv, dry });
  const risks = async () => (await v.admin.gql(RISKS, { c: v.councilId })).data.risks;

  const file = () =>
    [
      HEADER,
      `CR-01,Market failure in home care,corporate,${v.emails.riskOwner},4,5,3,5,"Fee uplift, provider forum",OPEN,2030-06-30,`,
      `ASC-01,Reablement staff shortage,ASC,${v.emails.ownerA},4,4,3,3,"Recruitment drive;`,
      `agency cover",open,31/03/2030,Reablement`,
      'ASC-02,"Safeguarding ""referrals"" backlog",Adult Social Care,,5,5,5,4,,TOLERATED,,',
    ].join('\r\n');

  it('exports an empty register as the header only', async () => {
    const res = await v.councillor.gql(RISKS_CSV, { c: v.councilId });
    expect(res.data.riskRegisterCsv).toBe(
      'reference,title,register,cause,effect,owner_email,inherent_likelihood,inherent_impact,residual_likelihood,residual_impact,' +
        'controls,status,review_due,priority,service,service_plan_period\n',
    );
  });

  it('checks a file in a dry run without storing anything, then imports it', async () => {
    const dry = await importRisks(file(), true);
    expect(dry.errors).toBeUndefined();
    expect(dry.data.importRiskRegister).toMatchObject({
      applied: false,
      dryRun: true,
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect((await risks()).totalCount).toBe(0);
    const real = await importRisks(file());
    expect(real.data.importRiskRegister).toMatchObject({ applied: true, rows: 3, created: 3, errors: [] });
    const stored = (await risks()).nodes;
    expect(stored.map((r: any) => [r.reference, r.register?.code ?? null, r.status, r.reviewDue, r.residualScore])).toEqual([
      ['ASC-01', 'ASC', 'OPEN', '2030-03-31', 9],
      ['ASC-02', 'ASC', 'TOLERATED', null, 20],
      ['CR-01', null, 'OPEN', '2030-06-30', 15],
    ]);
    expect(stored[0]).toMatchObject({
      controls: 'Recruitment drive;\nagency cover',
      service: { name: 'Reablement' },
      owner: { name: 'Owner Reablement' },
    });
    expect(stored[1].title).toBe('Safeguarding "referrals" backlog');
    expect(stored[2]).toMatchObject({ controls: 'Fee uplift, provider forum', history: [{ residualScore: 15, note: 'CSV import' }] });
    const audit = await v.admin.gql(AUDIT_OF, { c: v.councilId, id: stored[2].id });
    expect(audit.data.auditEvents.nodes).toEqual([{ action: 'CREATE', operation: 'importRiskRegister', entityType: 'Risk' }]);
  });

  it('round-trips: importing the export changes nothing', async () => {
    const before = await risks();
    const events = (await v.admin.gql(EVENTS, { c: v.councilId })).data.auditEvents.totalCount;
    const csv = (await v.riskManager.gql(RISKS_CSV, { c: v.councilId })).data.riskRegisterCsv;
    const res = await importRisks(csv);
    expect(res.data.importRiskRegister).toMatchObject({ applied: true, rows: 3, created: 0, updated: 0, unchanged: 3, errors: [] });
    expect(await risks()).toEqual(before);
    expect((await v.admin.gql(EVENTS, { c: v.councilId })).data.auditEvents.totalCount).toBe(events);
  });

  it('reads a semicolon-separated file with a byte-order mark, updating by reference and recording the new scores', async () => {
    const csv =
      '\uFEFFreference;title;inherent_likelihood;inherent_impact;residual_likelihood;residual_impact;controls\n' +
      'cr-01;Market failure in home care;4;5;2;5;"Fee uplift; market plan"\n';
    const res = await importRisks(csv);
    expect(res.data.importRiskRegister).toMatchObject({ applied: true, rows: 1, created: 0, updated: 1 });
    const cr = (await risks()).nodes.find((r: any) => r.reference === 'CR-01');
    expect(cr).toMatchObject({
      residualScore: 10,
      controls: 'Fee uplift; market plan',
      owner: { name: 'Risk Owner' },
      reviewDue: '2030-06-30',
      version: 2,
    });
    expect(cr.history.map((h: any) => h.residualScore)).toEqual([15, 10]);
  });

  it('reports every bad row with line, column and code, and writes nothing when one row fails', async () => {
    const before = await risks();
    const csv = [
      HEADER,
      'NEW-1,A good new risk,corporate,,3,3,2,2,,OPEN,,',
      'NEW-2,Bad status,corporate,,3,3,2,2,,MAYBE,,',
      'NEW-3,"Unknown owner, and controls",corporate,nobody@nowhere.example,3,3,2,2,"over',
      'two lines",OPEN,,',
      'NEW-1,Same reference again,corporate,,3,3,2,2,,OPEN,,',
      'NEW-4,Residual above inherent,corporate,,2,2,3,2,,OPEN,,',
      'NEW-5,Not a number,corporate,,three,3,2,2,,OPEN,not a date,Nowhere',
    ].join('\n');
    const dry = await importRisks(csv, true);
    const errors = dry.data.importRiskRegister.errors.map((e: any) => [e.line, e.column, e.code]);
    expect(errors).toEqual([
      [3, 'status', 'BAD_VALUE'],
      [4, 'owner_email', 'UNKNOWN_PERSON'],
      [6, 'reference', 'DUPLICATE'],
      [7, 'residual_likelihood', 'BAD_VALUE'],
      [8, 'inherent_likelihood', 'BAD_NUMBER'],
      [8, 'review_due', 'BAD_DATE'],
      [8, 'service', 'UNKNOWN_REFERENCE'],
    ]);
    const real = await importRisks(csv);
    expect(errorCode(real)).toBe('BAD_USER_INPUT');
    expect(real.errors![0]!.message).toMatch(/^csv: 7 problems in the file, so nothing was imported\. line 3 \(status\)/);
    expect(real.errors![0]!.extensions!.rowErrors).toHaveLength(7);
    expect(await risks()).toEqual(before);
  });

  it('refuses unknown and missing columns, and a file over the size limit, with codes', async () => {
    const unknown = await importRisks(
      'reference,title,likelihood,inherent_likelihood,inherent_impact,residual_likelihood\nX,Y,1,1,1,1\n',
      true,
    );
    expect(unknown.data.importRiskRegister.errors.map((e: any) => [e.line, e.column, e.code])).toEqual([
      [1, 'likelihood', 'UNKNOWN_COLUMN'],
      [1, 'residual_impact', 'MISSING_COLUMN'],
    ]);
    expect((await importRisks('', true)).data.importRiskRegister.errors[0].code).toBe('EMPTY');
    expect((await importRisks(`${HEADER}\n"unclosed,quote\n`, true)).data.importRiskRegister.errors[0].code).toBe('UNREADABLE');
    const big = await importRisks(`${HEADER}\n${'x'.repeat(2_000_001)}`, true);
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0]!.extensions).toMatchObject({ field: 'csv', reason: 'FILE_TOO_LARGE' });
  });

  it("refuses outsiders, a plain officer and a councillor; exports only to the council's own people", async () => {
    const csv = file();
    expect(errorCode(await server.gql(IMPORT_RISKS, { c: v.councilId, csv }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(IMPORT_RISKS, { c: v.councilId, csv }, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    expect(errorCode(await importRisks(csv, false, v.otherAdmin))).toBe('FORBIDDEN');
    expect(errorCode(await importRisks(csv, true, v.plain))).toBe('FORBIDDEN');
    expect(errorCode(await importRisks(csv, true, v.councillor))).toBe('FORBIDDEN');
    expect(errorCode(await v.plain.gql(IMPORT_ACTIONS, { c: v.councilId, csv: 'id,title\n,x\n' }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(RISKS_CSV, { c: v.councilId }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(ACTIONS_CSV, { c: v.councilId }, { 'x-api-key': v.partnerKey }))).toBe('FORBIDDEN');
    expect(errorCode(await v.otherAdmin.gql(ACTIONS_CSV, { c: v.councilId }))).toBe('FORBIDDEN');
  });

  it('imports actions: new ones with their source, changes by id, and round-trips', async () => {
    const csv = [
      'id,title,owner_email,due,status,completed_on,dropped_reason,service,source,source_ref,finding_key',
      `,Recruit reablement workers,${v.emails.riskOwner},2030-01-31,IN_PROGRESS,,,Reablement,RISK_MITIGATION,ASC-01,`,
      `,Give Day Care an owner,,,DONE,2025-06-01,,,FINDING,UNOWNED_SERVICE,Service:2`,
      ',Provider forum,,,,,,,,,',
    ].join('\n');
    const res = await v.riskManager.gql(IMPORT_ACTIONS, { c: v.councilId, csv });
    expect(res.errors).toBeUndefined();
    expect(res.data.importActions).toMatchObject({ applied: true, rows: 3, created: 3 });
    let actions = (await v.admin.gql(ACTIONS, { c: v.councilId })).data.actions.nodes;
    expect(actions.map((a: any) => [a.title, a.status, a.source, a.risk?.reference ?? null])).toEqual([
      ['Recruit reablement workers', 'IN_PROGRESS', 'RISK_MITIGATION', 'ASC-01'],
      ['Give Day Care an owner', 'DONE', 'FINDING', null],
      ['Provider forum', 'OPEN', 'OTHER', null],
    ]);
    const exported = (await v.councillor.gql(ACTIONS_CSV, { c: v.councilId })).data.actionsCsv;
    const again = await v.riskManager.gql(IMPORT_ACTIONS, { c: v.councilId, csv: exported });
    expect(again.data.importActions).toMatchObject({ applied: true, rows: 3, created: 0, updated: 0, unchanged: 3 });
    const recruit = actions[0];
    const done = `id,title,status,completed_on\n${recruit.id},Recruit reablement workers,DONE,2026-01-10\n`;
    expect((await v.riskManager.gql(IMPORT_ACTIONS, { c: v.councilId, csv: done })).data.importActions).toMatchObject({ updated: 1 });
    actions = (await v.admin.gql(ACTIONS, { c: v.councilId })).data.actions.nodes;
    expect(actions[0]).toMatchObject({ status: 'DONE', completedOn: '2026-01-10', owner: { name: 'Risk Owner' }, version: 2 });
  });

  it('reports bad action rows and writes nothing when one fails', async () => {
    const before = (await v.admin.gql(ACTIONS, { c: v.councilId })).data.actions;
    const [, finding, forum] = before.nodes;
    const csv = [
      'id,title,owner_email,status,completed_on,dropped_reason,source,source_ref',
      ',A fine new action,,,,,,',
      `${forum.id},Provider forum,,DROPPED,,,,`,
      `${finding.id},Give Day Care an owner,,,,,RISK_MITIGATION,CR-01`,
      `${finding.id},Twice,,,,,,`,
      'QWN0aW9uOjk5OQ,Unknown id,,,,,,',
      `,Gone owner,${v.emails.leaver},,,,,`,
      ',No such risk,,,,,RISK_MITIGATION,ZZ-99',
      ',Bad source,,,,,SOMETIME,',
    ].join('\n');
    const dry = await v.riskManager.gql(IMPORT_ACTIONS, { c: v.councilId, csv, dry: true });
    expect(dry.data.importActions.errors.map((e: any) => [e.line, e.column, e.code])).toEqual([
      [3, 'dropped_reason', 'BAD_VALUE'],
      [4, 'source', 'NOT_ALLOWED'],
      [5, 'id', 'DUPLICATE'],
      [6, 'id', 'UNKNOWN_REFERENCE'],
      [7, 'owner_email', 'NOT_ALLOWED'],
      [8, 'source_ref', 'UNKNOWN_REFERENCE'],
      [9, 'source', 'BAD_VALUE'],
    ]);
    expect(errorCode(await v.riskManager.gql(IMPORT_ACTIONS, { c: v.councilId, csv }))).toBe('BAD_USER_INPUT');
    expect((await v.admin.gql(ACTIONS, { c: v.councilId })).data.actions).toEqual(before);
  });
});
