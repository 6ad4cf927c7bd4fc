#!/usr/bin/env node
// The floor of scripts/bench/partner.mjs, as its own process: each question's raw SQL (node-postgres,
// a pool of 10 like PostGraphile's) and JSON encoding, over plain node:http. POST /<question index>.
// Started by partner.mjs with GT_FLOOR_DATABASE_URL and GT_FLOOR_IDS (the questions' ids, JSON).
import http from 'node:http';
import { createRequire } from 'node:module';
import { partnerQuestions } from './partner-questions.mjs';

const requireFromPeer = createRequire(createRequire(import.meta.url).resolve('postgraphile/package.json'));
const pg = requireFromPeer('pg');
const pool = new pg.Pool({ connectionString: process.env.GT_FLOOR_DATABASE_URL, max: 10 });
const sql = async (text, params) => (await pool.query(text, params)).rows;
const questions = partnerQuestions(JSON.parse(process.env.GT_FLOOR_IDS));

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', async () => {
    const question = questions[Number(req.url.slice(1))];
    if (!question) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = JSON.stringify({ data: await question.floor(sql) });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error?.stack ?? error));
    }
  });
});
server.listen(0, '127.0.0.1', () => console.log(`floor listening on http://127.0.0.1:${server.address().port}/`));
process.once('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
