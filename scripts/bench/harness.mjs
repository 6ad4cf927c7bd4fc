// What the multi-process benchmarks (partner.mjs, scale-out.mjs) share: the repository's packages, their
// command-line options, the processes they start (stopped with the benchmark however it ends), free ports,
// and the clean-ups run at the end.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.NODE_ENV ??= 'production';
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromServer = createRequire(path.join(root, 'apps/server/package.json'));
const requireFromDb = createRequire(path.join(root, 'packages/db/package.json'));
/** @goldenthread/db as the built server uses it, and its scratch PostgreSQL databases. */
export const db = await import(requireFromServer.resolve('@goldenthread/db'));
export const { createScratchPostgres } = await import(requireFromDb.resolve('@goldenthread/db/testing'));

/** The value of `--name` (a number when the fallback is one), or the fallback. */
export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  return typeof fallback === 'number' ? Number(process.argv[i + 1]) : process.argv[i + 1];
}

export const children = [];
export const cleanups = [];
// The processes stop with this one, however it ends (an error, Ctrl-C, kill, a closed pipe).
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

/** Stops the processes and runs the clean-ups (scratch databases, files), reporting a clean-up that fails. */
export async function finish() {
  for (const child of children) child.kill('SIGTERM');
  for (const cleanup of cleanups) await cleanup().catch((error) => console.error(`cleanup: ${error.message}`));
}

export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/** Whether something listens at host:port. */
export const answers = (host, port) =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Starts a Node process and resolves { label, child, url, pids } once `ready(output)` finds its address in
 * what it prints ({ url, pids? }) and that address answers `{ __typename }` with less than a 500.
 */
export async function startProcess(label, args, env, ready, { tries = 1800 } = {}) {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`${label} stopped (exit ${code}): ${out}`))));
  const found = async () => {
    for (let i = 0; i < tries; i++) {
      const seen = ready(out);
      if (seen) {
        const res = await fetch(seen.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        }).catch(() => undefined);
        if (res && res.status < 500) return { label, child, ...seen, pids: seen.pids ?? [child.pid] };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${label} did not start: ${out}`);
  };
  return Promise.race([found(), exited]);
}
