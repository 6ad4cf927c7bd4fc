import { randomUUID } from 'node:crypto';
import type { Em, Orm } from '@goldenthread/db';
import { Loaders } from './loaders.js';

/** What every resolver gets: its own EntityManager (never the global one) and per-request loaders. */
export interface GqlContext {
  em: Em;
  loaders: Loaders;
  requestId: string;
}

export function createContext(orm: Orm): GqlContext {
  const em = orm.em.fork() as Em;
  return { em, loaders: new Loaders(em), requestId: randomUUID() };
}
