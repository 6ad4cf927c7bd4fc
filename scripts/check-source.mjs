#!/usr/bin/env node
/**
 * Source size check (run by lint): no line over 140 characters and no file over 400 lines in the git-tracked
 * .ts/.tsx/.js/.mjs files, outside migrations, generated code and data catalogues. Prints one `file:line` per
 * violation and exits 1 when there is any. `node scripts/check-source.mjs [files...]` checks the files given
 * (paths from the root of the repository it is run in).
 *
 * Files that were already longer when the check came in are listed in scripts/check-source.baseline.json with
 * the length they had: such a file may not grow past it, and its entry must go once the file is split to 400
 * lines or less (or removed), so the list only shrinks. A new long file is never allowed.
 *
 * Resolvers stay thin (CONTRIBUTING.md): a `*.resolver.ts` file may not reach the EntityManager (`ctx.em`) or
 * construct a service (`new XService(`); it gets services through `ctx.services.get(XService)`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_LINE = 140;
export const MAX_LINES = 400;

const SOURCE = /\.(ts|tsx|js|mjs)$/;
const EXEMPT = [
  /(^|\/)migrations\//, // generated per-dialect migrations
  /^apps\/web\/src\/graphql\//, // generated GraphQL types
  /^packages\/db\/data\//, // data catalogues
  /\.data\.ts$/, // data catalogues beside the code that reads them
];

/** Whether a repository path is a source file the check covers. */
export function isChecked(file) {
  const p = file.split(path.sep).join('/');
  return SOURCE.test(p) && !EXEMPT.some((re) => re.test(p));
}

/** The violations in one file's text, as `file:line: reason` strings (line 1-based); `allowed`: its baseline length. */
export function violations(file, text, allowed) {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const found = [];
  lines.forEach((line, i) => {
    if (line.length > MAX_LINE) found.push(`${file}:${i + 1}: line of ${line.length} characters (at most ${MAX_LINE})`);
  });
  if (/\.resolver\.tsx?$/.test(file)) {
    lines.forEach((line, i) => {
      if (/\bctx\.em\b/.test(line)) found.push(`${file}:${i + 1}: a resolver reads ctx.em (use a service: ctx.services.get)`);
      if (/\bnew [A-Z]\w*Service\(/.test(line)) found.push(`${file}:${i + 1}: a resolver constructs a service (use ctx.services.get)`);
    });
  }
  if (lines.length > MAX_LINES && !(allowed >= lines.length)) {
    const limit = allowed ? `at most ${MAX_LINES}; the baseline allows ${allowed} until it is split` : `at most ${MAX_LINES}`;
    found.push(`${file}:${MAX_LINES + 1}: file of ${lines.length} lines (${limit})`);
  }
  if (allowed !== undefined && lines.length <= MAX_LINES) {
    found.push(`${file}:1: file of ${lines.length} lines is within ${MAX_LINES} now: take it out of ${BASELINE_FILE}`);
  }
  return found;
}

export const BASELINE_FILE = 'scripts/check-source.baseline.json';

/** The baseline of the repository at root: file -> the length it may keep (empty when there is no baseline file). */
export function readBaseline(root) {
  const file = path.join(root, BASELINE_FILE);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).files : {};
}

/** Checks the given files (paths relative to root), or every git-tracked source file; returns the violations. */
export function checkSource(root, files) {
  const baseline = readBaseline(root);
  const list = files?.length ? files : execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const found = list.filter(isChecked).flatMap((f) => {
    const full = path.join(root, f);
    return fs.existsSync(full) ? violations(f, fs.readFileSync(full, 'utf8'), baseline[f]) : [];
  });
  if (!files?.length) {
    const tracked = new Set(list);
    for (const f of Object.keys(baseline)) if (!tracked.has(f)) found.push(`${f}:1: no longer exists: take it out of ${BASELINE_FILE}`);
  }
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const found = checkSource(root, process.argv.slice(2));
  if (found.length) {
    console.error(found.join('\n'));
    console.error(`\n${found.length} source size violation(s): split lines over ${MAX_LINE} characters and files over ${MAX_LINES} lines.`);
    process.exit(1);
  }
  console.log(`Source size: no line over ${MAX_LINE} characters, no file over ${MAX_LINES} lines.`);
}
