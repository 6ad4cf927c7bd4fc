import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_STAMPED_TABLES, Directorate, Indicator, NATIONAL_CHANGE_STAMP, Person, readChangeStamp } from '@goldenthread/db';
import { QueryCounter } from '@goldenthread/db/testing';
import { createTestDatabase, dialects, type TestDatabase } from '../testkit/index.js';
import { FIXTURES, indicatorRow, type Parents, parents, type Row } from './change-stamp.fixture.js';

describe.each(dialects())('change stamp on %s', (dialect) => {
  let db: TestDatabase;
  let a: Parents;
  let b: Parents;
  const em = () => db.orm.em.fork();
  const stampOf = (councilId: number) => readChangeStamp(em(), councilId);
  const execute = (sql: string, params: unknown[] = []) => em().getConnection().execute(sql, params);

  /** Runs op and checks that each council's stamp grew by exactly the amount given (0: unchanged). */
  async function expectBumps(label: string, op: () => Promise<unknown>, deltas: Array<[council: number, delta: number]>): Promise<void> {
    const before = await Promise.all(deltas.map(([c]) => stampOf(c)));
    await op();
    const after = await Promise.all(deltas.map(([c]) => stampOf(c)));
    expect(
      deltas.map(([c], i) => [c, after[i]! - before[i]!]),
      label,
    ).toEqual(deltas);
  }

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    a = await parents(em(), 'E99999991');
    b = await parents(em(), 'E99999992');
  });
  afterAll(async () => {
    await db?.close();
  });

  it('has a fixture for every stamped table, and the stamped tables are tables of the entities', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(CHANGE_STAMPED_TABLES.map((t) => t.table).sort());
    for (const { table, councilColumn } of CHANGE_STAMPED_TABLES) {
      const meta = db.orm.getMetadata().get(FIXTURES[table]!.entity.name);
      expect(meta.tableName).toBe(table);
      const column = table === 'council' ? meta.properties.id : meta.properties.council;
      expect(column?.fieldNames).toEqual([councilColumn]);
    }
  });

  it('has exactly the insert, update and delete triggers of CHANGE_STAMPED_TABLES in the database', async () => {
    const rows = await execute(
      dialect === 'postgresql'
        ? 'select c.relname as tbl, t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid where not t.tgisinternal and ' +
            "t.tgname like 'change\\_stamp\\_%'"
        : "select tbl_name as tbl, name from sqlite_master where type = 'trigger' and name like 'change\\_stamp\\_%' escape '\\'",
    );
    const expected = CHANGE_STAMPED_TABLES.flatMap(({ table }) =>
      ['insert', 'update', 'delete'].map((e) => `${table}:change_stamp_${table}_${e}`),
    );
    expect(rows.map((r: Row) => `${r.tbl}:${r.name}`).sort()).toEqual(expected.sort());
  });

  it('starts at 0 for a council nothing has touched, and reads in one statement', async () => {
    expect(await stampOf(123_456)).toBe(await stampOf(NATIONAL_CHANGE_STAMP));
    const counter = new QueryCounter(db.orm);
    try {
      const e = em();
      counter.reset();
      const stamp = await readChangeStamp(e, a.council);
      expect(counter.count).toBe(1);
      expect(counter.statements[0]).toMatch(/change_stamp/);
      expect(stamp).toBeGreaterThan(0); // the parents inserted in beforeAll
    } finally {
      counter.stop();
    }
  });

  describe.each(CHANGE_STAMPED_TABLES.map((t) => [t.table, t] as const))('%s', (table) => {
    const owner = (row: Row) => (table === 'council' ? (row.id as number) : a.council);
    // Councils that must not move: the other council, and this one unless it owns the row.
    const bystanders = (row: Row): Array<[number, number]> => [a.council, b.council].filter((c) => c !== owner(row)).map((c) => [c, 0]);
    const fixture = () => FIXTURES[table]!;
    const newRow = async () => {
      const now = new Date();
      return { ...(await fixture().row(em(), a)), createdAt: now, updatedAt: now };
    };
    /** A row inserted without the ORM's unit of work; returns its id. */
    const existing = async () => {
      const row = await newRow();
      const id = (await em().insert(fixture().entity, row as never)) as number;
      return { ...row, id };
    };

    it('insert bumps the owning council once, whatever the route (ORM, native insert, raw SQL)', async () => {
      let row = await newRow();
      await expectBumps(`${table}: ORM create and flush`, async () => {
        const e = em();
        e.create(fixture().entity, row as never);
        await e.flush();
      }, [[owner(row), 1], ...bystanders(row)]);

      row = await newRow();
      await expectBumps(`${table}: em.insert`, () => em().insert(fixture().entity, row as never), [[owner(row), 1], ...bystanders(row)]);

      row = await newRow();
      const e = em();
      const sql = e
        .createQueryBuilder(fixture().entity)
        .insert(row as never)
        .getFormattedQuery();
      await expectBumps(`${table}: raw SQL insert`, () => e.getConnection().execute(sql), [[owner(row), 1], ...bystanders(row)]);
    });

    it('update bumps the owning council once (ORM flush, nativeUpdate, raw SQL)', async () => {
      const row = await existing();
      await expectBumps(`${table}: ORM change and flush`, async () => {
        const e = em();
        const entity = (await e.findOneOrFail(fixture().entity, row.id as never)) as { updatedAt: Date };
        entity.updatedAt = new Date(entity.updatedAt.getTime() + 60_000);
        await e.flush();
      }, [[owner(row), 1], ...bystanders(row)]);
      await expectBumps(
        `${table}: nativeUpdate`,
        () => em().nativeUpdate(fixture().entity, { id: row.id } as never, { updatedAt: new Date() } as never),
        [[owner(row), 1], ...bystanders(row)],
      );
      await expectBumps(`${table}: raw SQL update`, () => execute(`update ${table} set version = version + 1 where id = ?`, [row.id]), [
        [owner(row), 1],
        ...bystanders(row),
      ]);
    });

    it('delete bumps the owning council once (ORM remove, nativeDelete, raw SQL)', async () => {
      let row = await existing();
      await expectBumps(`${table}: ORM remove and flush`, async () => {
        const e = em();
        e.remove(await e.findOneOrFail(fixture().entity, row.id as never));
        await e.flush();
      }, [[owner(row), 1], ...bystanders(row)]);

      row = await existing();
      await expectBumps(`${table}: nativeDelete`, () => em().nativeDelete(fixture().entity, { id: row.id } as never), [
        [owner(row), 1],
        ...bystanders(row),
      ]);

      row = await existing();
      await expectBumps(`${table}: raw SQL delete`, () => execute(`delete from ${table} where id = ?`, [row.id]), [
        [owner(row), 1],
        ...bystanders(row),
      ]);
    });
  });

  it("leaves a council's stamp alone when another council's rows change", async () => {
    await expectBumps('the other council', async () => {
      const e = em();
      e.create(Person, { council: b.council, name: 'Someone else' });
      await e.flush();
      await em().nativeUpdate(Directorate, { council: b.council }, { code: 'X' });
      await execute('delete from person where council_id = ? and name = ?', [b.council, 'Someone else']);
    }, [
      [a.council, 0],
      [b.council, 3],
    ]);
  });

  it('bumps both councils when an update moves a row from one to the other', async () => {
    const id = (await em().insert(Person, { council: a.council, name: 'Mover', createdAt: new Date(), updatedAt: new Date() })) as number;
    await expectBumps('moved person', () => execute('update person set council_id = ? where id = ?', [b.council, id]), [
      [a.council, 1],
      [b.council, 1],
    ]);
  });

  it("bumps every council's stamp (row 0) when a national indicator changes", async () => {
    const other = 987_654; // a council with no stamp row of its own
    const everybody = (d: number): Array<[number, number]> => [
      [a.council, d],
      [b.council, d],
      [other, d],
      [NATIONAL_CHANGE_STAMP, d],
    ];
    let id = 0;
    await expectBumps(
      'national indicator insert',
      async () => {
        id = (await em().insert(Indicator, indicatorRow(null))) as number;
      },
      everybody(1),
    );
    await expectBumps(
      'national indicator ORM update',
      async () => {
        const e = em();
        (await e.findOneOrFail(Indicator, id)).title = 'Renamed';
        await e.flush();
      },
      everybody(1),
    );
    await expectBumps(
      'national indicator raw update',
      () => execute('update indicator set unit = ? where id = ?', ['%', id]),
      everybody(1),
    );
    // Made local to council A: the national stamp and A's own both move, so A's sum moves by 2.
    await expectBumps('national indicator made local', () => execute('update indicator set council_id = ? where id = ?', [a.council, id]), [
      [a.council, 2],
      [b.council, 1],
      [other, 1],
      [NATIONAL_CHANGE_STAMP, 1],
    ]);
    await expectBumps('local indicator made national again, then deleted', async () => {
      await em().nativeUpdate(Indicator, { id }, { council: null });
      await em().nativeDelete(Indicator, { id });
    }, [
      [a.council, 3],
      [b.council, 2],
      [other, 2],
      [NATIONAL_CHANGE_STAMP, 2],
    ]);
  });

  it('bumps on bulk statements: once per statement on PostgreSQL, once per row on SQLite', async () => {
    const rows = 250;
    const now = new Date();
    const perStatement = (rowCount: number) => (dialect === 'postgresql' ? 1 : rowCount);
    const people = Array.from({ length: rows }, (_, i) => ({
      council: a.council,
      name: `Bulk ${i}`,
      jobTitle: 'bulk',
      version: 1,
      createdAt: now,
      updatedAt: now,
    }));
    await expectBumps('insertMany', () => em().insertMany(Person, people), [
      [a.council, perStatement(rows)],
      [b.council, 0],
    ]);
    await expectBumps('nativeUpdate of every bulk row', async () => {
      expect(await em().nativeUpdate(Person, { council: a.council, jobTitle: 'bulk' }, { jobTitle: 'bulk 2' })).toBe(rows);
    }, [
      [a.council, perStatement(rows)],
      [b.council, 0],
    ]);
    // One statement over both councils' rows: each council once on PostgreSQL.
    const aRows = await em().count(Person, { council: a.council });
    const bRows = await em().count(Person, { council: b.council });
    await expectBumps(
      'raw update over two councils',
      () => execute('update person set version = version + 1 where council_id in (?, ?)', [a.council, b.council]),
      [
        [a.council, perStatement(aRows)],
        [b.council, perStatement(bRows)],
      ],
    );
    await expectBumps('nativeDelete of every bulk row', async () => {
      expect(await em().nativeDelete(Person, { council: a.council, jobTitle: 'bulk 2' })).toBe(rows);
    }, [
      [a.council, perStatement(rows)],
      [b.council, 0],
    ]);
  });

  it('does not move for a statement that changes no row', async () => {
    await expectBumps('empty update and delete', async () => {
      await execute('update person set name = name where id < 0');
      await em().nativeDelete(Person, { id: -1 });
    }, [
      [a.council, 0],
      [b.council, 0],
      [NATIONAL_CHANGE_STAMP, 0],
    ]);
  });

  it("is read in the EntityManager's transaction, and a rolled-back change leaves it as it was", async () => {
    const before = await stampOf(a.council);
    await expect(
      em().transactional(async (tx) => {
        tx.create(Person, { council: a.council, name: 'Rolled back' });
        await tx.flush();
        expect(await readChangeStamp(tx, a.council)).toBe(before + 1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await stampOf(a.council)).toBe(before);
  });

  it('migration down() removes the triggers, functions and table, and up() brings them back', async () => {
    // Run on its own (not through the migrator), so migrations added after it do not matter.
    const entry = (db.orm.config.get('migrations').migrationsList ?? []).find((m) => 'name' in m && m.name === 'Migration20261126151700');
    expect(entry).toBeDefined();
    const run = async (method: 'up' | 'down') => {
      type MigrationLike = { up(): Promise<void>; down(): Promise<void>; getQueries(): unknown[] };
      const MigrationClass = (entry as { class: unknown }).class as new (driver: unknown, config: unknown) => MigrationLike;
      const migration = new MigrationClass(db.orm.em.getDriver(), db.orm.config);
      await migration[method]();
      for (const sql of migration.getQueries()) await execute(sql as string);
    };
    const leftovers = async () =>
      execute(
        dialect === 'postgresql'
          ? "select relname as name from pg_class where relname = 'change_stamp' union all select tgname from pg_trigger where tgname " +
              "like 'change\\_stamp\\_%' union all select proname from pg_proc where proname like 'change\\_stamp\\_%'"
          : "select name from sqlite_master where name like 'change\\_stamp%' escape '\\'",
      );
    await run('down');
    expect(await leftovers()).toEqual([]);
    // With no triggers, writes go through untouched.
    await execute('update person set version = version + 1 where council_id = ?', [a.council]);
    await run('up');
    expect((await leftovers()).length).toBeGreaterThan(CHANGE_STAMPED_TABLES.length * 3);
    await expectBumps('after up() again', () => execute('update council set version = version + 1 where id = ?', [a.council]), [
      [a.council, 1],
      [b.council, 0],
    ]);
  });
});
