import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { IMMUTABLE } from './graphiql.js';

/** The build's compressed copies of its files (apps/web/build/precompress.ts): `<file>.br`, `<file>.gz`. */
const PRECOMPRESSED = /\.(?:br|gz)$/;

/** Vite's build names what it emits under assets/ `<name>-<hash>.<ext>` (8 characters of hash). */
const HASHED_ASSET = /^assets\/(?:.+\/)?[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/**
 * How long a browser may keep a file of the built app: a hashed asset for a year without asking
 * again (a new build has new names); anything else (index.html, which names the current assets, and
 * files copied as they are) is revalidated on each load (`no-cache`: kept, but checked by ETag).
 */
export function webCacheControl(relativePath: string): string {
  return HASHED_ASSET.test(relativePath.split(path.sep).join('/').replace(PRECOMPRESSED, '')) ? IMMUTABLE : 'no-cache';
}

/**
 * The built web app at `/`; client-side routes (deep links) get its shell. Source maps are never served. A file the
 * build compressed (`<file>.br`, `<file>.gz`) is sent as it is to a browser that accepts br or gzip (brotli at its best
 * quality, done once), with the file's own Cache-Control; other files are compressed as they are sent (app.ts).
 * The compressed copies are not addresses of their own.
 */
export async function registerWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const root = path.resolve(webDist);
  // Source maps are never served, even if a build left some (they publish the whole source).
  const sourceMap = (pathName: string) => pathName.split('?')[0]!.endsWith('.map');
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    allowedPath: (pathName) => !sourceMap(pathName),
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', webCacheControl(path.relative(root, filePath)));
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !sourceMap(request.url) && (request.headers.accept ?? '').includes('text/html'))
      return reply.sendFile('index.html');
    return reply.code(404).send({ error: 'Not found' });
  });
}
