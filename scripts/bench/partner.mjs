#!/usr/bin/env node
// Partner questions against PostGraphile 4 on the same database (printed figures, not a test).
//
//   npm run build && node scripts/bench/partner.mjs [--rounds 2] [--seconds 5] [--connections 10]
//       [--people 20000] [--services 2000] [--postgres URL] [--sqlite FILE] [--keep] [--only TEXT]
//
// Seeds one scratch PostgreSQL database on PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres)
// and one embedded SQLite file the same way: the reference councils, the published data (ASCOF,
// Oflog...), the demo council (Suffolk) and the 20,000-person scale council. Then starts, each as its
// own process:
//   - Golden Thread on PostgreSQL and on SQLite (`main.js serve`, production, rate limits off), keeping
//     published answers as it does by default (GT_ANSWER_CACHE_MB), and once more on PostgreSQL with
//     GT_ANSWER_CACHE_MB=0, every answer computed (what a kept answer saves, and what the first
//     request after a change costs);
//   - PostGraphile 4 (the auto-generated GraphQL API a partner-facing team could pick instead) on the
//     same PostgreSQL database, as its CLI starts it (no access control: it is the unsecured peer);
//   - the floor: each question's raw SQL and JSON encoding over plain node:http (partner-floor.mjs);
// checks that all of them answer each question with the same names and values, then runs each question
// with autocannon (anonymous POSTs, `--connections` at once) in alternating rounds (A B C D, then
// D C B A, ...), and prints the median over rounds of req/s, p50, p97.5 and p99 latency, and ratios.
// --postgres/--sqlite reuse a database (seeded when empty); --keep leaves the scratch ones in place.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import autocannon from 'autocannon';
import { SERVER_NODE_FLAGS } from '../server-node-flags.mjs';
import { arg, cleanups, createScratchPostgres, db, finish, freePort, median, root, startProcess } from './harness.mjs';
import { cpuMs } from './server.mjs';
import { partnerQuestions } from './partner-questions.mjs';

const ROUNDS = arg('rounds', 2);
const SECONDS = arg('seconds', 5);
const CONNECTIONS = arg('connections', 10);
const PEOPLE = arg('people', 20_000);
const SERVICES = arg('services', 2_000);
const KEEP = process.argv.includes('--keep');
// --only TEXT: only the questions whose name contains TEXT (e.g. --only __typename).
const ONLY = arg('only', '');

/** Seeds an empty database: councils, published data, the demo council, the scale council. */
async function seed(databaseUrl, label) {
  const orm = await db.openOrm({ databaseUrl });
  try {
    await db.migrate(orm);
    if ((await orm.em.fork().count(db.Council, {})) > 0) return console.log(`${label}: already seeded, used as it is.`);
    const t = Date.now();
    await db.seedReference(orm.em.fork());
    await db.seedPublished(orm.em.fork());
    await db.seedDemo(orm.em.fork());
    await db.seedOrganisation(orm.em.fork(), { gssCode: db.SCALE_COUNCIL_GSS, people: PEOPLE, services: SERVICES, seed: 1 });
    console.log(`${label}: seeded published data, the demo council and ${PEOPLE} officers in ${((Date.now() - t) / 1000).toFixed(0)} s.`);
  } finally {
    await orm.close(true);
  }
}

/** Starts a process and waits until its URL (given, or the first it prints that matches) answers `{ __typename }`. */
async function start(label, args, env, { url, printed = /(http:\/\/127\.0\.0\.1:\d+\/)/ } = {}) {
  const ready = (out) => {
    const at = url ?? printed.exec(out)?.[1];
    return at && { url: at };
  };
  const started = await startProcess(label, args, { NODE_ENV: 'production', ...env }, ready, { tries: 600 });
  pidOf.set(started.url, started.child.pid);
  return started.url;
}

/** The process answering at each URL started (its CPU time per request is printed beside its throughput). */
const pidOf = new Map();

const post = async (url, body) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body });
  const text = await res.text();
  const json = JSON.parse(text);
  if (res.status !== 200 || json.errors) throw new Error(`${url}: ${res.status} ${text.slice(0, 500)}`);
  return { data: json.data, bytes: Buffer.byteLength(text) };
};

