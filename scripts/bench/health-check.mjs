#!/usr/bin/env node
// Benchmark of the leadership health check of the 20,000-person scale council (printed figures, not a test).
//
//   npm run build && node scripts/bench/health-check.mjs [--runs 9] [--people 20000] [--services 2000]
//
// Seeds the scale council with every demo feature's records (indicators, cascade, scheme of delegation,
// governance, commentary) into a throw-away embedded SQLite database, starts the real server on it as
// its own process (production mode), signs in as the council's chief executive and times, in one run:
//   - leadershipHealthCheck for 2024-25 over GraphQL (HTTP POST to the last byte), several runs;
//   - beside it, the three checks it builds on, asked one after the other: goldenThread (findings and
//     coverage), governanceFindings and accountabilityFindings — the floor of reading and judging the
//     same records;
// and prints median and p95 of each, the ratio of the medians, and the target (under 1 s).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { benchAccount, benchSignIn, startBenchServer } from './server.mjs';

process.env.NODE_ENV ??= 'production';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromServer = createRequire(path.join(root, 'apps/server/package.json'));
const db = await import(requireFromServer.resolve('@goldenthread/db'));
const api = await import(requireFromServer.resolve('@goldenthread/api'));

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}
const RUNS = arg('runs', 9);
const PEOPLE = arg('people', 20_000);
const SERVICES = arg('services', 2_000);

const CHECK = `query($c: ID!) { leadershipHealthCheck(councilId: $c, period: "2024-25") {
  questions { ...A } barriers { ...A } habits { ...A } } }
  fragment A on HealthCheckAnswer { key score answer improve evidence { key text numerator denominator definition score }
    nodes { id type ok } change { delta } unanswerable { reason record } }`;
const FLOOR = [
  `query($c: ID!) { goldenThread(councilId: $c, period: "2024-25") { findings { code nodes { id } }
    coverage { staffWithThread { count total } prioritiesWithTarget { share } servicesWithPlan { share } } } }`,
  `query($c: ID!) { governanceFindings(councilId: $c, asOf: "2025-03-31", period: "2024-25") { code nodes { id } } }`,
  `query($c: ID!) { accountabilityFindings(councilId: $c, asOf: "2025-03-31") { code nodes { id } } }`,
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const fmt = (ms) => `${ms.toFixed(1).padStart(8)} ms`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-hc-'));
const file = path.join(dir, 'bench.sqlite');
const orm = await db.openOrm({ databaseUrl: `file:${file}` });
let child;
try {
  await db.migrate(orm);
  let t = Date.now();
  await db.seedReference(orm.em.fork());
  await db.seedOrganisation(orm.em.fork(), { gssCode: db.SCALE_COUNCIL_GSS, people: PEOPLE, services: SERVICES, seed: 1 });
  const em = orm.em.fork();
  const council = await em.findOneOrFail(db.Council, { gssCode: db.SCALE_COUNCIL_GSS });
  await em.transactional(async (tx) => {
    for (const feature of db.demoSeeders) if (feature.name !== 'access') await feature.seed(tx, council);
  });
  console.log(
    `Seeded ${PEOPLE} officers, ${SERVICES} services and every demo feature's records in ${((Date.now() - t) / 1000).toFixed(1)} s.`,
  );

  const server = await startBenchServer(`file:${file}`, dir);
  child = server.child;
  const url = server.graphql;
  const c = api.toGlobalId('Council', council.id);
  const chief = await em.findOneOrFail(
    db.Person,
    { council: council.id, lineManager: null, kind: db.PersonKind.OFFICER },
    { orderBy: { id: 'asc' } },
  );
  const password = await benchAccount(db, em, council, chief);
  const post = async (query, headers = {}) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables: { c, e: chief.email, p: password } }),
    });
    const body = JSON.parse(await res.text());
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const auth = await benchSignIn(url, chief.email, password);

  const first = await post(CHECK, auth);
  for (const q of FLOOR) await post(q, auth);
  const check = [];
  const floor = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    await post(CHECK, auth);
    check.push(performance.now() - t);
    t = performance.now();
    for (const q of FLOOR) await post(q, auth);
    floor.push(performance.now() - t);
  }
  const answers = [
    ...first.leadershipHealthCheck.questions,
    ...first.leadershipHealthCheck.barriers,
    ...first.leadershipHealthCheck.habits,
  ];
  const staff = first.leadershipHealthCheck.questions.find((q) => q.key === 'Q4_STAFF_EXPECTATIONS').evidence[0];
  console.log(
    `Health check: ${answers.length} answers, scores ${answers.map((a) => a.score ?? '-').join(' ')}; ${staff.text}; ${RUNS} runs.`,
  );
  console.log(`                                         median          p95`);
  console.log(`leadershipHealthCheck             ${fmt(median(check))}  ${fmt(p95(check))}   (target: under 1000 ms)`);
  console.log(`floor: the three checks it uses   ${fmt(median(floor))}  ${fmt(p95(floor))}`);
  console.log(`ratio health check / floor (median): ${(median(check) / median(floor)).toFixed(2)}x`);
} finally {
  child?.kill('SIGTERM');
  await orm.close(true);
  fs.rmSync(dir, { recursive: true, force: true });
}
