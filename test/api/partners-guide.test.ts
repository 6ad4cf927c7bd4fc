/**
 * The partner guide's examples run (issue 18 item 11): every question of docs/partners.md, its GraphQL
 * query, and its curl, Python and TypeScript examples, against a real server with the demo data and the
 * published national figures, with a partner's API key, on each database. The guide is also served at
 * /docs; and the typed client of docs/examples/typescript-client is generated, type-checked and run.
 *
 * curl runs where it is installed, Python where python3 is (each test says when it is skipped); the
 * TypeScript examples are compiled with tsc (strict) and run with node.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';
import { informative, readGuide, REPO, resolveVariables, stepsOf, type Question } from './partners-guide.blocks.js';

const CLIENT = path.join(REPO, 'docs/examples/typescript-client');
const has = (command: string) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
const HAS_CURL = has('curl');
const HAS_PYTHON = has('python3');
const guide = readGuide();
const QUESTIONS = [
  "A council's organisation and owners",
  "All councils' values for a measure",
  "A council's series",
  'Comparator groups',
  'Exceptions',
  'The scheme of delegation',
  'Bulk download',
  'Change feed',
  'Keys and limits',
  'Errors',
];
const BULK = 7;

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Runs a command without blocking the event loop (the server answering it runs in this process). */
function run(command: string, args: string[], options: { cwd: string; env: Record<string, string>; input?: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) =>
      status === 0 ? resolve(stdout) : reject(new Error(`${command} failed (${status}):\n${stderr}\n${stdout}`)),
    );
    child.stdin.end(options.input ?? '');
  });
}

/** The answer an example printed last (its last line of output). */
const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!) as Answer & Record<string, unknown>;

/** The TypeScript examples as files of the example package (git-ignored guide/), compiled with it. */
function writeTsExamples() {
  const dir = path.join(CLIENT, 'guide');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  for (const q of guide.questions) {
    const ts = q.blocks.find((b) => b.lang === 'ts');
    if (ts) fs.writeFileSync(path.join(dir, `question-${q.number}.ts`), `${guide.helpers.ts}\n${ts.code}\nexport {};\n`);
  }
}

describe('the partner guide (docs/partners.md)', () => {
  it('asks the ten questions partners ask most, each with a query and curl, Python and TypeScript examples', () => {
    expect(guide.questions.map((q) => q.title)).toEqual(QUESTIONS);
    for (const q of guide.questions) {
      const langs = new Set(q.blocks.map((b) => b.lang));
      expect(langs.has(q.number === BULK ? 'http' : 'graphql'), `question ${q.number} has no query`).toBe(true);
      for (const lang of ['sh', 'python', 'ts']) expect(langs.has(lang), `question ${q.number} has no ${lang} example`).toBe(true);
    }
    expect(guide.helpers.python).toContain('def gql');
    expect(guide.helpers.ts).toContain('async function gql');
  });
});

