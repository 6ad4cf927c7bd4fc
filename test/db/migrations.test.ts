import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities, migrate } from '@goldenthread/db';
import { createTestDatabase, dialects, type TestDatabase } from '../testkit/index.js';

describe.each(dialects())('migrations on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('build a schema that matches the entities exactly (no drift)', async () => {
    const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
  });

  it('create every entity table', async () => {
    const rows = await db.orm.em
      .getConnection()
      .execute<Array<Record<string, string>>>(
        dialect === 'postgresql'
          ? "select table_name as name from information_schema.tables where table_schema = 'public'"
          : "select name from sqlite_master where type = 'table'",
      );
    const tables = new Set(rows.map((r) => r.name));
    for (const entity of entities) {
      expect(tables.has(db.orm.getMetadata().get(entity.name).tableName), entity.name).toBe(true);
    }
  });

  it('keep the data-version triggers of the delegation event record (SQLite rebuilt it for the deletion kinds)', async () => {
    const rows = await db.orm.em
      .getConnection()
      .execute<Array<{ name: string }>>(
        dialect === 'postgresql'
          ? "select distinct trigger_name as name from information_schema.triggers where event_object_table = 'delegation_event'"
          : "select name from sqlite_master where type = 'trigger' and tbl_name = 'delegation_event'",
      );
    const names = rows.map((r) => r.name).sort();
    if (dialect === 'postgresql') expect(names.length).toBeGreaterThan(0);
    else expect(names).toEqual(['delete', 'insert', 'update'].map((e) => `data_version_delegation_event_${e}`));
  });

  it('are idempotent: a second run applies nothing', async () => {
    expect(await migrate(db.orm)).toEqual([]);
  });
});
