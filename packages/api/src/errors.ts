import { GraphQLError } from 'graphql';
import {
  DeadlockException,
  ForeignKeyConstraintViolationException,
  LockWaitTimeoutException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { FieldError } from '@goldenthread/domain';

/** The error codes a client can rely on (extensions.code). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'QUERY_TOO_COMPLEX'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

/** An error meant for the caller: a code and a message a person understands, plus optional details. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }
}

export function badInput(field: string, message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field, ...details });
}

export function fromFieldError(error: FieldError, prefix?: string): AppError {
  return badInput(prefix ? `${prefix}.${error.field}` : error.field, error.message);
}

/** Throws BAD_USER_INPUT for the first failing validation. */
export function assertValid(...errors: Array<FieldError | null>): void {
  const first = errors.find((e) => e !== null);
  if (first) throw fromFieldError(first);
}

export function notFound(type: string, id: string): AppError {
  return new AppError('NOT_FOUND', `No ${type} with id ${id} exists.`, { type, id });
}

export function conflict(message: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('CONFLICT', message, details);
}

export function forbidden(message = 'You are not allowed to do this.'): AppError {
  return new AppError('FORBIDDEN', message);
}

/** No (valid) credentials: HTTP 401 when it fails the whole request. */
export function unauthenticated(message = 'Sign in to do this.'): AppError {
  return new AppError('UNAUTHENTICATED', message);
}

/** Too many attempts: HTTP 429 with Retry-After (seconds). */
export function tooManyRequests(message: string, retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError('TOO_MANY_REQUESTS', message, {
    retryAfter: seconds,
    http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) },
  });
}

/** The version a client sent is not the stored one: someone else changed the record since it was read. */
export function staleVersion(what: string, stored: number, sent: number): AppError {
  return conflict(
    `${what} was changed by someone else since you loaded it (it is now at version ${stored}, you sent version ${sent}). Reload it and ` +
      `make your change again.`,
    {
      currentVersion: stored,
    },
  );
}

/**
 * A write that lost a race with another saved at the same time, as CONFLICT (its transaction was
 * rolled back, so nothing changed); null for any other error. The services check versions, names and
 * references before writing, so the database refusing one of these means someone else got there
 * between our check and our write: a lost optimistic lock (the version moved), a unique value taken,
 * a referenced record just deleted, or a deadlock or serialization failure between two writers.
 */
export function raceConflict(error: unknown): AppError | null {
  if (error instanceof OptimisticLockError) {
    return conflict('Someone else changed this record while you were saving. Reload it and make your change again.');
  }
  if (error instanceof UniqueConstraintViolationException) {
    return conflict('Someone else saved a record with the same name or key at the same moment. Reload and make your change again.');
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return conflict('Something this change refers to was deleted by someone else at the same moment. Reload and make your change again.');
  }
  if (error instanceof DeadlockException || error instanceof LockWaitTimeoutException) {
    return conflict('This change collided with another being saved at the same moment and was not made. Try again.');
  }
  return null;
}

/**
 * Flushes the unit of work, turning a lost race (someone saved between our read and our write) into
 * CONFLICT. Every service writes through this; formatErrorFor maps the same errors from other writes.
 */
export async function flushOrConflict(em: { flush(): Promise<void> }): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    throw raceConflict(error) ?? error;
  }
}
