import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { buildSmallCouncil, ok, type SmallCouncil } from './delegation.fixture.js';

const EXPORT = `query($c: ID!) { schemeOfDelegationCsv(councilId: $c) }`;
const IMPORT =
  `mutation($i: ImportSchemeInput!) { importSchemeOfDelegation(input: $i) { applied dryRun rows created updated unchanged ` +
  `powersCreated errors { line column message } } }`;
const HEADER =
  'ref,power,power_kind,source_body,power_limit,from,to,scope,limit,conditions,may_sub_delegate,parent_ref,effective_from,effective_to';

describe.each(dialects())('scheme of delegation CSV import and export on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  // The demo council's own administrator, for its scheme (each council reads and writes only its own).
  let suffolkAdmin: Client;
  let suffolkId: string;
  const callerFor = (councilId: string) => (councilId === suffolkId ? suffolkAdmin : admin);
  let c: SmallCouncil;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    admin = await server.adminOf('E06000014');
    suffolkAdmin = await server.adminOf('E10000029');
    suffolkId = (await ok(admin, `{ council(gssCode: "E10000029") { id } }`)).council.id;
    c = await buildSmallCouncil(admin, 'E06000014');
  });
  afterAll(async () => server?.close());

  const exportCsv = async (councilId: string) => (await ok(callerFor(councilId), EXPORT, { c: councilId })).schemeOfDelegationCsv as string;
  const importCsv = (councilId: string, csv: string, dryRun = false) => callerFor(councilId).gql(IMPORT, { i: { councilId, csv, dryRun } });
  const liveCount = async (councilId: string) =>
    (
      await ok(
        callerFor(councilId),
        `query($c: ID!) { node(id: $c) { ... on Council { delegations { totalCount } all: delegations(includeRevoked: true) { totalCount ` +
          `} delegationEvents { totalCount } } } }`,
        { c: councilId },
      )
    ).node;

  it('exports the demo scheme and re-imports it unchanged (round trip, idempotent)', async () => {
    const suffolk = suffolkId;
    const csv = await exportCsv(suffolk);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe(HEADER);
    const before = await liveCount(suffolk);
    expect(lines.length - 1).toBe(before.delegations.totalCount);
    const dry = (await importCsv(suffolk, csv, true)).data.importSchemeOfDelegation;
    // The demo holds a deliberately out-of-scope sub-delegation: the import refuses to take it in again.
    expect(dry.applied).toBe(false);
    expect(dry.errors.length).toBe(1);
    expect(dry.errors[0].message).toMatch(/sub-delegation wider than its parent/);
    const badLine = dry.errors[0].line;
    const clean = lines.filter((_, i) => i + 1 !== badLine).join('\n');
    const r = (await importCsv(suffolk, clean)).data.importSchemeOfDelegation;
    expect(r).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: lines.length - 2, errors: [] });
    const after = await liveCount(suffolk);
    expect(after.all.totalCount).toBe(before.all.totalCount);
    expect(await exportCsv(suffolk)).toBe(csv);
  });

  it('imports a new scheme (creating a power), records it, then a re-import changes nothing', async () => {
    const csv = [
      HEADER,
      'N1,Approve direct payments,CARE,Cabinet,£250000,Cabinet,cara.chief@e06000014.test,council,,,yes,,2025-04-01,',
      'N2,Approve direct payments,,,,,dan.director@e06000014.test,directorate:ASC,"£50,000","Within policy, ""as ' +
        'agreed""",yes,N1,2025-04-01,',
      'N3,Approve direct payments,,,,Dan Director,Hana Head,service:Home Care,20000,,no,N2,2025-04-01,2027-03-31',
    ].join('\n');
    const before = await liveCount(c.councilId);
    const dry = (await importCsv(c.councilId, csv, true)).data.importSchemeOfDelegation;
    expect(dry).toMatchObject({ applied: false, dryRun: true, rows: 3, created: 3, powersCreated: 1, errors: [] });
    expect((await liveCount(c.councilId)).all.totalCount).toBe(before.all.totalCount);
    const r = (await importCsv(c.councilId, csv)).data.importSchemeOfDelegation;
    expect(r).toMatchObject({ applied: true, created: 3, unchanged: 0, powersCreated: 1 });
    const after = await liveCount(c.councilId);
    expect(after.all.totalCount).toBe(before.all.totalCount + 3);
    expect(after.delegationEvents.totalCount).toBe(before.delegationEvents.totalCount + 4); // power + 3 delegations
    const again = (await importCsv(c.councilId, csv)).data.importSchemeOfDelegation;
    expect(again).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 3, powersCreated: 0 });
    expect((await liveCount(c.councilId)).delegationEvents.totalCount).toBe(after.delegationEvents.totalCount);
    const exported = await exportCsv(c.councilId);
    expect(exported).toContain(
      'N2,Approve direct payments,CARE,Cabinet,250000,cara.chief@e06000014.test,dan.director@e06000014.test,directorate:Adult Social ' +
        'Care,50000,"Within policy, ""as agreed""",yes,N1,2025-04-01,',
    );
    // A changed limit updates the row in place.
    const changed = csv.replace('service:Home Care,20000', 'service:Home Care,15000');
    expect((await importCsv(c.councilId, changed)).data.importSchemeOfDelegation).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
  });

  it('refuses a bad file whole, with every bad row’s line and reason, storing nothing', async () => {
    const csv = [
      HEADER,
      'B1,Approve care packages,,Cabinet,,,nobody@nowhere.test,council,,,yes,,2025-04-01,', // unknown person
      'B2,Approve care packages,,Cabinet,,,Cara Chief,service:No Such Service,,,yes,,2025-04-01,', // unknown service
      'B3,Approve care packages,,Cabinet,,,Cara Chief,council,twenty pounds,,yes,,2025-04-01,', // bad limit
      'B4,Approve care packages,,Cabinet,,,Cara Chief,council,,,maybe,,2025-04-01,', // bad yes/no
      'B5,Approve care packages,,,,,Tom Team,service:Home Care North,,,no,B9,2025-04-01,', // unknown parent
      'B1,Approve care packages,,Cabinet,,,Cara Chief,council,,,yes,,2025-04-01,', // duplicate ref
      'B6,Approve care packages,,,,,Hana Head,directorate:ASC,,,no,' + 'D' + '0,2025-04-01,', // unknown parent ref
      'B7,Approve care packages,,,,,Tom Team,service:Home Care North,,,no,B8,2025-04-01,', // cycle B7 -> B8 -> B7
      'B8,Approve care packages,,,,,Hana Head,service:Home Care,,,yes,B7,2025-04-01,',
      'B10,Approve care packages,,Cabinet,,,Cara Chief,council,,,yes,,2025-13-01,', // bad date
    ].join('\n');
    const before = await liveCount(c.councilId);
    const dry = (await importCsv(c.councilId, csv, true)).data.importSchemeOfDelegation;
    expect(dry.applied).toBe(false);
    const byLine = new Map<number, string>(dry.errors.map((e: any) => [e.line, e.message]));
    expect(byLine.get(2)).toMatch(/unknown person "nobody@nowhere.test"/);
    expect(byLine.get(3)).toMatch(/unknown service "No Such Service"/);
    expect(byLine.get(4)).toMatch(/bad limit "twenty pounds"/);
    expect(byLine.get(5)).toMatch(/"maybe" is not yes or no/);
    expect(byLine.get(6)).toMatch(/unknown parent_ref "B9"/);
    expect(byLine.get(7)).toMatch(/duplicate ref "B1": line 2/);
    expect(byLine.get(8)).toMatch(/unknown parent_ref "D0"/);
    expect(byLine.get(11)).toMatch(/not a date/);
    // The real import is refused with BAD_USER_INPUT and the same row errors; nothing is stored.
    const r = await importCsv(c.councilId, csv);
    expect(errorCode(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions!.field).toBe('csv');
    expect(r.errors![0]!.extensions!.rowErrors.length).toBe(dry.errors.length);
    const after = await liveCount(c.councilId);
    expect(after.all.totalCount).toBe(before.all.totalCount);
    expect(after.delegationEvents.totalCount).toBe(before.delegationEvents.totalCount);
  });

  it('refuses cycles, sub-delegations wider than their parent and duplicates', async () => {
    const csv = [
      HEADER,
      'X1,Approve care packages,,Cabinet,,,Cara Chief,directorate:ASC,100000,,yes,,2025-04-01,',
      'X2,Approve care packages,,,,,Dan Director,council,,,yes,X1,2025-04-01,', // wider scope
      'X3,Approve care packages,,,,,Hana Head,service:Home Care,150000,,yes,X1,2025-04-01,', // above the limit
      'X4,Approve care packages,,,,,Tom Team,service:Home Care North,,,no,X3,2025-04-01,',
      'X5,Approve care packages,,,,,Tom Team,service:Home Care North,,,no,X3,2025-04-01,', // duplicate of X4
      'X6,Approve care packages,,,,,Cara Chief,service:Home Care,,,no,X3,2025-04-01,', // back up the chain: a loop
      'X7,Approve care packages,,,,,Tom Team,service:Home Care North,,,yes,X8,2025-04-01,',
      'X8,Approve care packages,,,,,Hana Head,service:Home Care,,,yes,X7,2025-04-01,',
    ].join('\n');
    const dry = (await importCsv(c.councilId, csv, true)).data.importSchemeOfDelegation;
    const byLine = new Map<number, string>(dry.errors.map((e: any) => [e.line, e.message]));
    expect(byLine.get(3)).toMatch(/sub-delegation wider than its parent: .*only over the Adult Social Care directorate/);
    expect(byLine.get(4)).toMatch(/sub-delegation wider than its parent: .*only up to £100,000/);
    expect(byLine.get(6)).toMatch(/duplicate delegation: line 5/);
    expect(byLine.get(7)).toMatch(/cycle: .*already holds it higher up the same chain/);
    expect(byLine.get(8)).toMatch(/cycle: the parent_ref chain/);
    expect(byLine.get(9)).toMatch(/cycle: the parent_ref chain/);
  });

  it('refuses a wrong header, an empty file and a file over the size limit', async () => {
    const wrong = (await importCsv(c.councilId, 'ref,power,whom,scope\nA,B,C,D', true)).data.importSchemeOfDelegation;
    expect(wrong.errors).toEqual([
      {
        line: 1,
        column: null,
        message: expect.stringMatching(/^Wrong header: unknown column "whom"; missing columns "to", "effective_from"/),
      },
    ]);
    const empty = (await importCsv(c.councilId, '', true)).data.importSchemeOfDelegation;
    expect(empty.errors[0].message).toMatch(/empty/);
    const big = await importCsv(c.councilId, `${HEADER}\n${'x'.repeat(1_000_001)}`, true);
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0]!.extensions!.field).toBe('csv');
  });
});
