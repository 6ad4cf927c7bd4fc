#!/usr/bin/env node
// Benchmark of the executive report pack of the 20,000-person scale council (issue 15; printed figures, not a test).
//
//   npm run build && node scripts/bench/reports-scale.mjs [--runs 5] [--people 20000] [--services 2000]
//
// Seeds the scale council (Lancashire) with every demo feature's records (indicators and the ASCOF and
// Oflog published values, cascade, scheme of delegation, governance, commentary) into a throw-away
// embedded SQLite database, starts the real server on it as its own process (production mode), signs in
// as the council's chief executive and fetches GET /reports/executive/E10000017/2024-25.<format> for each
// format: the first request, then --runs more, beside the floor of rendering the same data in this
// process (reports-timing.mjs). Target: under 10 s each.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { timePack } from './reports-timing.mjs';
import { benchAccount, benchSignIn, startBenchServer } from './server.mjs';

process.env.NODE_ENV ??= 'production';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromServer = createRequire(path.join(root, 'apps/server/package.json'));
const db = await import(requireFromServer.resolve('@goldenthread/db'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const RUNS = arg('runs', 5);
const PEOPLE = arg('people', 20_000);
const SERVICES = arg('services', 2_000);
const PERIOD = db.DEMO_CASCADE_PERIOD;
const GSS = db.SCALE_COUNCIL_GSS;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-reports-scale-'));
const file = path.join(dir, 'bench.sqlite');
const orm = await db.openOrm({ databaseUrl: `file:${file}` });
let child;
try {
  await db.migrate(orm);
  const t = Date.now();
  await db.seedReference(orm.em.fork());
  await db.seedOrganisation(orm.em.fork(), { gssCode: GSS, people: PEOPLE, services: SERVICES, seed: 1 });
  const em = orm.em.fork();
  const council = await em.findOneOrFail(db.Council, { gssCode: GSS });
  await em.transactional(async (tx) => {
    for (const feature of db.demoSeeders) if (feature.name !== 'access') await feature.seed(tx, council);
  });
  console.log(
    `Seeded ${PEOPLE} officers, ${SERVICES} services and every demo feature's records in ${((Date.now() - t) / 1000).toFixed(1)} s.`,
  );
  const chief = await em.findOneOrFail(
    db.Person,
    { council: council.id, lineManager: null, kind: db.PersonKind.OFFICER },
    { orderBy: { id: 'asc' } },
  );
  const password = await benchAccount(db, em, council, chief);

  const server = await startBenchServer(`file:${file}`, dir);
  child = server.child;
  const headers = await benchSignIn(server.graphql, chief.email, password);
  await timePack({
    base: server.base,
    headers,
    audience: 'executive',
    gss: GSS,
    period: PERIOD,
    runs: RUNS,
    targetMs: 10_000,
    title: `The executive pack of ${council.name} (${PEOPLE} people, ${SERVICES} services) for ${PERIOD}`,
  });
} finally {
  child?.kill('SIGTERM');
  await orm.close(true);
  fs.rmSync(dir, { recursive: true, force: true });
}
