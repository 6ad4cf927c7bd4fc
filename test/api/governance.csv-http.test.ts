/**
 * The risk register and actions as CSV over plain HTTP (apps/server/src/governance-csv.ts): the same
 * access as riskRegisterCsv / actionsCsv / importRiskRegister / importActions, coded JSON refusals
 * (401, 403, 404, 400 with rowErrors), a dated attachment, and imports all or nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { type RiskViewers, riskViewers } from './governance.risks.fixture.js';

const GSS = 'E06000001';
const RISKS_CSV = `query($c: ID!) { riskRegisterCsv(councilId: $c) }`;
const ACTIONS_CSV = `query($c: ID!) { actionsCsv(councilId: $c) }`;
const EVENTS = `query($c: ID!) { auditEvents(councilId: $c, first: 1) { totalCount } }`;
const HEADER =
  'reference,title,register,owner_email,inherent_likelihood,inherent_impact,residual_likelihood,residual_impact,' +
  'controls,status,review_due,service';

describe.each(dialects())('CSV files over HTTP on %s', (dialect) => {
  let server: TestServer;
  let v: RiskViewers;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    v = await riskViewers(server, GSS);
  });
  afterAll(async () => {
    await server?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });
  const post = (path: string, body: string, headers: Record<string, string> = {}, type = 'text/csv') =>
    fetch(`${server.url}${path}`, { method: 'POST', body, headers: { 'content-type': type, ...headers } });
  const as = (c: Client) => c.headers;
  const json = async (res: Response) => {
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    return (await res.json()) as { errors: Array<{ message: string; extensions: Record<string, any> }> };
  };
  const code = async (res: Response) => (await json(res)).errors[0]!.extensions.code;
  const events = async () => (await v.admin.gql(EVENTS, { c: v.councilId })).data.auditEvents.totalCount as number;

  const file = () =>
    [
      HEADER,
      `CR-01,Market failure in home care,corporate,${v.emails.riskOwner},4,5,3,5,"Fee uplift, provider forum",OPEN,2030-06-30,`,
      `ASC-01,Reablement staff shortage,ASC,${v.emails.ownerA},4,4,3,3,Recruitment drive,open,31/03/2030,Reablement`,
    ].join('\r\n');

  it('refuses outsiders with coded JSON: 401 signed out or with a bad token, 403 a partner or another council', async () => {
    for (const path of [`/councils/${GSS}/risks.csv`, `/councils/${GSS}/actions.csv`]) {
      let res = await get(path);
      expect(res.status).toBe(401);
      expect(await code(res)).toBe('UNAUTHENTICATED');
      res = await get(path, { authorization: 'Bearer not-a-token' });
      expect([res.status, await code(res)]).toEqual([401, 'UNAUTHENTICATED']);
      res = await get(path, { 'x-api-key': v.partnerKey });
      expect([res.status, await code(res)]).toEqual([403, 'FORBIDDEN']);
      res = await get(path, as(v.otherAdmin));
      expect([res.status, await code(res)]).toEqual([403, 'FORBIDDEN']);
      res = await post(path, file());
      expect([res.status, await code(res)]).toEqual([401, 'UNAUTHENTICATED']);
      res = await post(path, file(), { 'x-api-key': v.partnerKey });
      expect([res.status, await code(res)]).toEqual([403, 'FORBIDDEN']);
    }
    // Signed in but not allowed to import (a plain officer, a councillor).
    for (const c of [v.plain, v.councillor]) {
      const res = await post(`/councils/${GSS}/risks.csv`, file(), as(c));
      expect([res.status, await code(res)]).toEqual([403, 'FORBIDDEN']);
    }
  });

  it('answers 404 for an unknown council, and leaves the web app its other addresses', async () => {
    for (const gss of ['E99999999', 'nonsense']) {
      const res = await get(`/councils/${gss}/risks.csv`, as(v.admin));
      expect([res.status, await code(res)]).toEqual([404, 'NOT_FOUND']);
      expect((await post(`/councils/${gss}/actions.csv`, 'id,title\n', as(v.admin))).status).toBe(404);
    }
    expect((await get(`/councils/${GSS}/explorer`, as(v.admin))).headers.get('content-type') ?? '').not.toMatch(/text\/csv/);
  });

  it('imports a register from a text/csv body: a dry run stores nothing, then all rows', async () => {
    const before = await events();
    const dry = await post(`/councils/${GSS}/risks.csv?dryRun=true`, file(), as(v.riskManager));
    expect(dry.status).toBe(200);
    expect(await dry.json()).toEqual({ applied: false, dryRun: true, rows: 2, created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await events()).toBe(before);
    const real = await post(`/councils/${GSS}/risks.csv`, file(), as(v.riskManager));
    expect(real.status).toBe(200);
    expect(await real.json()).toMatchObject({ applied: true, dryRun: false, rows: 2, created: 2 });
    expect(await events()).toBeGreaterThan(before);
  });

  it('downloads the register as a dated attachment, the same file as riskRegisterCsv', async () => {
    const res = await get(`/councils/${GSS}/risks.csv`, as(v.councillor));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const today = new Date().toISOString().slice(0, 10);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${GSS}-risk-register-${today}.csv"`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = await res.text();
    expect(body).toBe((await v.councillor.gql(RISKS_CSV, { c: v.councilId })).data.riskRegisterCsv);
    expect(body.split('\n')[0]).toContain('reference,title,register');
    expect(body).toContain('CR-01,Market failure in home care');
    // Importing the download changes nothing.
    const again = await post(`/councils/${GSS}/risks.csv`, body, as(v.riskManager));
    expect(await again.json()).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 2 });
  });

  it('refuses a bad file whole: 400 with every row error, nothing stored', async () => {
    const before = await events();
    const bad = [HEADER, 'CR-09,,corporate,,9,5,3,5,,OPEN,2030-06-30,', `CR-10,Fine row,corporate,,1,1,1,1,,OPEN,not-a-date,`].join('\n');
    const res = await post(`/councils/${GSS}/risks.csv`, bad, as(v.riskManager));
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
    const rows = body.errors[0]!.extensions.rowErrors as Array<{ line: number; column: string; code: string }>;
    expect(rows.map((r) => r.line)).toEqual(expect.arrayContaining([2, 3]));
    expect(rows.find((r) => r.column === 'review_due')).toMatchObject({ line: 3, code: 'BAD_DATE' });
    expect(await events()).toBe(before);
    const list = await v.admin.gql(`query($c: ID!) { risks(councilId: $c) { totalCount } }`, { c: v.councilId });
    expect(list.data.risks.totalCount).toBe(2);
    const wrongType = await post(`/councils/${GSS}/risks.csv`, JSON.stringify({ csv: bad }), as(v.riskManager), 'application/json');
    expect([wrongType.status, await code(wrongType)]).toEqual([400, 'BAD_USER_INPUT']);
  });

  it('downloads and imports actions the same way', async () => {
    const csv = ['id,title,owner_email,due,status,source', `,Call every provider,${v.emails.ownerA},2030-01-31,OPEN,OTHER`].join('\n');
    const res = await post(`/councils/${GSS}/actions.csv`, csv, as(v.riskManager));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ applied: true, rows: 1, created: 1 });
    const download = await get(`/councils/${GSS}/actions.csv`, as(v.plain));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const named = new RegExp(`^attachment; filename="${GSS}-actions-\\d{4}-\\d{2}-\\d{2}\\.csv"$`);
    expect(download.headers.get('content-disposition')).toMatch(named);
    const body = await download.text();
    expect(body).toBe((await v.plain.gql(ACTIONS_CSV, { c: v.councilId })).data.actionsCsv);
    expect(body).toContain('Call every provider');
  });
});
