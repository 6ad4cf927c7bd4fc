import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('reads the cache budget: unset is the API default, 0 turns it off, anything else not a whole number is refused by name', () => {
    expect(readConfig({}).cacheRows).toBeUndefined();
    expect(readConfig({ GT_CACHE_ROWS: '0' }).cacheRows).toBe(0);
    expect(readConfig({ GT_CACHE_ROWS: '50000' }).cacheRows).toBe(50_000);
    expect(() => readConfig({ GT_CACHE_ROWS: '-1' })).toThrow('GT_CACHE_ROWS must be a whole number, zero or more, got "-1".');
    expect(() => readConfig({ GT_CACHE_ROWS: 'lots' })).toThrow(/GT_CACHE_ROWS/);
  });

  it('reads the budget of published answers kept (GT_ANSWER_CACHE_MB): unset is the API default, 0 turns it off', () => {
    expect(readConfig({}).answerCacheMb).toBeUndefined();
    expect(readConfig({ GT_ANSWER_CACHE_MB: '0' }).answerCacheMb).toBe(0);
    expect(readConfig({ GT_ANSWER_CACHE_MB: '256' }).answerCacheMb).toBe(256);
    expect(() => readConfig({ GT_ANSWER_CACHE_MB: '-5' })).toThrow('GT_ANSWER_CACHE_MB must be a whole number, zero or more, got "-5".');
    expect(() => readConfig({ GT_ANSWER_CACHE_MB: '1.5' })).toThrow(/GT_ANSWER_CACHE_MB/);
  });

  it("reads the prefix of the server's Redis keys (GT_REDIS_PREFIX): unset is the server's default", () => {
    expect(readConfig({}).redisPrefix).toBeUndefined();
    expect(readConfig({ GT_REDIS_PREFIX: 'gt-staging:' }).redisPrefix).toBe('gt-staging:');
  });

  it('refuses limits that are not positive whole numbers, naming the variable', () => {
    expect(readConfig({ GT_MAX_DEPTH: '8' }).limits).toEqual({ maxDepth: 8 });
    expect(() => readConfig({ GT_MAX_DEPTH: '0' })).toThrow('GT_MAX_DEPTH must be a positive whole number, got "0".');
    expect(() => readConfig({ GT_QUERY_TIMEOUT_MS: '1.5' })).toThrow(/GT_QUERY_TIMEOUT_MS/);
  });

  it('reads read replicas (DATABASE_REPLICA_URLS) beside a PostgreSQL database only, and refuses anything else by name', () => {
    const pg = 'postgres://app@db-primary:5432/gt';
    expect(readConfig({ DATABASE_URL: pg }).replicaUrls).toEqual([]);
    expect(readConfig({ DATABASE_URL: pg, DATABASE_REPLICA_URLS: 'postgres://app@r1/gt, postgres://app@r2/gt' }).replicaUrls).toEqual([
      'postgres://app@r1/gt',
      'postgres://app@r2/gt',
    ]);
    expect(() => readConfig({ DATABASE_REPLICA_URLS: 'postgres://app@r1/gt' })).toThrow(/needs a PostgreSQL DATABASE_URL/);
    expect(() => readConfig({ DATABASE_URL: pg, DATABASE_REPLICA_URLS: 'mysql://app:secret@r1/gt' })).toThrow(
      'DATABASE_REPLICA_URLS must list postgres:// URLs, got "mysql://app:***@r1/gt".',
    );
    expect(readConfig({ DATABASE_URL: pg }).replicaStickyMs).toBe(5000);
    expect(readConfig({ DATABASE_URL: pg, GT_REPLICA_STICKY_MS: '0' }).replicaStickyMs).toBe(0);
    expect(() => readConfig({ GT_REPLICA_STICKY_MS: 'soon' })).toThrow(/GT_REPLICA_STICKY_MS/);
  });
});
