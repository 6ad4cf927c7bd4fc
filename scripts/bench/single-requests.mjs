#!/usr/bin/env node
// Single signed-in requests on the demo council: every answer computed, then with the server's kept reads (printed figures, not a test).
//
//   npm run build && node scripts/bench/single-requests.mjs [--runs 31] [--postgres URL] [--only comparison]
//
// Seeds a throw-away embedded SQLite database (or the PostgreSQL database given, when empty) with the
// reference councils, the published ASCOF and Oflog data and the demo council (Suffolk), starts the real
// server on it as its own process (production mode, GT_ANSWER_CACHE_MB=0 so no whole answer is kept), signs in as
// the demo council's chief executive and asks, one at a time, each question --runs times after 3 warm-up
// requests: the time to the last byte over HTTP, median and p90, and the server's CPU time per request
// (from /proc: less disturbed by other work on a shared machine than the wall time), beside the target of issue 19
// (comparison and indicatorSeries 5 ms; goldenThread, cascade and scrutinyDrillDown 10 ms). Twice: with
// GT_CACHE_ROWS=0 (every read computed afresh), then with the server's default, where what depends on no
// viewer (a comparison of published figures) is kept under the data version (packages/api shared/kept-reads.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arg, db } from './harness.mjs';
import { benchAccount, benchSignIn, startBenchServer, timeRequests } from './server.mjs';

const RUNS = arg('runs', 31);
const ONLY = arg('only', ''); // the questions whose name starts with it, e.g. --only comparison
const PERIOD = '2024-25';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-bench-single-'));
const databaseUrl = arg('postgres', `file:${path.join(dir, 'bench.sqlite')}`);
const orm = await db.openOrm({ databaseUrl });
let server;
try {
  await db.migrate(orm);
  if ((await orm.em.fork().count(db.Council, {})) === 0) {
    await db.seedReference(orm.em.fork());
    await db.seedPublished(orm.em.fork());
    await db.seedDemo(orm.em.fork());
  }
  const em = orm.em.fork();
  const council = await em.findOneOrFail(db.Council, { gssCode: db.DEMO_COUNCIL_GSS });
  const ceo = await em.findOneOrFail(db.Person, { council: council.id, jobTitle: 'Chief Executive' });
  const account = await em.findOne(db.Account, { person: ceo.id });
  const email = account?.email ?? `bench-${Date.now()}@example.org`;
  const password = account ? db.DEMO_PASSWORD : await benchAccount(db, em, council, { id: ceo.id, email });
  await orm.close(true);

  const runQuestions = async (mode) => {
    const headers = { 'content-type': 'application/json', ...(await benchSignIn(server.graphql, email, password)) };
    const ask = async (query, variables, anonymous = false) => {
      const res = await fetch(server.graphql, {
        method: 'POST',
        headers: anonymous ? { 'content-type': 'application/json' } : headers,
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
      return body.data;
    };

    const ids = await ask(
      `query($gss: String!) { council(gssCode: $gss) { id }
        indicators(first: 500, filter: { framework: ASCOF }) { nodes { id code } } }`,
      { gss: db.DEMO_COUNCIL_GSS },
    );
    const councilId = ids.council.id;
    const measure = ids.indicators.nodes.find((n) => n.code === '1C(1A)') ?? ids.indicators.nodes[0];
    const corporate = await ask('query($c: ID!, $p: String!) { cascade(councilId: $c, period: $p) { corporate { id } } }', {
      c: councilId,
      p: PERIOD,
    });
    const priorityId = corporate.cascade.corporate[0].id;
    const questions = [
      { name: '{ __typename }, signed in (the cost of any request)', target: 1, query: '{ __typename }', variables: {} },
      { name: '{ __typename }, anonymous', target: 1, query: '{ __typename }', variables: {}, anonymous: true },
      {
        name: 'comparison (every council, one measure and year)',
        target: 5,
        query: `query($i: ID!) { comparison(indicatorId: $i, period: "2022-23") { median q1 q3 count
          entries { council { gssCode name } value highlighted } } }`,
        variables: { i: measure.id },
      },
      {
        name: 'indicatorSeries (one measure, 3 years)',
        target: 5,
        query: `query($i: ID!) { indicatorSeries(indicatorIds: [$i], from: "2020-21", to: "2022-23", gssCode: "${db.DEMO_COUNCIL_GSS}") {
          direction latest { period value } points { period value } position { count median percentile } } }`,
        variables: { i: measure.id },
      },
      {
        name: `indicatorSeries (every ASCOF measure, 3 years)`,
        target: 5,
        query: `query($i: [ID!]!) { indicatorSeries(indicatorIds: $i, from: "2020-21", to: "2022-23", gssCode: "${db.DEMO_COUNCIL_GSS}") {
          indicator { code } points { period value } } }`,
        variables: { i: ids.indicators.nodes.map((n) => n.id) },
      },
      {
        name: 'goldenThread (findings and coverage)',
        target: 10,
        query: `query($c: ID!) { goldenThread(councilId: $c, period: "${PERIOD}") { findings { code nodes { id } }
          coverage { staffWithThread { count total } } } }`,
        variables: { c: councilId },
      },
      {
        name: 'cascade (corporate to service priorities)',
        target: 10,
        query: `query($c: ID!) { cascade(councilId: $c, period: "${PERIOD}") { corporate { id name status
          performanceStatus { status } children { id name status children { id name objectives { name } targets { value } } } } } }`,
        variables: { c: councilId },
      },
      {
        name: 'scrutinyDrillDown (a corporate priority)',
        target: 10,
        query: `query($p: ID!) { scrutinyDrillDown(priorityId: $p) { priority { name } priorities { name }
          indicators { indicator { code } points { period value } direction } targets { id } } }`,
        variables: { p: priorityId },
      },
    ];
    console.log(
      `Single signed-in requests on ${databaseUrl.startsWith('file:') ? 'SQLite' : 'PostgreSQL'}, ${mode}, ${RUNS} runs each ` +
        `(load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} on ${os.cpus().length} cores):`,
    );
    for (const q of questions.filter((x) => x.name.startsWith(ONLY))) {
      const { median: m, p90, cpu } = await timeRequests(() => ask(q.query, q.variables, q.anonymous), RUNS, server.child.pid);
      console.log(
        `  ${q.name.padEnd(52)} median ${m.toFixed(1).padStart(6)} ms, p90 ${p90.toFixed(1).padStart(6)} ms, ` +
          `server CPU ${cpu.toFixed(1).padStart(5)} ms a request; ` +
          `target ${q.target} ms: ${m <= q.target ? 'met' : `${(m / q.target).toFixed(1)}x over`}`,
      );
    }
  };

  process.env.GT_ANSWER_CACHE_MB = '0';
  for (const mode of ['computed afresh (GT_CACHE_ROWS=0)', "with the server's kept reads (default)"]) {
    if (mode.startsWith('computed')) process.env.GT_CACHE_ROWS = '0';
    else delete process.env.GT_CACHE_ROWS;
    server = await startBenchServer(databaseUrl, dir);
    await runQuestions(mode);
    server.stop();
    server = undefined;
  }
} finally {
  server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
