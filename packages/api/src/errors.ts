import { GraphQLError } from 'graphql';
import { OptimisticLockError } from '@mikro-orm/core';
import type { FieldError } from '@goldenthread/domain';

/** The error codes a client can rely on (extensions.code). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'QUERY_TOO_COMPLEX' | 'TIMEOUT' | 'INTERNAL_SERVER_ERROR';

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
  return new AppError('TOO_MANY_REQUESTS', message, { retryAfter: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } });
}

/** The version a client sent is not the stored one: someone else changed the record since it was read. */
export function staleVersion(what: string, stored: number, sent: number): AppError {
  return conflict(`${what} was changed by someone else since you loaded it (it is now at version ${stored}, you sent version ${sent}). Reload it and make your change again.`, {
    currentVersion: stored,
  });
}

/**
 * Flushes the unit of work, turning a lost optimistic-lock race (someone saved between our read and
 * our write) into CONFLICT. Every service writes through this.
 */
export async function flushOrConflict(em: { flush(): Promise<void> }): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw conflict('Someone else changed this record while you were saving. Reload it and make your change again.');
    }
    throw error;
  }
}
