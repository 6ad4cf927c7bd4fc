/**
 * PostgreSQL with read replicas: MikroORM sends reads outside a transaction to a replica (its
 * `replicas` option); this driver sends them to the primary instead whenever read-routing.ts says so,
 * and keeps each request on one replica. Every read MikroORM makes asks the driver for its connection
 * here, so this is the one place.
 */
import type { ConnectionType } from '@mikro-orm/core';
import { type PostgreSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { currentReadRouting, readsFromPrimary } from './read-routing.js';

export class RoutedPostgreSqlDriver extends PostgreSqlDriver {
  override getConnection(type: ConnectionType = 'write'): PostgreSqlConnection {
    if (type !== 'read' || this.replicas.length === 0) return super.getConnection(type);
    const state = currentReadRouting();
    if (!state || readsFromPrimary()) return super.getConnection('write');
    // One replica per request: its change stamp, data version and rows all come from the same one.
    state.replica ??= Math.floor(Math.random() * this.replicas.length);
    return this.replicas[state.replica] ?? super.getConnection('write');
  }
}
