// The benchmarks' server: the real, built server (apps/server/dist) as its own process in production
// mode on a benchmark's database, and signing in to it. Shared by health-check.mjs, reports.mjs,
// accountability-tree.mjs and web-cascade.mjs.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../server-node-flags.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Starts the server on databaseUrl (no rate limits, no demo seeding unless `seedDemo` (an empty database then gets the
 * reference councils, the published figures and the demo council, as `serve` seeds one), no web app unless `webDist` names
 * a build of it) and resolves its /graphql address once it prints it. GT_BENCH_SERVER_NODE_ARGS adds node flags for the server, e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/prof".
 */
export async function startBenchServer(databaseUrl, scratchDir, { webDist, seedDemo = false } = {}) {
  const nodeArgs = (process.env.GT_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...nodeArgs, path.join(root, 'apps/server/dist/main.js'), 'serve'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      GT_RATE_LIMIT: 'false',
      GT_SEED_DEMO: String(seedDemo),
      GT_JWT_SECRET: randomBytes(32).toString('base64url'),
      GT_WEB_DIST: webDist ?? path.join(scratchDir, 'no-web'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const graphql = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /(http:\/\/[^\s]+\/graphql)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (exit ${code}): ${out}`)));
  });
  return { child, graphql, base: graphql.replace(/\/graphql$/, ''), stop: () => child.kill('SIGTERM') };
}

/** Signs in and answers the Authorization header to send. */
export async function benchSignIn(graphql, email, password) {
  const res = await fetch(graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }',
      variables: { e: email, p: password },
    }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { authorization: `Bearer ${body.data.signIn.accessToken}` };
}

/** An account for the run, with a random password, for a person of the benchmark's council. */
export async function benchAccount(db, em, council, person) {
  const password = randomBytes(12).toString('base64url');
  em.create(db.Account, {
    council: council.id,
    person: person.id,
    email: person.email,
    passwordHash: await db.hashPassword(password),
    admin: false,
  });
  await em.flush();
  return password;
}

/** CPU milliseconds a process has used so far (user and system, from /proc; Linux). */
export function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in 1/100 s
}

/**
 * Asks `ask()` 3 times to warm up, then `runs` times one after the other: the median and p90 time to the
 * last byte, and the CPU milliseconds the server process `pid` used per request (less disturbed by other
 * work on a shared machine than the wall time).
 */
export async function timeRequests(ask, runs, pid) {
  for (let i = 0; i < 3; i++) await ask();
  const times = [];
  const cpuBefore = cpuMs(pid);
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await ask();
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(runs / 2)], p90: sorted[Math.ceil(runs * 0.9) - 1], cpu: (cpuMs(pid) - cpuBefore) / runs };
}
