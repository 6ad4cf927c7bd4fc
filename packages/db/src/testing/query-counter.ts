import type { Orm } from '../orm.js';

/**
 * Counts SQL statements sent to the database, for the tests that prove a request's statement count
 * depends on its depth, not on how many rows come back.
 */
export class QueryCounter {
  count = 0;
  readonly statements: string[] = [];
  private readonly listener = (q: { sql: string }) => {
    this.count += 1;
    this.statements.push(q.sql);
  };
  constructor(private readonly orm: Orm) {
    orm.em.getConnection().getKnex().on('query', this.listener);
  }
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
  stop(): void {
    this.orm.em.getConnection().getKnex().off('query', this.listener);
  }
}
