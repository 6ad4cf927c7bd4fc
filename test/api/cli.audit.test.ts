import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Account, ApiKey, AuditEvent, Council, Delegation, DelegationEvent, Measurement, Person } from '@goldenthread/db';
import { runCli } from '@goldenthread/server';
import { createTestDatabase, dialects, type TestDatabase } from '../testkit/index.js';

/** The command line's changes are in the audit trail, attributed to `cli` and the operator, one event per row written. */
describe.each(dialects())('the audit trail of the command line on %s', (dialect) => {
  let db: TestDatabase;
  let dir: string;
  const saved = { url: process.env.DATABASE_URL, user: process.env.USER };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-cli-audit-'));
    process.env.DATABASE_URL = db.url;
  });
  afterAll(async () => {
    for (const [name, value] of [
      ['DATABASE_URL', saved.url],
      ['USER', saved.user],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    fs.rmSync(dir, { recursive: true, force: true });
    await db?.close();
  });

  async function cli(args: string[]) {
    const out: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    const log = vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
    const err = vi.spyOn(console, 'error').mockImplementation((...a) => void out.push(a.join(' ')));
    try {
      return { code: await runCli(args), out: out.join('\n') };
    } finally {
      write.mockRestore();
      log.mockRestore();
      err.mockRestore();
    }
  }
  const em = () => db.orm.em.fork();
  const events = (where: Record<string, unknown>) => em().count(AuditEvent, { actorKind: 'system', ...where });

  it('seed demo, account create-admin and api-key create/revoke record their changes with actor cli and the operator', async () => {
    process.env.USER = 'jo.bloggs';
    const seeded = await cli(['seed', 'demo']);
    expect(seeded.code, seeded.out).toBe(0);
    const suffolk = await em().findOneOrFail(Council, { gssCode: 'E10000029' });
    const people = await em().count(Person, { council: suffolk.id });
    expect(people).toBeGreaterThan(20);
    expect(await events({ actorLabel: 'cli (jo.bloggs)', operation: 'cli seed demo', entityType: 'Person', action: 'CREATE' })).toBe(
      people,
    );
    expect(
      await events({
        actorLabel: 'cli (jo.bloggs)',
        operation: 'cli seed demo',
        entityType: 'Measurement',
        action: 'CREATE',
        entityId: { $gt: 0 },
      }),
    ).toBe(await em().count(Measurement, {}));

    const admin = await cli([
      'account',
      'create-admin',
      '--council',
      'E10000029',
      '--email',
      'ops.admin@suffolk.example',
      '--name',
      'Ops Admin',
      '--password',
      'a-long-enough-password',
      '--as',
      'Sam Operator',
    ]);
    expect(admin.code, admin.out).toBe(0);
    const account = await em().findOneOrFail(Account, { email: 'ops.admin@suffolk.example' });
    const accountEvent = await em().findOneOrFail(AuditEvent, { entityType: 'Account', entityId: account.id, action: 'CREATE' });
    expect(accountEvent).toMatchObject({
      actorKind: 'system',
      actorLabel: 'cli (Sam Operator)',
      operation: 'cli account create-admin',
      councilId: suffolk.id,
    });
    expect(accountEvent.after).toMatchObject({ email: 'ops.admin@suffolk.example', passwordHash: '[redacted]' });
    expect(await events({ actorLabel: 'cli (Sam Operator)', entityType: 'Person', action: 'CREATE', entityId: account.person.id })).toBe(1);

    const made = await cli(['api-key', 'create', '--council', 'E10000029', '--name', 'Partner from the CLI']);
    expect(made.code, made.out).toBe(0);
    const key = await em().findOneOrFail(ApiKey, { name: 'Partner from the CLI' });
    expect(
      await events({
        actorLabel: 'cli (jo.bloggs)',
        operation: 'cli api-key create',
        entityType: 'ApiKey',
        entityId: key.id,
        action: 'CREATE',
      }),
    ).toBe(1);
    const revoked = await cli(['api-key', 'revoke', '--prefix', key.prefix]);
    expect(revoked.code, revoked.out).toBe(0);
    const revokeEvent = await em().findOneOrFail(AuditEvent, { entityType: 'ApiKey', entityId: key.id, action: 'UPDATE' });
    expect(revokeEvent).toMatchObject({ actorLabel: 'cli (jo.bloggs)', operation: 'cli api-key revoke' });
    expect(revokeEvent.after).toMatchObject({ revokedAt: expect.any(String) });
  });

  it('import: one event per measurement and history row written, creates and changes, with actor cli', async () => {
    const periods = Array.from(
      { length: 24 },
      (_, i) => `${2010 + Math.floor((3 + i) / 12)}-${String(((3 + i) % 12) + 1).padStart(2, '0')}`,
    );
    const rows = (value: (i: number) => number) =>
      [
        'gss_code,indicator_code,period,value',
        ...['L-ASC-01', 'L-ASC-02', 'L-ASC-03'].flatMap((code, c) => periods.map((p, i) => `E10000029,${code},${p},${value(c * 100 + i)}`)),
      ].join('\n');
    const file = path.join(dir, 'figures.csv');
    fs.writeFileSync(
      file,
      rows((i) => i),
    );
    const before = { events: await em().count(AuditEvent, {}), measurements: await em().count(Measurement, {}) };
    const dry = await cli(['import', file, '--dry-run', '--as', 'ops.team']);
    expect(dry.out).toMatch(/would store 72 new/);
    expect(await em().count(AuditEvent, {})).toBe(before.events);

    const first = await cli(['import', file, '--council', 'E10000029', '--as', 'ops.team']);
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/72 new, 0 changed/);
    expect(await em().count(Measurement, {})).toBe(before.measurements + 72);
    const byCli = { actorLabel: 'cli (ops.team)', operation: 'cli import' };
    expect(await events({ ...byCli, entityType: 'Measurement', action: 'CREATE' })).toBe(72);
    expect(await events({ ...byCli, entityType: 'MeasurementHistory', action: 'CREATE' })).toBe(72);
    // Each event names its record, and holds what was stored.
    const created = await em().find(AuditEvent, { ...byCli, entityType: 'Measurement', action: 'CREATE' });
    const ids = new Set(created.map((e) => e.entityId));
    expect(ids.size).toBe(72);
    const stored = await em().find(Measurement, { id: { $in: [...ids] } });
    expect(stored).toHaveLength(72);
    const sample = created[0]!;
    const m = stored.find((s) => s.id === sample.entityId)!;
    expect(sample.after).toMatchObject({ period: m.period, value: m.value, status: 'DRAFT', version: 1 });
    expect(sample.councilId).toBe(m.council.id);

    // Every second value changed: one UPDATE (before and after) and one history row each.
    fs.writeFileSync(
      file,
      rows((i) => (i % 2 ? i + 0.5 : i)),
    );
    const second = await cli(['import', file, '--as', 'ops.team']);
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(/0 new, 36 changed, 36 unchanged/);
    const updates = await em().find(AuditEvent, { ...byCli, entityType: 'Measurement', action: 'UPDATE' });
    expect(updates).toHaveLength(36);
    expect(
      updates.every(
        (e) =>
          (e.before as any).version === 1 && (e.after as any).version === 2 && (e.after as any).value === (e.before as any).value + 0.5,
      ),
    ).toBe(true);
    expect(await events({ ...byCli, entityType: 'MeasurementHistory', action: 'CREATE' })).toBe(72 + 36);
  });

  it('import-delegations: one event per delegation (and power, and scheme event) written, with actor cli', async () => {
    process.env.USER = 'jo.bloggs';
    const exported = path.join(dir, 'scheme.csv');
    const out = await cli(['export-delegations', '--council', 'E10000029', '--out', exported]);
    expect(out.code, out.out).toBe(0);
    // The demo's scheme under new refs (a second copy of every delegation), plus a new power.
    const records = parse(fs.readFileSync(exported, 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const columns = Object.keys(records[0]!);
    const line = (r: Record<string, string>) =>
      columns.map((c) => (/[",\n]/.test(r[c] ?? '') ? `"${r[c]!.replace(/"/g, '""')}"` : (r[c] ?? ''))).join(',');
    let rows: Array<Record<string, string>> = records.map((r) => ({
      ...r,
      ref: `X-${r.ref}`,
      parent_ref: r.parent_ref ? `X-${r.parent_ref}` : '',
    }));
    rows.push({
      ...rows[0]!,
      ref: 'X-NEW',
      power: 'Approve a new kind of care',
      power_kind: 'CARE',
      power_limit: '250000',
      from: '',
      scope: 'council',
      limit: '',
      conditions: '',
      may_sub_delegate: 'no',
      parent_ref: '',
      effective_from: '2025-04-01',
      effective_to: '',
    });
    const file = path.join(dir, 'scheme-new.csv');
    const write = () => fs.writeFileSync(file, [columns.join(','), ...rows.map(line)].join('\n'));
    // The demo's scheme has a deliberately out-of-scope sub-delegation: leave out what a dry run refuses.
    for (let attempt = 0; attempt < 3; attempt++) {
      write();
      const dry = await cli(['import-delegations', file, '--council', 'E10000029', '--dry-run']);
      if (dry.code === 0) break;
      const bad = new Set([...dry.out.matchAll(/line (\d+)/g)].map((m) => Number(m[1])));
      rows = rows.filter((_, i) => !bad.has(i + 2));
    }
    expect(rows.length).toBeGreaterThan(10);
    const before = { delegations: await em().count(Delegation, {}), schemeEvents: await em().count(DelegationEvent, {}) };
    const imported = await cli(['import-delegations', file, '--council', 'E10000029']);
    expect(imported.code, imported.out).toBe(0);
    const counts = /(\d+) new, (\d+) changed, (\d+) unchanged; (\d+) new powers/.exec(imported.out)!;
    const created = Number(counts[1]);
    expect(created).toBe(rows.length);
    expect(Number(counts[4])).toBe(1);
    expect(await em().count(Delegation, {})).toBe(before.delegations + created);
    const byCli = { actorLabel: 'cli (jo.bloggs)', operation: 'cli import-delegations' };
    expect(await events({ ...byCli, entityType: 'Delegation', action: 'CREATE' })).toBe(created);
    expect(await events({ ...byCli, entityType: 'DecisionPower', action: 'CREATE' })).toBe(1);
    expect(await events({ ...byCli, entityType: 'DelegationEvent', action: 'CREATE' })).toBe(
      (await em().count(DelegationEvent, {})) - before.schemeEvents,
    );

    // A changed limit: one UPDATE event.
    rows = rows.map((r) => (r.ref === 'X-NEW' ? { ...r, limit: '100000' } : r));
    write();
    const again = await cli(['import-delegations', file, '--council', 'E10000029']);
    expect(again.out).toMatch(/0 new, 1 changed/);
    const update = await em().findOneOrFail(AuditEvent, { ...byCli, entityType: 'Delegation', action: 'UPDATE' });
    expect(update.after).toMatchObject({ financialLimit: 100000, ref: 'X-NEW' });
  });
});
