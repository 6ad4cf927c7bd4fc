import type { Em } from '@goldenthread/db';

/**
 * A request's EntityManager, or how to get it: an HTTP request's is forked on first use, so a request
 * that reads nothing (`{ __typename }`, a refusal) never pays for a fork (about a twentieth of its CPU).
 */
export type EmSource = Em | (() => Em);

/** The EntityManager of a source (made now if it is made on first use). */
export function emOf(source: EmSource): Em {
  return typeof source === 'function' ? source() : source;
}

/** A source made on first use, then the same EntityManager every time. */
export function lazyEm(make: () => Em): () => Em {
  let em: Em | undefined;
  return () => (em ??= make());
}
