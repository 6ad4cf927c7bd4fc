/**
 * The lookups and checks every write service makes: load a record by global id, look up a record an
 * input references (of the caller's council only), compare versions, flush turning a lost race into
 * CONFLICT, and the input checks of dates and periods. One place, so every service answers alike.
 */
import type { Em } from '@goldenthread/db';
import { isIsoDate, periodError } from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import { badInput, flushOrConflict, notFound, staleVersion } from '../../errors.js';
import { decodeId, decodeOptionalId } from '../../relay/global-id.js';

type Entity<T> = new (...args: never[]) => T;

/** Whose records a reference may name: the council's own, and with `national` also national ones (no council). */
export interface RefScope {
  national?: boolean;
  /** How the message names the kind of record (default: the type, e.g. 'Person'). */
  noun?: string;
}

/**
 * The base of the write services: the request's Em and Access, and the lookups they all make.
 * A record of another council named in an input answers exactly as an unknown id.
 */
export abstract class WriteService {
  constructor(
    protected readonly em: Em,
    protected readonly access: Access,
  ) {}

  /** The person writing, when a signed-in person is (not a partner key or a system caller). */
  protected get personId(): number | null {
    return this.access.viewer.kind === 'person' ? this.access.viewer.personId : null;
  }

  /**
   * Loads a record by global id or throws NOT_FOUND; BAD_USER_INPUT for an id of the wrong kind.
   * With `councilId`, only a record of that council is found: another council's record gets the
   * answer an unknown id gets, so it tells nothing about it (not even that it exists).
   */
  protected async load<T extends { id: number }>(
    entity: Entity<T>,
    type: string,
    field: string,
    globalId: string,
    councilId?: number,
  ): Promise<T> {
    const id = decodeId(field, globalId, type);
    const found = await this.em.findOne(entity as never, (councilId === undefined ? { id } : { id, council: councilId }) as never);
    if (!found) throw notFound(type, globalId);
    return found as T;
  }

  /**
   * A record an input field references, of the council `councilId` (with `national`, or a national
   * one: no council). An unknown id is BAD_USER_INPUT in that field, and another council's record
   * gets exactly that answer, so it tells nothing about it (not even that it exists).
   */
  protected async ref<T extends { id: number }>(
    entity: Entity<T>,
    type: string,
    field: string,
    globalId: string,
    councilId: number,
    scope: RefScope = {},
  ): Promise<T> {
    const id = decodeId(field, globalId, type);
    const where = scope.national ? { id, $or: [{ council: null }, { council: councilId }] } : { id, council: councilId };
    const found = await this.em.findOne(entity as never, where as never);
    if (!found) throw badInput(field, `no ${scope.noun ?? type} with id ${globalId} exists.`);
    return found as T;
  }

  /** As `ref`, for an optional field: undefined (left out) and null (cleared) are returned as they are. */
  protected async optional<T extends { id: number }>(
    entity: Entity<T>,
    type: string,
    field: string,
    globalId: string | null | undefined,
    councilId: number,
    scope: RefScope = {},
  ): Promise<T | null | undefined> {
    const id = decodeOptionalId(field, globalId, type);
    if (id === undefined || id === null) return id;
    return this.ref(entity, type, field, globalId!, councilId, scope);
  }

  /** CONFLICT when the version sent is not the stored one; a version not sent (null or undefined) is not checked. */
  protected checkVersion(what: string, stored: number, sent: number | null | undefined): void {
    if (sent !== null && sent !== undefined && stored !== sent) throw staleVersion(what, stored, sent);
  }

  protected flush(em: Em = this.em): Promise<void> {
    return flushOrConflict(em);
  }
}

/** A year period ('2024/25'), trimmed; BAD_USER_INPUT in `field` otherwise. */
export function checkPeriod(field: string, value: string): string {
  const trimmed = value.trim();
  const error = periodError(trimmed, 'YEAR');
  if (error) throw badInput(field, error);
  return trimmed;
}

/** A calendar date 'YYYY-MM-DD', trimmed; BAD_USER_INPUT in `field` otherwise. */
export function checkDate(field: string, value: string): string {
  const trimmed = value.trim();
  if (!isIsoDate(trimmed)) throw badInput(field, `"${value}" is not a date: use YYYY-MM-DD, e.g. 2024-05-01.`);
  return trimmed;
}

/** As `checkDate`; undefined (left out) and null (cleared) are returned as they are. */
export function checkOptionalDate(field: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null) return value;
  return checkDate(field, value);
}
