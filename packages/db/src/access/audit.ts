import {
  ReferenceKind,
  Utils,
  type EntityMetadata,
  type EntityName,
  type EventArgs,
  type EventSubscriber,
  type FilterQuery,
  type FlushEventArgs,
  type ObjectQuery,
  type RequiredEntityData,
} from '@mikro-orm/core';
import { SqlEntityManager, type AbstractSqlDriver } from '@mikro-orm/knex';
import { bulkInsert } from '../shared/bulk-insert.js';
import { reserveIds } from '../shared/ids.js';
import { AuditEvent } from './audit-event.entity.js';

/**
 * Who is changing data, attached to a request's EntityManager (and copied to every fork of it,
 * including the ones `transactional()` makes). Only changes made through an EntityManager that
 * carries an actor are recorded: the API's requests carry the person, the command line's commands
 * `cli`; migrations and the server's own seeding of an empty database carry none.
 */
export interface AuditActor {
  kind: 'person' | 'system';
  label: string;
  accountId?: number | null;
  personId?: number | null;
  apiKeyId?: number | null;
  /** The actor's council: the fallback council of a change whose record names none. */
  councilId?: number | null;
  requestId?: string | null;
  /** The mutation being resolved; set by the API as each top-level mutation field starts. */
  operation?: string | null;
}

const REDACTED = '[redacted]';
const SECRET = /hash|password|secret|token/i;

type Row = Record<string, unknown>;

function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const v = value as { unwrap?: () => { id?: unknown }; id?: unknown };
    if (typeof v.unwrap === 'function') return v.unwrap().id ?? null;
    if ('id' in v && (typeof v.id === 'number' || typeof v.id === 'string')) return v.id;
    if (Array.isArray(value)) return value.map(plain);
    return JSON.parse(JSON.stringify(value)) as unknown;
  }
  return value;
}

/** The stored columns of a record as plain JSON: relations as ids, dates as ISO strings, secrets redacted. */
export function auditSnapshot(meta: EntityMetadata, source: Row | null | undefined): Row | null {
  if (!source) return null;
  const out: Row = {};
  for (const prop of meta.props) {
    const owning =
      prop.kind === ReferenceKind.SCALAR ||
      prop.kind === ReferenceKind.MANY_TO_ONE ||
      (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner);
    if (!owning || prop.persist === false) continue;
    if (!(prop.name in source)) continue;
    out[prop.name] = SECRET.test(prop.name) ? REDACTED : plain(source[prop.name]);
  }
  return out;
}

function councilOf(meta: EntityMetadata, id: number, before: Row | null, after: Row | null, actor: AuditActor): number | null {
  if (meta.className === 'Council') return id;
  const fromRow = (after?.council ?? before?.council) as number | string | null | undefined;
  if (fromRow !== undefined && fromRow !== null) return Number(fromRow);
  return actor.councilId ?? null;
}

function eventRow(
  meta: EntityMetadata,
  actor: AuditActor,
  action: 'CREATE' | 'UPDATE' | 'DELETE',
  id: number,
  before: Row | null,
  after: Row | null,
): RequiredEntityData<AuditEvent> {
  return {
    at: new Date(),
    councilId: councilOf(meta, id, before, after, actor),
    actorKind: actor.kind,
    actorAccountId: actor.accountId ?? null,
    actorPersonId: actor.personId ?? null,
    actorApiKeyId: actor.apiKeyId ?? null,
    actorLabel: actor.label.slice(0, 254),
    operation: actor.operation?.slice(0, 100) ?? null,
    requestId: actor.requestId ?? null,
    action,
    entityType: meta.className,
    entityId: id,
    before,
    after,
  };
}

const immutable = () => new Error('The audit trail cannot be changed or deleted.');

/** One change to record: the record's id, and its stored columns before and after (null for none). */
export interface AuditChange {
  id: number;
  before: Row | null;
  after: Row | null;
}

/**
 * Records changes written without the unit of work or the audited native methods (bulk SQL, the
 * query builder), with the EntityManager's actor, in its transaction: one multi-row insert per 500
 * events. Returns how many were recorded (none without an actor). `before`/`after` are snapshots
 * (see auditSnapshot).
 */
