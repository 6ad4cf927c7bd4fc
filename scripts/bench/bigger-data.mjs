#!/usr/bin/env node
// comparison and indicatorSeries before and after bigger data (printed figures, not a test; README "Bigger data").
//
//   npm run build && node scripts/bench/bigger-data.mjs [--runs 31] [--indicators 50] [--postgres URL]
//
// Seeds a throw-away embedded SQLite database (or the PostgreSQL database given, when empty) with the
// reference councils, the published ASCOF and Oflog data and the demo council (Suffolk); starts the real
// server on it (production mode, nothing kept: GT_ANSWER_CACHE_MB=0), asks each question --runs times one
// after the other as the demo council's chief executive, and stops it. Then adds the bigger data
// (`seed monthly`: --indicators generated local monthly indicators for every council, a published figure
// for each month of 2024-25: about 91,800 measurements with the defaults), starts the server again and
// asks the same questions. Prints the median and p90 time to the last byte and the server's CPU time per
// request, before and after, and their ratios (issue 19: the latency is kept).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arg, db } from './harness.mjs';
import { benchSignIn, startBenchServer, timeRequests } from './server.mjs';

const RUNS = arg('runs', 31);
const INDICATORS = arg('indicators', 50);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-bigger-'));
const databaseUrl = arg('postgres', `file:${path.join(dir, 'bench.sqlite')}`);
process.env.GT_ANSWER_CACHE_MB = '0';

async function measurementCount() {
  const orm = await db.openOrm({ databaseUrl });
  try {
    return await orm.em.fork().count(db.Measurement, {});
  } finally {
    await orm.close(true);
  }
}

/** Starts the server, asks each question RUNS times, stops it. */
async function measure(label) {
  const server = await startBenchServer(databaseUrl, dir);
  try {
    const orm = await db.openOrm({ databaseUrl });
    const em = orm.em.fork();
    const council = await em.findOneOrFail(db.Council, { gssCode: db.DEMO_COUNCIL_GSS });
    const ceo = await em.findOneOrFail(db.Person, { council: council.id, jobTitle: 'Chief Executive' });
    const account = await em.findOneOrFail(db.Account, { person: ceo.id });
    await orm.close(true);
    const headers = { 'content-type': 'application/json', ...(await benchSignIn(server.graphql, account.email, db.DEMO_PASSWORD)) };
    const ask = async (query, variables) => {
      const res = await fetch(server.graphql, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
      return body.data;
    };
    const ids = await ask(`{ council(gssCode: "${db.DEMO_COUNCIL_GSS}") { id }
      ascof: indicators(first: 500, filter: { framework: ASCOF }) { nodes { id code } } }`);
    const local = await ask(`query($c: ID!) { indicator(framework: LOCAL, code: "L-ASC-01", councilId: $c) { id } }`, {
      c: ids.council.id,
    });
    const measure = ids.ascof.nodes.find((n) => n.code === '1C(1A)') ?? ids.ascof.nodes[0];
    const questions = [
      {
        name: `comparison (every council, ASCOF ${measure.code}, 2022-23)`,
        query: `query($i: ID!) { comparison(indicatorId: $i, period: "2022-23") { median q1 q3 count
          entries { council { gssCode name } value highlighted } } }`,
        variables: { i: measure.id },
      },
      {
        name: `indicatorSeries (Suffolk, ${ids.ascof.nodes.length} ASCOF measures, 3 years)`,
        query: `query($i: [ID!]!) { indicatorSeries(indicatorIds: $i, from: "2020-21", to: "2022-23", gssCode: "${db.DEMO_COUNCIL_GSS}") {
          indicator { code } direction points { period value } position { count median } } }`,
        variables: { i: ids.ascof.nodes.map((n) => n.id) },
      },
      {
        name: 'indicatorSeries (Suffolk, a local monthly indicator, 24 months)',
        query: `query($i: ID!) { indicatorSeries(indicatorIds: [$i], from: "2023-04", to: "2025-03", gssCode: "${db.DEMO_COUNCIL_GSS}") {
          direction points { period value status } } }`,
        variables: { i: local.indicator.id },
      },
    ];
    const out = [];
    for (const q of questions) out.push({ name: q.name, ...(await timeRequests(() => ask(q.query, q.variables), RUNS, server.child.pid)) });
    console.log(`${label}: ${await measurementCount()} measurements`);
    return out;
  } finally {
    server.stop();
    await new Promise((r) => (server.child.exitCode !== null ? r() : server.child.once('exit', r)));
  }
}

try {
  const orm = await db.openOrm({ databaseUrl });
  await db.migrate(orm);
  if ((await orm.em.fork().count(db.Council, {})) === 0) {
    await db.seedReference(orm.em.fork());
    await db.seedPublished(orm.em.fork());
    await db.seedDemo(orm.em.fork());
  }
  await orm.close(true);
  const before = await measure('Before');
  const orm2 = await db.openOrm({ databaseUrl });
  const t = Date.now();
  const added = await orm2.em.fork().transactional((tx) => db.seedMonthlyData(tx, { indicators: INDICATORS }));
  await orm2.close(true);
  console.log(
    `Added ${added.indicators} generated monthly indicators and ${added.measurements} figures for ${added.councils} councils ` +
      `in ${((Date.now() - t) / 1000).toFixed(0)} s.`,
  );
  const after = await measure('After');
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`\n${RUNS} runs each, signed in, nothing kept (load average ${load} on ${os.cpus().length} cores):`);
  const f = (x) => x.toFixed(1).padStart(7);
  console.log(`  ${'question'.padEnd(66)}  median ms before  after  ratio   CPU ms before  after  ratio`);
  before.forEach((b, i) => {
    const a = after[i];
    console.log(
      `  ${b.name.padEnd(66)} ${f(b.median)} ${f(a.median)} ${(a.median / b.median).toFixed(2).padStart(6)}x  ` +
        `${f(b.cpu)} ${f(a.cpu)} ${(a.cpu / b.cpu).toFixed(2).padStart(6)}x`,
    );
  });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
