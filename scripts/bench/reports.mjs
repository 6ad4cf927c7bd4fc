#!/usr/bin/env node
// Benchmark of the report packs (issue 15; printed figures, not a test).
//
//   npm run build && node scripts/bench/reports.mjs [--runs 5] [--audience scrutiny]
//
// Seeds the demo council (Suffolk) with the published ASCOF and Oflog values of every council into a
// throw-away embedded SQLite database, starts the real server on it as its own process (`main.js
// serve`, production mode, with the node flags `npm start` gives it), signs in as the demo council's
// chief executive, then fetches GET /reports/<audience>/E10000029/2024-25.<format> for each format:
// one first request (cold: the server has loaded nothing for reports yet), then --runs more, timed to
// the last byte. Prints the first, the median and the slowest of each against the target (3 s).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { benchSignIn, startBenchServer } from './server.mjs';

process.env.NODE_ENV ??= 'production';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromServer = createRequire(path.join(root, 'apps/server/package.json'));
const db = await import(requireFromServer.resolve('@goldenthread/db'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const RUNS = Number(arg('runs', 5));
const AUDIENCE = arg('audience', 'scrutiny');
const FORMATS = ['html', 'pdf', 'docx', 'xlsx'];
const TARGET_MS = 3000;
const PERIOD = db.DEMO_CASCADE_PERIOD;
const GSS = db.DEMO_COUNCIL_GSS;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${(ms / 1000).toFixed(2).padStart(6)} s`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-reports-'));
const file = path.join(dir, 'bench.sqlite');
const orm = await db.openOrm({ databaseUrl: `file:${file}` });
let child;
try {
  const t = Date.now();
  await db.migrate(orm);
  await db.seedReference(orm.em.fork());
  await db.seedPublished(orm.em.fork());
  await db.seedDemo(orm.em.fork());
  console.log(`Seeded the demo council and the published values on the embedded database in ${((Date.now() - t) / 1000).toFixed(1)} s.`);
  const em = orm.em.fork();
  const council = await em.findOneOrFail(db.Council, { gssCode: GSS });
  const chief = await em.findOneOrFail(db.Person, { council: council.id, jobTitle: 'Chief Executive' });
  await orm.close();

  const server = await startBenchServer(`file:${file}`, dir);
  child = server.child;
  const base = server.base;
  const headers = AUDIENCE === 'public' ? {} : await benchSignIn(server.graphql, chief.email, db.DEMO_PASSWORD);

  const fetchPack = async (format) => {
    const started = performance.now();
    const res = await fetch(`${base}/reports/${AUDIENCE}/${GSS}/${PERIOD}.${format}`, { headers });
    const body = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${format}: HTTP ${res.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
    return { ms: performance.now() - started, bytes: body.length };
  };

  console.log(
    `\nThe ${AUDIENCE} pack of ${council.name} for ${PERIOD}, over HTTP ` +
      `(${RUNS} runs after the first; target under ${TARGET_MS / 1000} s):\n`,
  );
  console.log('format      first   median  slowest     size  target');
  let failed = 0;
  for (const format of FORMATS) {
    const first = await fetchPack(format);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push((await fetchPack(format)).ms);
    const med = median(runs);
    const ok = med < TARGET_MS;
    if (!ok) failed++;
    console.log(
      `${format.padEnd(6)} ${fmt(first.ms)} ${fmt(med)} ${fmt(Math.max(...runs))} ` +
        `${`${Math.round(first.bytes / 1024)} KB`.padStart(8)}  ${ok ? 'met' : 'MISSED'}`,
    );
  }
  console.log(failed ? `\n${failed} of ${FORMATS.length} formats missed the target (median).` : '\nEvery format met the target (median).');
} finally {
  child?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}
