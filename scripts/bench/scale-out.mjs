#!/usr/bin/env node
// The partner question's throughput with one server process and with two behind a load balancer
// (printed figures, not a test; README "Several server processes").
//
//   npm run build && node scripts/bench/scale-out.mjs [--rounds 3] [--seconds 5] [--connections 10]
//       [--postgres URL] [--redis URL|none] [--keep]
//
// Seeds a scratch PostgreSQL database on PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres)
// with the reference councils and the demo council (Suffolk), then, on it and one Redis (REDIS_URL, with
// this run's own GT_REDIS_PREFIX; default redis://127.0.0.1:6379 when it answers), production mode,
// rate limits off, starts:
//   - one server process (`main.js serve`), asked directly;
//   - one server process behind the load balancer (scripts/bench/cluster.mjs: Node's cluster module, a
//     primary handing each connection to its workers in turn): what the balancer itself costs;
//   - two server processes behind it;
// checks all three give the same names, then asks each Suffolk's directorates, directors, services,
// owners and teams (the partner question of scripts/bench/partner.mjs) with autocannon, anonymous POSTs,
// in alternating rounds (A B C, C B A, ...), first with published answers kept (the default,
// GT_ANSWER_CACHE_MB) and then with every answer computed (GT_ANSWER_CACHE_MB=0). It prints the median
// over rounds of req/s, p50 and p97.5 latency, the ratios, and where the machine's cores went during
// the rounds (from /proc: the servers, the balancer, this process generating the load, PostgreSQL, and
// the whole machine, other work included).
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { SERVER_NODE_FLAGS } from '../server-node-flags.mjs';
import { answers, arg, cleanups, createScratchPostgres, db, finish, freePort, median, root, startProcess } from './harness.mjs';
import { organisationQuestion } from './partner-questions.mjs';

const ROUNDS = arg('rounds', 3);
const SECONDS = arg('seconds', 5);
const CONNECTIONS = arg('connections', 10);
const KEEP = process.argv.includes('--keep');

/** CPU seconds used so far by the processes `pids`, from /proc (0 for one that has gone). */
const TICK = 100; // USER_HZ: clock ticks a second on Linux
function cpuOf(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // gone
    }
  }
  return ticks / TICK;
}
const postgresPids = () =>
  fs.readdirSync('/proc').filter((p) => {
    if (!/^\d+$/.test(p)) return false;
    try {
      return fs.readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'postgres';
    } catch {
      return false;
    }
  });
/** The machine's busy CPU seconds (all cores, everything on it), from /proc/stat. */
function machineBusy() {
  const [, ...t] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return (t.reduce((a, b) => a + b, 0) - t[3] - t[4]) / TICK; // minus idle and iowait
}
function cpuSnapshot(target, balancerPid) {
  const self = process.cpuUsage();
  return {
    at: performance.now(),
    servers: cpuOf(target.serverPids),
    balancer: balancerPid ? cpuOf([balancerPid]) : 0,
    load: (self.user + self.system) / 1e6,
    postgres: cpuOf(postgresPids()),
    machine: machineBusy(),
  };
}