export async function recordAuditEvents(
  em: SqlEntityManager,
  entityName: string,
  action: 'CREATE' | 'UPDATE' | 'DELETE',
  changes: readonly AuditChange[],
): Promise<number> {
  const actor = auditActorOf(em);
  if (!actor || !changes.length) return 0;
  const meta = em.getMetadata().get(entityName);
  const events = changes.map((c) => eventRow(meta, actor, action, c.id, c.before, c.after));
  await insertEvents(em, events);
  return events.length;
}

/** Inserts audit events in bulk (the audited insertMany passes them through unrecorded). */
async function insertEvents(em: SqlEntityManager, events: RequiredEntityData<AuditEvent>[]): Promise<void> {
  await bulkInsert(em, AuditEvent, events);
}

/**
 * The EntityManager of the application: forks keep the actor, and the native bulk writes
 * (`nativeUpdate`, `nativeDelete`) that bypass the unit of work are recorded too, with each affected
 * record before and after, in the same transaction.
 */
export class AuditedEntityManager<D extends AbstractSqlDriver = AbstractSqlDriver> extends SqlEntityManager<D> {
  auditActor: AuditActor | undefined;

  override fork(options: Parameters<SqlEntityManager<D>['fork']>[0] = {}): this {
    const fork = super.fork(options) as this;
    fork.auditActor = this.auditActor;
    return fork;
  }

  // The overrides take `never` for the data and options and return `never[]` from insertMany:
  // MikroORM's generic signatures cannot be restated so that TypeScript accepts them as the same
  // (EntityName<T> is invariant), and a method's parameters are compared both ways, so callers keep
  // SqlEntityManager's types (the `Em` they hold). Inside, the writes go through SqlEntityManager's
  // own methods by class name, typed.
  override async nativeUpdate<T extends object>(
    entityName: EntityName<T>,
    where: FilterQuery<T>,
    data: never,
    options?: never,
  ): Promise<number> {
    const meta = this.getMetadata().get(Utils.className(entityName));
    if (meta.className === AuditEvent.name) throw immutable();
    const actor = this.auditActor;
    if (!actor) return super.nativeUpdate(entityName, where, data, options);
    const run = async (em: AuditedEntityManager<D>) => {
      const rows = (await em.getDriver().find(meta.className, where as ObjectQuery<T>, { ctx: em.getTransactionContext() })) as Row[];
      const changed = await SqlEntityManager.prototype.nativeUpdate.call(em, meta.className, where, data, options);
      const patch = auditSnapshot(meta, data as Row) ?? {};
      const events = rows.map((r) => {
        const before = auditSnapshot(meta, r);
        return eventRow(meta, actor, 'UPDATE', Number(r.id), before, { ...before, ...patch });
      });
      await insertEvents(em, events);
      return changed;
    };
    return this.isInTransaction() ? run(this) : this.transactional((em) => run(em as AuditedEntityManager<D>));
  }

  /** Bulk inserts (CSV imports) are recorded as creations, one event per row, like the unit of work's. */
  override async insertMany<T extends object>(entityNameOrEntities: EntityName<T> | T[], data?: never, options?: never): Promise<never[]> {
    const className = Array.isArray(entityNameOrEntities)
      ? (entityNameOrEntities[0]?.constructor.name ?? '')
      : Utils.className(entityNameOrEntities);
    const actor = this.auditActor;
    if (!actor || className === AuditEvent.name || !Array.isArray(data))
      return super.insertMany(entityNameOrEntities, data, options) as Promise<never[]>;
    const meta = this.getMetadata().get(className);
    const run = async (em: AuditedEntityManager<D>) => {
      // Rows without ids get theirs from the table's counter first: a multi-row insert reports only
      // one id on some databases, and the trail names each record.
      let rows = data as Row[];
      const missing = rows.filter((r) => r.id === undefined || r.id === null).length;
      if (missing && meta.primaryKeys.length === 1 && meta.primaryKeys[0] === 'id' && meta.properties.id?.autoincrement) {
        const reserved = await reserveIds(em, meta.tableName, missing);
        let next = 0;
        rows = rows.map((r) => (r.id === undefined || r.id === null ? { ...r, id: reserved[next++] } : r));
      }
      const ids = (await SqlEntityManager.prototype.insertMany.call(em, meta.className, rows, options)) as unknown[];
      const events = rows.map((r, i) => {
        const id = Number(r.id ?? (ids.length === rows.length ? ids[i] : NaN));
        return eventRow(meta, actor, 'CREATE', Number.isFinite(id) ? id : 0, null, auditSnapshot(meta, r));
      });
      await insertEvents(em, events);
      return (rows.every((r) => r.id !== undefined && r.id !== null) ? rows.map((r) => r.id) : ids) as never[];
    };
    return this.isInTransaction() ? run(this) : this.transactional((em) => run(em as AuditedEntityManager<D>));
  }

