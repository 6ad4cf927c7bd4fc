/**
 * Reads that depend on no viewer (a comparison of published figures, the list of councils), kept by the
 * server under the data version (readDataVersion: one number the database's triggers raise after every
 * committed change, whoever writes). A request reads the version once, before the data; a newer version
 * rebuilds. Only for query operations: a mutation's own writes are read afresh, never from a value kept
 * under the version it read before writing. Without the server's DerivedCache (in-process callers, the
 * CLI) or a data version, everything is built afresh.
 */
import { readDataVersion } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';

const versions = new WeakMap<object, Promise<number | null>>();

/** The data version this request reads under (one statement per request, on the request's connection). */
function dataVersionOf(ctx: GqlContext): Promise<number | null> {
  const read = versions.get(ctx.em);
  if (read) return read;
  const v = readDataVersion(ctx.em);
  versions.set(ctx.em, v);
  return v;
}

/** `build()`, kept under `key` at this request's data version for the next query operations that ask. */
export async function keptRead<T>(ctx: GqlContext, key: string, build: () => Promise<T>, weigh: (value: T) => number): Promise<T> {
  if (!ctx.derived || !ctx.queryOnly) return build();
  const version = await dataVersionOf(ctx);
  if (version === null) return build();
  return ctx.derived.get(`data-version|${key}`, version, build, weigh);
}
