import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openOrm, type Dialect, type Orm } from '@goldenthread/db';
import { createScratchPostgres } from '@goldenthread/db/testing';

/**
 * The databases the suite runs on: always the embedded SQLite; PostgreSQL too when
 * GT_TEST_POSTGRES_URL names a server where the tests may create throw-away databases.
 */
export function dialects(): Dialect[] {
  return process.env.GT_TEST_POSTGRES_URL ? ['sqlite', 'postgresql'] : ['sqlite'];
}

export interface TestDatabase {
  dialect: Dialect;
  url: string;
  orm: Orm;
  close: () => Promise<void>;
}

/** A fresh, migrated database of the dialect, removed again by close(). */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'postgresql') {
    const scratch = await createScratchPostgres(process.env.GT_TEST_POSTGRES_URL);
    const orm = await openOrm({ databaseUrl: scratch.url });
    await migrate(orm);
    return {
      dialect,
      url: scratch.url,
      orm,
      close: async () => {
        await orm.close(true);
        await scratch.drop();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-test-'));
  const url = `file:${path.join(dir, 'test.sqlite')}`;
  const orm = await openOrm({ databaseUrl: url });
  await migrate(orm);
  return {
    dialect,
    url,
    orm,
    close: async () => {
      await orm.close(true);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
