#!/usr/bin/env node
// The README's two commands run through this file, so a fresh machine with only Node.js 20 and npm
// needs nothing else: `npm start` installs, builds, migrates, seeds and serves; `npm test` installs
// and runs every test. It fetches pnpm through npm when pnpm is not installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from './server-node-flags.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '12.4.2';

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: false, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(cmd, args, options) {
  const status = run(cmd, args, options);
  if (status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${status}).`);
    process.exit(status);
  }
}

let pnpmCommand;
function pnpm(args, options) {
  if (!pnpmCommand) {
    const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
    pnpmCommand = probe.status === 0 && probe.stdout.trim() === PNPM_VERSION ? ['pnpm'] : ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
  }
  must(pnpmCommand[0], [...pnpmCommand.slice(1), ...args], options);
}

function install() {
  pnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
}

const BUILD_ORDER = ['packages/domain', 'packages/charts', 'packages/reports', 'packages/db', 'packages/api', 'apps/server'];

/** The packages and the server (apps/server/dist/main.js), without the web app. */
function buildServer() {
  for (const dir of BUILD_ORDER) {
    fs.rmSync(path.join(root, dir, 'dist'), { recursive: true, force: true });
    must(path.join(root, 'node_modules/.bin/tsc'), ['-p', path.join(dir, 'tsconfig.json')]);
  }
}

function build() {
  buildServer();
  if (fs.existsSync(path.join(root, 'apps/web/package.json'))) pnpm(['--filter', '@goldenthread/web', 'run', 'build']);
}

const hasWeb = () => fs.existsSync(path.join(root, 'apps/web/package.json'));

function typecheck() {
  // A package's tsconfig.test.json is its build's tsconfig with the colocated *.test.ts files included.
  for (const dir of [...BUILD_ORDER, 'test']) {
    const withTests = path.join(dir, 'tsconfig.test.json');
    const project = fs.existsSync(path.join(root, withTests)) ? withTests : path.join(dir, 'tsconfig.json');
    must(path.join(root, 'node_modules/.bin/tsc'), ['-p', project, '--noEmit']);
  }
  // The web app's GraphQL types are generated from packages/api/schema.graphql first (git-ignored).
  if (hasWeb()) pnpm(['--filter', '@goldenthread/web', 'run', 'typecheck']);
}

const CHROMIUM = process.env.GT_CHROMIUM ?? '/usr/bin/chromium';

/** The browser tests use Debian's chromium; install it when missing and we may (root). */
function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return true;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log(`\n== Installing Debian's chromium for the browser tests ==`);
    if (
      run('apt-get', ['update']) === 0 &&
      run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']) === 0 &&
      fs.existsSync(CHROMIUM)
    )
      return true;
  }
  console.error(
    `\nThe browser tests need Debian's chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` as root (npm test does it when run ` +
      `as root).`,
  );
  return false;
}

function vitest(extraArgs, env, name = 'vitest') {
  const out = path.join(root, '.test-results');
  fs.mkdirSync(out, { recursive: true });
  const json = path.join(out, `${name}.json`);
  fs.rmSync(json, { force: true });
  const status = run(
    path.join(root, 'node_modules/.bin/vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`, ...extraArgs],
    {
      env: { ...process.env, ...env },
    },
  );
  const report = fs.existsSync(json) ? JSON.parse(fs.readFileSync(json, 'utf8')) : null;
  return { status, report };
}

function summarise(report) {
  const results = report?.testResults ?? [];
  const all = results.flatMap((file) => file.assertionResults ?? []);
  const passed = all.filter((t) => t.status === 'passed').length;
  const failed =
    all.filter((t) => t.status === 'failed').length +
    results.filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).length).length;
  const skipped = all.filter((t) => t.status === 'skipped' || t.status === 'pending' || t.status === 'todo').length;
  const onPostgres = all.filter((t) => t.status === 'passed' && / on postgresql\b/.test(t.fullName ?? '')).length;
  return { passed, failed, skipped, onPostgres };
}

/**
 * Biome (biome.json): the formatter (140 columns), the lint rules and the one-way package dependencies; then the
 * source size check (scripts/check-source.mjs: lines of at most 140 characters, files of at most 400 lines).
 */
function lint() {
  must(path.join(root, 'node_modules/.bin/biome'), ['check', '--error-on-warnings', '.']);
  must(process.execPath, [path.join(root, 'scripts/check-source.mjs')]);
}

function test() {
  install();
  console.log('\n== Lint (Biome) ==');
  lint();
  console.log('\n== Type-checking every package ==');
  typecheck();
  // test/api/scale-out.processes.test.ts runs the built server as its own processes.
  console.log('\n== Building the server ==');
  buildServer();
  const pg = process.env.GT_TEST_POSTGRES_URL;
  console.log(`\n== Unit, API and database tests (SQLite${pg ? ' and PostgreSQL' : ''}) ==`);
  const { status, report } = vitest([], {});
  const s = summarise(report);
  console.log(`\nDatabase tests on PostgreSQL: ${pg ? `${s.onPostgres} passed` : 'not run (set GT_TEST_POSTGRES_URL to run them)'}`);
  let code = status;
  if (!report) {
    console.error('The test runner wrote no report.');
    code = code || 1;
  }
  if (hasWeb()) {
    console.log('\n== Browser end-to-end tests (web app on the real server, in chromium) ==');
    pnpm(['--filter', '@goldenthread/web', 'run', 'build']);
    if (!ensureChromium()) {
      code = code || 1;
      s.failed += 1;
    } else {
      const e2e = vitest(['--config', 'test/e2e/vitest.config.ts'], {}, 'e2e');
      const e = summarise(e2e.report);
      if (!e2e.report) console.error('The browser test runner wrote no report.');
      code = code || e2e.status || (e2e.report ? 0 : 1);
      s.passed += e.passed;
      s.failed += e.failed;
      s.skipped += e.skipped;
      console.log(`Browser tests: ${e.passed} passed, ${e.failed} failed (screenshots in test-artifacts/e2e/)`);
    }
  }
  if (process.env.GT_REQUIRE_POSTGRES === '1' && s.onPostgres === 0) {
    console.error('GT_REQUIRE_POSTGRES=1 but no test ran on PostgreSQL.');
    code = code || 1;
  }
  console.log(`\nTests: ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}`);
  process.exit(code);
}

function start() {
  install();
  build();
  const status = run(process.execPath, [
    ...SERVER_NODE_FLAGS,
    path.join(root, 'apps/server/dist/main.js'),
    'serve',
    ...process.argv.slice(3),
  ]);
  process.exit(status);
}

const command = process.argv[2];
switch (command) {
  case 'start':
    start();
    break;
  case 'test':
    test();
    break;
  case 'build':
    install();
    build();
    break;
  case 'typecheck':
    typecheck();
    break;
  default:
    console.error('usage: node scripts/gt.mjs start|test|build|typecheck');
    process.exit(2);
}