describe.each(dialects())('the partner guide against the demo data on %s', (dialect) => {
  let server: TestServer;
  let key: string;
  let work: string;
  const env = () => ({ GT_URL: server.url, GT_API_KEY: key });
  const expected = new Map<number, Answer>();

  /** Runs a question's GraphQL steps as the partner, each with the ids the step before found. */
  async function answer(q: Question): Promise<Answer> {
    let previous: unknown = null;
    let last: Answer = {};
    for (const step of stepsOf(q)) {
      const variables = resolveVariables(step.variables, previous);
      last = (await server.gql(step.query, variables, { 'x-api-key': key })) as Answer;
      previous = last.data;
    }
    return last;
  }

  /** What every example of the question must print: the same answer as the GraphQL query. */
  function expectSame(q: Question, printed: Answer) {
    const want = expected.get(q.number)!;
    expect(printed.data ?? null).toEqual(want.data ?? null);
    expect(printed.errors?.map((e) => [e.extensions?.code, e.message])).toEqual(want.errors?.map((e) => [e.extensions?.code, e.message]));
  }

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', publishedData: true, rateLimit: { perAddress: 10_000, perKey: 10_000 } });
    const admin = await server.adminOf('E10000029');
    const council = (await admin.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
    const made = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId: council, name: 'Partner guide examples' },
    });
    expect(made.errors).toBeUndefined();
    key = made.data.createApiKey.secret;
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-partners-'));
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  for (const q of guide.questions.filter((x) => x.number !== BULK)) {
    it(`${q.number}. ${q.title}: the query answers the partner with data and no errors`, async () => {
      const steps = stepsOf(q);
      const result = await answer(q);
      expected.set(q.number, result);
      const error = steps.at(-1)!.expectError;
      if (error) {
        expect(result.errors?.[0]?.extensions?.code).toBe(error);
        return;
      }
      expect(result.errors).toBeUndefined();
      expect(informative(result.data), JSON.stringify(result.data).slice(0, 500)).toBe(true);
      if (q.number === 9) expect(result.data).toEqual({ viewer: { kind: 'PARTNER' } });
    });

    it.skipIf(!HAS_CURL)(`${q.number}. ${q.title}: the curl example prints the same answer`, async () => {
      const sh = q.blocks.find((b) => b.lang === 'sh')!;
      expectSame(q, lastJson(await run('bash', ['-euo', 'pipefail', '-c', sh.code], { cwd: work, env: env() })));
    });

    it.skipIf(!HAS_PYTHON)(`${q.number}. ${q.title}: the Python example prints the same answer`, async () => {
      const py = q.blocks.find((b) => b.lang === 'python')!;
      expectSame(q, lastJson(await run('python3', ['-'], { cwd: work, env: env(), input: `${guide.helpers.python}\n${py.code}` })));
    });
  }

  describe('7. Bulk download', () => {
    const q = guide.questions.find((x) => x.number === BULK)!;
    let total = 0;
    beforeAll(async () => {
      const request = q.blocks.find((b) => b.lang === 'http')!.code.trim();
      const target = /^GET (\S+)$/.exec(request)![1]!;
      const res = await fetch(`${server.url}${target}`, { headers: { 'x-api-key': key } });
      const text = await res.text();
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      total = text.trimEnd().split('\n').length - 1;
      expect(total).toBe(Number(res.headers.get('x-total-count')));
      expect(total).toBeGreaterThan(10_000); // all ASCOF of every council in one request
    }, 120_000);
    const rowsIn = (file: string) => fs.readFileSync(path.join(work, file), 'utf8').trimEnd().split('\n').length - 1;

    it.skipIf(!HAS_CURL)('the curl example downloads the file, then gets 304 for the same ETag', async () => {
      const out = await run('bash', ['-euo', 'pipefail', '-c', q.blocks.find((b) => b.lang === 'sh')!.code], { cwd: work, env: env() });
      expect(rowsIn('ascof.csv')).toBe(total);
      expect(out.trim()).toBe('304');
    });

    it.skipIf(!HAS_PYTHON)('the Python example downloads every row', async () => {
      const py = q.blocks.find((b) => b.lang === 'python')!;
      const printed = lastJson(await run('python3', ['-'], { cwd: work, env: env(), input: `${guide.helpers.python}\n${py.code}` }));
      expect(printed.rows).toBe(total);
      expect(printed.etag).toMatch(/^(W\/)?"/);
    });
  });

  describe('TypeScript', () => {
    beforeAll(async () => {
      // Generated types (GraphQL Code Generator from packages/api/schema.graphql), strict tsc, for the
      // typed client and the guide's examples together.
      writeTsExamples();
      await run('pnpm', ['run', 'build'], { cwd: CLIENT, env: {} });
    }, 300_000);

    for (const q of guide.questions) {
      it(`${q.number}. ${q.title}: the TypeScript example type-checks and prints the same answer`, async () => {
        const out = lastJson(await run('node', [path.join(CLIENT, `dist/guide/question-${q.number}.js`)], { cwd: work, env: env() }));
        if (q.number === BULK) expect(out.rows).toBeGreaterThan(10_000);
        else {
          if (!expected.has(q.number)) expected.set(q.number, await answer(q));
          expectSame(q, out);
        }
      });
    }

    it('the typed client of docs/examples/typescript-client prints a council series', async () => {
      const out = lastJson(
        await run('node', ['dist/src/series.js', 'E10000029', 'ASCOF', '2A2', '2018-19', '2020-21'], { cwd: CLIENT, env: env() }),
      );
      const series = (await server.gql(`{ indicator(framework: ASCOF, code: "2A2") { id } }`, {}, { 'x-api-key': key })) as Answer;
      const id = (series.data!.indicator as { id: string }).id;
      const want = await server.gql(
        `query($id: ID!) { indicatorSeries(gssCode: "E10000029", indicatorIds: [$id], from: "2018-19", to: "2020-21") {
          direction points { period value status } } }`,
        { id },
        { 'x-api-key': key },
      );
      expect(out.points).toEqual(want.data.indicatorSeries[0].points);
      expect(out.direction).toBe(want.data.indicatorSeries[0].direction);
      expect((out.points as Array<{ value: number | null }>).some((p) => p.value !== null)).toBe(true);
    });
  });

  describe('/docs', () => {
    it('serves the guide as one offline page: every question, no script or external asset, its own policy, cached', async () => {
      const res = await fetch(`${server.url}/docs`);
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      for (const title of QUESTIONS) expect(html).toContain(title);
      expect(html).toContain('<h2 id="1-a-councils-organisation-and-owners">');
      expect(html).toContain('<code class="language-graphql">');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
      expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
      const etag = res.headers.get('etag')!;
      expect(etag).toMatch(/^"/);
      const again = await fetch(`${server.url}/docs`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      const css = await fetch(`${server.url}/docs/guide.css`);
      expect(css.status).toBe(200);
      expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    });
  });
});
