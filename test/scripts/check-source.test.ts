import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSource, isChecked, violations } from '../../scripts/check-source.mjs';

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/check-source.mjs');

describe('source size check', () => {
  it('reports a line over 140 characters with its file and line', () => {
    const text = ['const a = 1;', `const b = '${'x'.repeat(140)}';`, 'const c = 3;', ''].join('\n');
    expect(violations('src/a.ts', text)).toEqual(['src/a.ts:2: line of 153 characters (at most 140)']);
    expect(violations('src/a.ts', `${'y'.repeat(140)}\n`)).toEqual([]);
  });

  it('reports a file over 400 lines', () => {
    expect(violations('src/long.ts', 'x;\n'.repeat(401))).toEqual(['src/long.ts:401: file of 401 lines (at most 400)']);
    expect(violations('src/ok.ts', 'x;\n'.repeat(400))).toEqual([]);
  });

  it('keeps resolvers thin: no ctx.em and no service constructed in a resolver file', () => {
    const lines = ['const a = ctx.em.find(Person, {});', 'const s = new PersonService(ctx.em, ctx.access);', 'ctx.services.get(X);'];
    const text = [...lines, ''].join('\n');
    expect(violations('src/people.resolver.ts', text)).toEqual([
      'src/people.resolver.ts:1: a resolver reads ctx.em (use a service: ctx.services.get)',
      'src/people.resolver.ts:2: a resolver reads ctx.em (use a service: ctx.services.get)',
      'src/people.resolver.ts:2: a resolver constructs a service (use ctx.services.get)',
    ]);
    expect(violations('src/people.service.ts', text)).toEqual([]);
  });

  it('lets a file of the baseline keep its length but not grow, and asks for its entry to go once it is short enough', () => {
    const long = 'x;\n'.repeat(450);
    expect(violations('src/old.ts', long, 450)).toEqual([]);
    expect(violations('src/old.ts', long, 449)).toEqual([
      'src/old.ts:401: file of 450 lines (at most 400; the baseline allows 449 until it is split)',
    ]);
    expect(violations('src/old.ts', 'x;\n'.repeat(300), 450)).toEqual([
      'src/old.ts:1: file of 300 lines is within 400 now: take it out of scripts/check-source.baseline.json',
    ]);
  });

  it('covers source files but not migrations, generated code or data catalogues', () => {
    expect(isChecked('packages/api/src/server.ts')).toBe(true);
    expect(isChecked('apps/web/src/App.tsx')).toBe(true);
    expect(isChecked('scripts/gt.mjs')).toBe(true);
    expect(isChecked('packages/db/src/migrations/sqlite/Migration1.ts')).toBe(false);
    expect(isChecked('apps/web/src/graphql/graphql.ts')).toBe(false);
    expect(isChecked('packages/db/data/ascof.ts')).toBe(false);
    expect(isChecked('packages/db/src/seeders/names.data.ts')).toBe(false);
    expect(isChecked('README.md')).toBe(false);
  });

  it('checks the git-tracked files of a repository and fails the command with the list', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-check-source-'));
    try {
      fs.mkdirSync(path.join(dir, 'src/migrations'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'src/long-line.ts'), `export const s = '${'z'.repeat(150)}';\n`);
      fs.writeFileSync(path.join(dir, 'src/long-file.mjs'), 'export {};\n'.repeat(450));
      fs.writeFileSync(path.join(dir, 'src/migrations/m1.ts'), 'export {};\n'.repeat(450));
      fs.writeFileSync(path.join(dir, 'src/untracked.ts'), 'export {};\n'.repeat(450));
      execFileSync('git', ['init', '-q'], { cwd: dir });
      execFileSync('git', ['add', 'src/long-line.ts', 'src/long-file.mjs', 'src/migrations/m1.ts'], { cwd: dir });
      expect(checkSource(dir)).toEqual([
        'src/long-file.mjs:401: file of 450 lines (at most 400)',
        'src/long-line.ts:1: line of 170 characters (at most 140)',
      ]);
      // A baseline lets the long file keep its length; an entry for a file that is gone must go.
      fs.mkdirSync(path.join(dir, 'scripts'));
      const baseline = (files: Record<string, number>) =>
        fs.writeFileSync(path.join(dir, 'scripts/check-source.baseline.json'), JSON.stringify({ files }));
      baseline({ 'src/long-file.mjs': 450, 'src/gone.ts': 500 });
      expect(checkSource(dir)).toEqual([
        'src/long-line.ts:1: line of 170 characters (at most 140)',
        'src/gone.ts:1: no longer exists: take it out of scripts/check-source.baseline.json',
      ]);
      baseline({ 'src/long-file.mjs': 420 });
      expect(checkSource(dir)).toContain(
        'src/long-file.mjs:401: file of 450 lines (at most 400; the baseline allows 420 until it is split)',
      );
      const run = spawnSync('node', [script, 'src/long-line.ts'], { cwd: dir, encoding: 'utf8' });
      expect(run.status).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