const post = async (url, body) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  const json = await res.json();
  if (res.status !== 200 || json.errors) throw new Error(`${url}: ${res.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json.data;
};

try {
  let pgUrl = arg('postgres', undefined);
  if (!pgUrl) {
    const scratch = await createScratchPostgres();
    pgUrl = scratch.url;
    if (KEEP) console.log(`Kept PostgreSQL database: ${pgUrl}`);
    else cleanups.push(scratch.drop);
  }
  const orm = await db.openOrm({ databaseUrl: pgUrl });
  await db.migrate(orm);
  if ((await orm.em.fork().count(db.Council, {})) === 0) {
    await db.seedReference(orm.em.fork());
    await db.seedDemo(orm.em.fork());
  }
  await orm.close(true);

  let redis = arg('redis', 'redis://127.0.0.1:6379');
  if (redis === 'none' || !(await answers(new URL(redis).hostname, Number(new URL(redis).port || 6379)))) redis = undefined;
  const question = organisationQuestion(`Suffolk ${db.DEMO_COUNCIL_GSS}`, db.DEMO_COUNCIL_GSS);
  const body = JSON.stringify(question.gt());
  const main = path.join(root, 'apps/server/dist/main.js');
  const printed = (out) => {
    const m = /(http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out);
    return m && { url: m[1] };
  };
  const clustered = (out) => {
    const m = /cluster ready ([\d,]+) (http:\/\/[^\s]+\/graphql)/.exec(out);
    return m && { url: m[2], pids: m[1].split(',').map(Number) };
  };
  console.log(
    `${question.name}; ${ROUNDS} alternating rounds of ${SECONDS} s, ${CONNECTIONS} connections, anonymous POSTs, rate limits off, ` +
      `${redis ? 'Redis at REDIS_URL' : 'no Redis'}; ${os.cpus().length} cores shared by everything (load average now ` +
      `${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}).`,
  );
  console.log(
    'Load balancer: Node cluster (scripts/bench/cluster.mjs), its primary handing each connection to the next worker; ' +
      'autocannon keeps its connections open, so it hands out 10 and then only waits.',
  );

  const fmt = (n, w = 8) => String(n).padStart(w);
  for (const phase of [
    { name: 'published answers kept (default)', env: {} },
    { name: 'every answer computed (GT_ANSWER_CACHE_MB=0)', env: { GT_ANSWER_CACHE_MB: '0' } },
  ]) {
    const jwt = randomBytes(32).toString('base64url');
    const prefix = `gt-bench:${randomUUID()}:`;
    const env = async () => ({
      NODE_ENV: 'production',
      DATABASE_URL: pgUrl,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      LOG_LEVEL: 'silent',
      GT_RATE_LIMIT: 'false',
      GT_SEED_DEMO: 'false',
      GT_JWT_SECRET: jwt,
      GT_WEB_DIST: path.join(os.tmpdir(), 'gt-no-web'),
      ...(redis ? { REDIS_URL: redis, GT_REDIS_PREFIX: prefix } : {}),
      ...phase.env,
    });
    const cluster = path.join(root, 'scripts/bench/cluster.mjs');
    // One after the other: several starting at once on a 2-core machine take long.
    const started = [
      await startProcess('one process', [...SERVER_NODE_FLAGS, main, 'serve'], await env(), printed),
      await startProcess('one behind the balancer', [cluster], { ...(await env()), GT_CLUSTER_WORKERS: '1' }, clustered),
      await startProcess('two behind the balancer', [cluster], { ...(await env()), GT_CLUSTER_WORKERS: '2' }, clustered),
    ];
    const targets = started.map((s, i) => ({ ...s, serverPids: s.pids, balancerPid: i === 0 ? undefined : s.child.pid, runs: [] }));
    const expected = JSON.stringify(question.facts(await post(targets[0].url, body)));
    for (const t of targets.slice(1)) {
      if (JSON.stringify(question.facts(await post(t.url, body))) !== expected) throw new Error(`${t.label} answers differently`);
    }
    const once = async (t, duration) => {
      const before = cpuSnapshot(t, t.balancerPid);
      const r = await autocannon({
        url: t.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
        connections: CONNECTIONS,
        duration,
      });
      const after = cpuSnapshot(t, t.balancerPid);
      if (r.non2xx) throw new Error(`${t.label}: ${r.non2xx} answers other than 200 OK`);
      if (r.errors || r.timeouts) console.log(`  (${t.label}: ${r.errors} errors, of which ${r.timeouts} timeouts)`);
      const wall = (after.at - before.at) / 1000;
      const cores = Object.fromEntries(
        ['servers', 'balancer', 'load', 'postgres', 'machine'].map((k) => [k, (after[k] - before[k]) / wall]),
      );
      return { rps: r.requests.average, p50: r.latency.p50, p975: r.latency.p97_5, cores };
    };
    for (const t of targets) await once(t, 1); // warm up
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of round % 2 ? [...targets].reverse() : targets) t.runs.push(await once(t, SECONDS));
    }
    console.log(`\n${phase.name}: the same ${JSON.parse(expected).length} names from all three`);
    console.log(
      `  ${''.padEnd(26)}${fmt('req/s')}${fmt('p50 ms')}${fmt('p97.5')}${fmt('vs one', 9)}` +
        `   cores used: ${['servers', 'balancer', 'load gen', 'postgres', 'machine'].map((h) => fmt(h, 9)).join('')}`,
    );
    const rows = targets.map((t) => {
      const m = (f) => median(t.runs.map(f));
      return {
        label: t.label,
        rps: m((r) => r.rps),
        p50: m((r) => r.p50),
        p975: m((r) => r.p975),
        cores: ['servers', 'balancer', 'load', 'postgres', 'machine'].map((k) => m((r) => r.cores[k])),
      };
    });
    for (const r of rows) {
      console.log(
        `  ${r.label.padEnd(26)}${fmt(Math.round(r.rps))}${fmt(r.p50)}${fmt(r.p975)}${fmt(`${(r.rps / rows[0].rps).toFixed(2)}x`, 9)}` +
          `               ${r.cores.map((c) => fmt(c.toFixed(2), 9)).join('')}`,
      );
    }
    console.log(
      `  two processes against one behind the same balancer: ${(rows[2].rps / rows[1].rps).toFixed(2)}x; one behind the balancer ` +
        `against one asked directly: ${(rows[1].rps / rows[0].rps).toFixed(2)}x (the balancer's own cost: its primary used ` +
        `${rows[2].cores[1].toFixed(2)} cores, and a change within the noise); requests per CPU second of the servers: ` +
        `${rows.map((r) => Math.round(r.rps / r.cores[0])).join(', ')}.`,
    );
    for (const t of targets) t.child.kill('SIGTERM');
    await Promise.all(targets.map((t) => new Promise((r) => (t.child.exitCode !== null ? r() : t.child.once('exit', r)))));
  }
  console.log(
    `\nOn ${os.cpus().length} cores the second process can add at most what the cores left by the load generator, PostgreSQL and ` +
      'other work allow: the "machine" column near the core count means the machine, not the server, is the limit.',
  );
} finally {
  await finish();
}
