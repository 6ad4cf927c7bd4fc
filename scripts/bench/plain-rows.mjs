#!/usr/bin/env node
// How much reading rows as plain objects saves over MikroORM partial entities (printed figures, not a test):
// the 20,000 people and appraisal objectives of the scale council, read both ways in turn, medians of --runs.
//
//   npm run build && node scripts/bench/plain-rows.mjs [--runs 7]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromServer = createRequire(path.join(root, 'apps/server/package.json'));
const db = await import(requireFromServer.resolve('@goldenthread/db'));
const { plainRows } = await import(path.join(root, 'packages/api/dist/modules/shared/plain-rows.js'));
const i = process.argv.indexOf('--runs');
const RUNS = i < 0 ? 7 : Number(process.argv[i + 1]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-plain-'));
const orm = await db.openOrm({ databaseUrl: `file:${path.join(dir, 'bench.sqlite')}` });
try {
  await db.migrate(orm);
  await db.seedReference(orm.em.fork());
  await db.seedOrganisation(orm.em.fork(), { gssCode: db.SCALE_COUNCIL_GSS, people: 20_000, services: 2_000, seed: 1 });
  const em0 = orm.em.fork();
  const council = await em0.findOneOrFail(db.Council, { gssCode: db.SCALE_COUNCIL_GSS });
  await db.seedCascadeDemo(em0, council);
  const where = { council: council.id, period: db.DEMO_CASCADE_PERIOD };
  const fields = ['id', 'person', 'name', 'objective', 'priority', 'period', 'agreedOn', 'reviewedOn', 'rating'];
  const ways = {
    'em.find partial entities': (em) =>
      Promise.all([
        em.find(db.Person, { council: council.id }, { fields: ['id', 'name', 'kind'], disableIdentityMap: true }),
        em.find(db.AppraisalObjective, where, { fields, disableIdentityMap: true }),
      ]),
    'plainRows (no entities)': (em) =>
      Promise.all([
        plainRows(em, db.Person, { council: council.id }, ['id', 'name', 'kind']),
        plainRows(em, db.AppraisalObjective, where, fields),
      ]),
  };
  const times = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
  let rows = 0;
  for (let r = 0; r < RUNS + 1; r++) {
    for (const [name, read] of Object.entries(ways)) {
      const started = performance.now();
      const [people, appraisals] = await read(orm.em.fork());
      const ms = performance.now() - started;
      rows = people.length + appraisals.length;
      if (r > 0) times[name].push(ms);
    }
  }
  console.log(`\nReading ${rows} rows (people and appraisal objectives of a 20,000-person council), median of ${RUNS}:`);
  for (const [name, t] of Object.entries(times)) console.log(`${name.padEnd(28)} ${median(t).toFixed(0).padStart(6)} ms`);
  const [a, b] = Object.values(times).map(median);
  console.log(`ratio plainRows / em.find: ${(b / a).toFixed(2)}x`);
} finally {
  await orm.close(true);
  fs.rmSync(dir, { recursive: true, force: true });
}
