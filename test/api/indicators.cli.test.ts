import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Measurement, seedReference } from '@goldenthread/db';
import { runCli } from '@goldenthread/server';
import { createTestDatabase, dialects, type TestDatabase } from '../testkit/index.js';

describe.each(dialects())('the import command on %s', (dialect) => {
  let db: TestDatabase;
  let dir: string;
  const saved = process.env.DATABASE_URL;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    await seedReference(db.orm.em.fork());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-cli-'));
    process.env.DATABASE_URL = db.url;
  });
  afterAll(async () => {
    process.env.DATABASE_URL = saved;
    if (saved === undefined) delete process.env.DATABASE_URL;
    fs.rmSync(dir, { recursive: true, force: true });
    await db?.close();
  });

  async function cli(args: string[]) {
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
    const err = vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
    try {
      return { code: await runCli(args), out: out.join('\n') };
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  }
  const count = () => db.orm.em.fork().count(Measurement, {});

  it('previews with --dry-run, imports once, changes nothing the second time, and refuses a bad file with every bad line', async () => {
    const file = path.join(dir, 'figures.csv');
    fs.writeFileSync(
      file,
      'gss_code,indicator_code,period,value,numerator,denominator,note\r\n' +
        'E10000029,1A,2019-20,19.1,,,\r\nE10000029,2A2,2019-20,"1,020",,,\r\n',
    );
    const dry = await cli(['import', file, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/would store 2 new, 0 changed, 0 unchanged/);
    expect(await count()).toBe(0);
    expect((await cli(['import', file, '--format', 'template', '--council', 'E10000029'])).out).toMatch(/2 new/);
    expect(await count()).toBe(2);
    expect((await cli(['import', file])).out).toMatch(/0 new, 0 changed, 2 unchanged/);

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'gss_code,indicator_code,period,value\nE10000029,1A,2020-21,19\nE10000029,1A,2020-21,19\nX,1A,2020-21,1\n');
    const refused = await cli(['import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/line 3: Duplicate row/);
    expect(refused.out).toMatch(/line 4 \(gss_code\)/);
    expect(await count()).toBe(2);
    const wrongFormat = await cli(['import', file, '--format', 'excel']);
    expect(wrongFormat.code).toBe(2);
  });
});