  override async nativeDelete<T extends object>(entityName: EntityName<T>, where: FilterQuery<T>, options?: never): Promise<number> {
    const meta = this.getMetadata().get(Utils.className(entityName));
    if (meta.className === AuditEvent.name) throw immutable();
    const actor = this.auditActor;
    if (!actor) return super.nativeDelete(entityName, where, options);
    const run = async (em: AuditedEntityManager<D>) => {
      const rows = (await em.getDriver().find(meta.className, where as ObjectQuery<T>, { ctx: em.getTransactionContext() })) as Row[];
      const deleted = await SqlEntityManager.prototype.nativeDelete.call(em, meta.className, where, options);
      const events = rows.map((r) => eventRow(meta, actor, 'DELETE', Number(r.id), auditSnapshot(meta, r), null));
      await insertEvents(em, events);
      return deleted;
    };
    return this.isInTransaction() ? run(this) : this.transactional((em) => run(em as AuditedEntityManager<D>));
  }
}

/** The actor of an EntityManager, if it is an audited one carrying one. */
export function auditActorOf(em: unknown): AuditActor | undefined {
  return em instanceof AuditedEntityManager ? em.auditActor : undefined;
}

/** Gives an EntityManager (a request's fork) its actor; its forks inherit it. */
export function setAuditActor(em: unknown, actor: AuditActor | undefined): void {
  if (em instanceof AuditedEntityManager) em.auditActor = actor;
}

const beforeOf = new WeakMap<object, Row | null>();

/**
 * Records every change the unit of work flushes (create, update, delete), inside the flush's
 * transaction: if the change rolls back, so does its audit event.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    for (const cs of args.uow.getChangeSets()) {
      if (cs.meta.className === AuditEvent.name && cs.type !== 'create') throw immutable();
      if (!auditActorOf(args.em)) continue;
      if (cs.type === 'update' || cs.type === 'delete') beforeOf.set(cs.entity, auditSnapshot(cs.meta, cs.originalEntity as Row));
    }
  }

  async afterCreate(args: EventArgs<object>): Promise<void> {
    await this.record(args, 'CREATE');
  }

  async afterUpdate(args: EventArgs<object>): Promise<void> {
    await this.record(args, 'UPDATE');
  }

  async afterDelete(args: EventArgs<object>): Promise<void> {
    await this.record(args, 'DELETE');
  }

  private async record(args: EventArgs<object>, action: 'CREATE' | 'UPDATE' | 'DELETE'): Promise<void> {
    const actor = auditActorOf(args.em);
    const cs = args.changeSet;
    if (!actor || !cs || cs.meta.className === AuditEvent.name) return;
    const entity = args.entity as Row;
    const before = action === 'CREATE' ? null : (beforeOf.get(args.entity) ?? null);
    const after = action === 'DELETE' ? null : auditSnapshot(cs.meta, entity);
    const id = Number(entity.id ?? (cs.originalEntity as Row | undefined)?.id);
    await args.em.insert(AuditEvent, eventRow(cs.meta, actor, action, id, before, after));
  }
}
