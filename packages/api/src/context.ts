import { randomUUID } from 'node:crypto';
import type { Em, Orm } from '@goldenthread/db';
import type { Access } from './access/access.js';
import { SystemAccess } from './access/system-access.js';
import { Loaders } from './loaders.js';

/** What every resolver gets: its own EntityManager (never the global one) and per-request loaders. */
export interface GqlContext {
  em: Em;
  loaders: Loaders;
  access: Access;
  requestId: string;
}

export function createContext(orm: Orm, access: (em: Em) => Access = () => new SystemAccess()): GqlContext {
  const em = orm.em.fork() as Em;
  return { em, loaders: new Loaders(em), access: access(em), requestId: randomUUID() };
}
