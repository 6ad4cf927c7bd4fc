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
// the last byte. Prints the first, the median and the slowest of each against the target (3 s), and
// beside them the floor: the same data rendered in this process without the database (reports-timing.mjs).
// The public pack is fetched signed out but issued (for the floor's data) as the chief executive.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { timePack } from './reports-timing.mjs';
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
const TARGET_MS = 3000;
const PERIOD = db.DEMO_CASCADE_PERIOD;
const GSS = db.DEMO_COUNCIL_GSS;

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
  const auth = await benchSignIn(server.graphql, chief.email, db.DEMO_PASSWORD);

  await timePack({
    base: server.base,
    headers: AUDIENCE === 'public' ? {} : auth,
    issueHeaders: auth,
    audience: AUDIENCE,
    gss: GSS,
    period: PERIOD,
    runs: RUNS,
    targetMs: TARGET_MS,
    title: `The ${AUDIENCE} pack of ${council.name} for ${PERIOD}`,
  });
} finally {
  child?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}
