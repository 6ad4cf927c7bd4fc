#!/usr/bin/env node
// Benchmark of the accountability tree of a 20,000-person council (printed figures, not a test).
//
//   npm run build && node scripts/bench/accountability-tree.mjs [--runs 15] [--people 20000] [--services 2000]
//
// Seeds the scale council (and its scheme of delegation) into a throw-away embedded SQLite database,
// starts the real server on it as its own process (`main.js serve`, production mode, with the node
// flags `npm start` gives it),
// then times in one run:
//   - the accountabilityTree query over GraphQL (HTTP POST, until the last byte of the response is
//     received), several runs, as
//     served in steady state (the council's scheme and tree kept by the server between requests);
//   - the same query after a change to the council's data each time (a no-op write, so the
//     database's change stamp moves and the server reads, checks and builds everything again; the
//     write comes from this process, so it also shows another process's writes reach the server);
//   - the floor: the raw SQL statements the query needs (SCHEME_SQL) plus JSON encoding of the same
//     response data;
// and prints median and p95 of each and the ratios of the medians (target: GraphQL within 2x).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { benchAccount, benchSignIn, startBenchServer } from './server.mjs';

// Production mode, as the server runs (graphql-js reads it when it loads).
process.env.NODE_ENV ??= 'production';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const requireFromServer = createRequire(path.join(root, 'apps/server/package.json'));
const requireFromApi = createRequire(path.join(root, 'packages/api/package.json'));
const load = (req, name) => import(req.resolve(name));
const db = await load(requireFromServer, '@goldenthread/db');
const api = await load(requireFromServer, '@goldenthread/api');
void requireFromApi;

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
}
const RUNS = arg('runs', 15);
const PEOPLE = arg('people', 20_000);
const SERVICES = arg('services', 2_000);

const TREE = `query($c: ID!) { accountabilityTree(councilId: $c) {
  councilId asOf stats { people services delegations delegationsInForce findings critical high }
  nodes { id parentId kind name detail depth ownerId ownerName lineManagerId functionalManagerId answersFor
    delegations { delegationId role power counterpart scope financialLimit inForce }
    findings { index code severity } }
  findings { code severity message fix nodes { id type name } } } }`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const fmt = (ms) => `${ms.toFixed(1).padStart(8)} ms`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-'));
const orm = await db.openOrm({ databaseUrl: `file:${path.join(dir, 'bench.sqlite')}` });
let child;
try {
  await db.migrate(orm);
  let t = Date.now();
  await db.seedReference(orm.em.fork());
  await db.seedOrganisation(orm.em.fork(), { gssCode: db.SCALE_COUNCIL_GSS, people: PEOPLE, services: SERVICES, seed: 1 });
  const em = orm.em.fork();
  const council = await em.findOneOrFail(db.Council, { gssCode: db.SCALE_COUNCIL_GSS });
  await em.transactional((tx) => db.seedSchemeOfDelegation(tx, council));
  console.log(
    `Seeded ${PEOPLE} officers, ${SERVICES} services and a scheme of delegation on the embedded database in ` +
      `${((Date.now() - t) / 1000).toFixed(1)} s.`,
  );

  const server = await startBenchServer(`file:${path.join(dir, 'bench.sqlite')}`, dir);
  child = server.child;
  const url = server.graphql;
  const councilId = api.toGlobalId('Council', council.id);

  // The tree is the council's own data: sign in as its chief executive (an account made for the run).
  const chief = await em.findOneOrFail(
    db.Person,
    { council: council.id, lineManager: null, kind: db.PersonKind.OFFICER },
    { orderBy: { id: 'asc' } },
  );
  const { authorization } = await benchSignIn(url, chief.email, await benchAccount(db, em, council, chief));
  // The whole response, as bytes: what a client has once the last byte has arrived.
  const post = async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization },
      body: JSON.stringify({ query: TREE, variables: { c: councilId } }),
    });
    return new Uint8Array(await res.arrayBuffer());
  };
  const sqlParams = [council.id];
  // Every statement the query needs: the scheme's flat reads, objectives and targets, indicators in use.
  const allSql = async (fem) => {
    const conn = fem.getConnection();
    for (const sql of Object.values(api.SCHEME_SQL)) await conn.execute(sql, sqlParams, 'all');
    await api.loadServiceItems(fem, council.id);
    await api.loadIndicatorsInUse(fem, council.id);
  };

  // Warm up both paths.
  const body = JSON.parse(new TextDecoder().decode(await post()));
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const data = body.data;
  const floorOnce = async () => {
    await allSql(orm.em.fork());
    return JSON.stringify({ data });
  };
  await floorOnce();

  const gql = [];
  const cold = [];
  const floor = [];
  const sqlOnly = [];
  let bytes = 0;
  const touch = () => orm.em.fork().getConnection().execute('update council set name = name where id = ?', [council.id]);
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    bytes = (await post()).length;
    gql.push(performance.now() - t);
    await touch();
    t = performance.now();
    const again = await post();
    cold.push(performance.now() - t);
    if (again.length !== bytes) throw new Error('the rebuilt tree differs from the kept one');
    if (i === 0) {
      const rebuilt = JSON.parse(new TextDecoder().decode(again));
      if (rebuilt.errors || JSON.stringify(rebuilt.data) !== JSON.stringify(data))
        throw new Error('the rebuilt tree differs from the kept one');
    }
    t = performance.now();
    await allSql(orm.em.fork());
    sqlOnly.push(performance.now() - t);
    JSON.stringify({ data });
    floor.push(performance.now() - t);
  }

  const nodes = data.accountabilityTree.nodes.length;
  console.log(
    `Tree: ${nodes} nodes, ${data.accountabilityTree.stats.delegations} delegations, ${data.accountabilityTree.findings.length} ` +
      `findings; response ${(bytes / 1e6).toFixed(1)} MB; ${RUNS} runs.`,
  );
  console.log(`                                   median          p95`);
  console.log(`GraphQL over HTTP, steady    ${fmt(median(gql))}  ${fmt(p95(gql))}`);
  console.log(`GraphQL after a change       ${fmt(median(cold))}  ${fmt(p95(cold))}`);
  console.log(`floor: raw SQL + JSON        ${fmt(median(floor))}  ${fmt(p95(floor))}`);
  console.log(`  of which raw SQL           ${fmt(median(sqlOnly))}  ${fmt(p95(sqlOnly))}`);
  console.log(`ratio GraphQL / floor (median), steady:       ${(median(gql) / median(floor)).toFixed(2)}x (target: within 2x)`);
  console.log(`ratio GraphQL / floor (median), after change: ${(median(cold) / median(floor)).toFixed(2)}x`);
} finally {
  child?.kill('SIGTERM');
  await orm.close(true);
  fs.rmSync(dir, { recursive: true, force: true });
}