try {
  // The databases.
  let pgUrl = arg('postgres', undefined);
  if (!pgUrl) {
    const scratch = await createScratchPostgres();
    pgUrl = scratch.url;
    if (KEEP) console.log(`Kept PostgreSQL database: ${pgUrl}`);
    else cleanups.push(scratch.drop);
  }
  let sqliteFile = arg('sqlite', undefined);
  if (!sqliteFile) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-partner-'));
    sqliteFile = path.join(dir, 'bench.sqlite');
    if (KEEP) console.log(`Kept SQLite database: ${sqliteFile}`);
    else cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  const sqliteUrl = `file:${path.resolve(sqliteFile)}`;
  await Promise.all([seed(pgUrl, 'PostgreSQL'), seed(sqliteUrl, 'SQLite')]);

  // The ids the questions need: row ids (PostGraphile, the floor) from PostgreSQL.
  const orm = await db.openOrm({ databaseUrl: pgUrl });
  const rows = (sql, params = []) => orm.em.fork().getConnection().execute(sql, params, 'all');
  const ascof = await rows(`select id, code from indicator where framework = 'ASCOF' and council_id is null order by code`);
  const periods = (
    await rows(
      `select distinct m.period from measurement m join indicator i on i.id = m.indicator_id
       where i.framework = 'ASCOF' and m.period_kind = 'YEAR' and m.status = 'PUBLISHED' order by m.period`,
    )
  ).map((r) => r.period);
  const [suffolk] = await rows('select id from council where gss_code = ?', [db.DEMO_COUNCIL_GSS]);
  const period = periods.at(-1);
  // The ASCOF measure of the latest year with the most councils' values (some were not collected in 2020-21).
  const [most] = await rows(
    `select m.indicator_id as id from measurement m join indicator i on i.id = m.indicator_id
     where i.framework = 'ASCOF' and m.period = ? and m.disaggregation = 'Total' and m.status = 'PUBLISHED' and m.value is not null
     group by m.indicator_id, i.code order by count(*) desc, i.code limit 1`,
    [period],
  );
  await orm.close(true);
  const measure = { rowId: most.id, code: `ASCOF ${ascof.find((i) => i.id === most.id).code}` };
  const last3 = periods.slice(-3);
  const ids = {
    suffolk: db.DEMO_COUNCIL_GSS,
    scale: db.SCALE_COUNCIL_GSS,
    measure,
    period,
    series: { from: last3[0], to: last3.at(-1), periods: last3, rowIds: ascof.map((i) => i.id), councilRowId: suffolk.id },
  };

  // The servers.
  const jwt = randomBytes(32).toString('base64url');
  const gtEnv = (databaseUrl) => ({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    GT_RATE_LIMIT: 'false',
    GT_SEED_DEMO: 'false',
    GT_JWT_SECRET: jwt,
    GT_WEB_DIST: path.join(os.tmpdir(), 'gt-no-web'),
  });
  const main = path.join(root, 'apps/server/dist/main.js');
  const GT_PRINTED = /(http:\/\/127\.0\.0\.1:\d+\/graphql)/;
  const peerPort = await freePort();
  const peerCli = createRequire(import.meta.url).resolve('postgraphile/cli.js');
  const [gtPg, gtSqlite, peer, floor, gtPgComputed] = await Promise.all([
    start('Golden Thread (PostgreSQL)', [...SERVER_NODE_FLAGS, main, 'serve'], gtEnv(pgUrl), { printed: GT_PRINTED }),
    start('Golden Thread (SQLite)', [...SERVER_NODE_FLAGS, main, 'serve'], gtEnv(sqliteUrl), { printed: GT_PRINTED }),
    start(
      'PostGraphile',
      [
        peerCli,
        '-c',
        pgUrl,
        '-s',
        'public',
        '--host',
        '127.0.0.1',
        '--port',
        String(peerPort),
        '--disable-query-log',
        '--disable-default-mutations',
        '--simple-collections',
        'both',
      ],
      {},
      { url: `http://127.0.0.1:${peerPort}/graphql` },
    ),
    start('floor', [path.join(root, 'scripts/bench/partner-floor.mjs')], {
      GT_FLOOR_DATABASE_URL: pgUrl,
      GT_FLOOR_IDS: JSON.stringify(ids),
    }),
    start(
      'Golden Thread (PostgreSQL, nothing kept)',
      [...SERVER_NODE_FLAGS, main, 'serve'],
      { ...gtEnv(pgUrl), GT_ANSWER_CACHE_MB: '0' },
      {
        printed: GT_PRINTED,
      },
    ),
  ]);

  // Golden Thread's global ids, per database.
  const sideIds = async (url) => {
    const { data } = await post(
      url,
      JSON.stringify({ query: '{ indicators(first: 500, filter: { framework: ASCOF }) { nodes { id code } } }' }),
    );
    const nodes = data.indicators.nodes;
    return {
      measureId: nodes.find((n) => `ASCOF ${n.code}` === measure.code).id,
      seriesIds: ascof.map((i) => nodes.find((n) => n.code === i.code).id),
    };
  };
  const sides = { pg: await sideIds(gtPg), sqlite: await sideIds(gtSqlite) };
  const questions = partnerQuestions(ids);

  console.log(
    `\n${ROUNDS} alternating rounds of ${SECONDS} s per server and question, ${CONNECTIONS} connections, anonymous POSTs; ` +
      `${os.cpus().length} cores shared by all.`,
  );
  const fmt = (n, w = 8) => String(n).padStart(w);
  for (const [index, q] of questions.entries()) {
    if (ONLY && !q.name.includes(ONLY)) continue;
    const targets = [
      { label: 'Golden Thread (PostgreSQL)', url: gtPg, body: JSON.stringify(q.gt(sides.pg)) },
      { label: 'PostGraphile 4', url: peer, body: JSON.stringify(q.peer()) },
      { label: 'Golden Thread (SQLite)', url: gtSqlite, body: JSON.stringify(q.gt(sides.sqlite)) },
      { label: 'floor: raw SQL + JSON', url: `${floor}${index}`, body: '{}' },
      { label: 'GT (PostgreSQL), none kept', url: gtPgComputed, body: JSON.stringify(q.gt(sides.pg)) },
    ];
    // The same names and values from all of them.
    let expected;
    for (const t of targets) {
      const { data, bytes } = await post(t.url, t.body);
      const facts = q.facts(data);
      t.bytes = bytes;
      expected ??= { facts, from: t.label };
      if (JSON.stringify(facts) !== JSON.stringify(expected.facts)) {
        const missing = expected.facts.filter((f) => !facts.includes(f)).slice(0, 5);
        const extra = facts.filter((f) => !expected.facts.includes(f)).slice(0, 5);
        throw new Error(
          `${q.name}: ${t.label} answers ${facts.length} names/values, ${expected.from} ${expected.facts.length}; missing ` +
            `${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`,
        );
      }
    }
    console.log(
      `\n${q.name}: ${expected.facts.length} names/values, the same from all ${targets.length} (${targets
        .map((t) => `${(t.bytes / 1024).toFixed(1)} KB`)
        .join(', ')})`,
    );
    const runs = new Map(targets.map((t) => [t, []]));
    const once = async (t, duration) => {
      const pid = pidOf.get(t.url.replace(/\d+$/, '')) ?? pidOf.get(t.url);
      const cpu0 = pid ? cpuMs(pid) : 0;
      const r = await autocannon({
        url: t.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: t.body,
        connections: CONNECTIONS,
        duration,
      });
      // The server process's CPU per answer (its own process only: PostgreSQL's work is not in it).
      r.cpuUs = pid && r.requests.total ? ((cpuMs(pid) - cpu0) * 1000) / r.requests.total : NaN;
      if (r.non2xx) throw new Error(`${t.label}: ${r.non2xx} answers other than 200 OK`);
      // Requests still unanswered after autocannon's 10 s (a machine busy with other work): said, not fatal.
      if (r.errors || r.timeouts)
        console.log(`  (${t.label}: ${r.errors} errors, of which ${r.timeouts} timeouts, in a ${duration} s round)`);
      return r;
    };
    for (const t of targets) await once(t, 1); // warm up
    for (let round = 0; round < ROUNDS; round++) {
      for (const t of round % 2 ? [...targets].reverse() : targets) {
        const r = await once(t, SECONDS);
        runs.get(t).push({ rps: r.requests.average, p50: r.latency.p50, p975: r.latency.p97_5, p99: r.latency.p99, cpu: r.cpuUs });
      }
    }
    console.log(
      `  ${'server'.padEnd(28)}${fmt('req/s')}${fmt('p50 ms')}${fmt('p97.5')}${fmt('p99')}${fmt('vs peer', 9)}${fmt('vs floor', 10)}` +
        `${fmt('CPU µs/req', 12)}${fmt('CPU vs peer', 13)}`,
    );
    const summary = targets.map((t) => {
      const rs = runs.get(t);
      return {
        t,
        rps: median(rs.map((r) => r.rps)),
        p50: median(rs.map((r) => r.p50)),
        p975: median(rs.map((r) => r.p975)),
        p99: median(rs.map((r) => r.p99)),
        cpu: median(rs.map((r) => r.cpu)),
      };
    });
    const [, peerRow, , floorRow] = summary;
    for (const s of summary) {
      // No answer within a round: no latency to speak of (run longer rounds).
      const ms = (v) => (s.rps > 0 ? v : '-');
      const cpuKnown = !Number.isNaN(s.cpu);
      console.log(
        `  ${s.t.label.padEnd(28)}${fmt(Math.round(s.rps))}${fmt(ms(s.p50))}${fmt(ms(s.p975))}${fmt(ms(s.p99))}` +
          `${fmt(`${(s.rps / peerRow.rps).toFixed(2)}x`, 9)}${fmt(`${(s.rps / floorRow.rps).toFixed(2)}x`, 10)}` +
          // CPU vs peer: the peer's CPU per answer over this one's (above 1: cheaper than the peer).
          `${fmt(cpuKnown ? Math.round(s.cpu) : '-', 12)}${fmt(cpuKnown ? `${(peerRow.cpu / s.cpu).toFixed(2)}x` : '-', 13)}`,
      );
    }
  }
} finally {
  await finish();
}
