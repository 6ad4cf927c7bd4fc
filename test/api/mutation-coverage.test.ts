import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appMutations, coverageProblems, mutationsInSource, schemaMutations, type MutationLists } from './mutation-coverage.js';

// Issue 16 "Done when": every mutation of the API is either used by the web app's operations or listed,
// with a reason, in docs/api-only-mutations.json (API-only on purpose, or not yet in the app).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NOT_YET = 'notYetInApp (issue 16)';

function readLists(): MutationLists {
  const doc = JSON.parse(fs.readFileSync(path.join(root, 'docs/api-only-mutations.json'), 'utf8'));
  return { apiOnly: doc.apiOnly ?? {}, notYetInApp: doc[NOT_YET] ?? {} };
}

describe('mutation coverage of the web app', () => {
  it('accounts for every mutation of the schema: used by the app, or listed with a reason, and the lists are true', () => {
    const schema = schemaMutations(fs.readFileSync(path.join(root, 'packages/api/schema.graphql'), 'utf8'));
    const app = appMutations(path.join(root, 'apps/web/src'));
    expect(schema.length).toBeGreaterThan(50);
    expect(app.has('changePassword') && app.has('updateAccount')).toBe(true);
    expect(coverageProblems(schema, app, readLists())).toEqual([]);
  });

  it('reads the mutations of the graphql(`...`) documents only, each top-level field of each mutation', () => {
    const source =
      'const A = graphql(`\n  mutation A($x: ID!) { first(id: $x) { ok } second { ok } }\n`);\n' +
      'const B = graphql(`query B { notAMutation { id } }`);\n' +
      "const C = graphql(`mutation { third { ...F } } fragment F on T { id }`);\nconst text = 'mutation { fourth }';\n";
    expect([...mutationsInSource(source)].sort()).toEqual(['first', 'second', 'third']);
  });

  describe('fails', () => {
    const schema = ['apiThing', 'inApp', 'later', 'newOne'];
    const app = new Set(['inApp']);
    const lists: MutationLists = { apiOnly: { apiThing: 'bulk import from the command line' }, notYetInApp: { later: 'issue 16' } };

    it('on a mutation in neither the app nor a list', () => {
      expect(coverageProblems(schema, app, lists)).toEqual([
        'newOne: the app does not use it and it is in neither list of docs/api-only-mutations.json',
      ]);
      expect(coverageProblems(schema.slice(0, 3), app, lists)).toEqual([]);
    });

    it('on a listed mutation the schema no longer has', () => {
      const gone = { ...lists, notYetInApp: { ...lists.notYetInApp, removed: 'issue 16' } };
      expect(coverageProblems(schema.slice(0, 3), app, gone)).toEqual([
        'removed: listed in notYetInApp but the schema has no such mutation',
      ]);
      const goneApi = { ...lists, apiOnly: { ...lists.apiOnly, oldImport: 'CLI' } };
      expect(coverageProblems(schema.slice(0, 3), app, goneApi)).toEqual([
        'oldImport: listed in apiOnly but the schema has no such mutation',
      ]);
    });

    it('on a listed mutation the app now uses', () => {
      const used = new Set(['inApp', 'later', 'apiThing']);
      expect(coverageProblems(schema.slice(0, 3), used, lists)).toEqual([
        'apiThing: listed in apiOnly but the app uses it now: take it off the list',
        'later: listed in notYetInApp but the app uses it now: take it off the list',
      ]);
    });

    it('on a mutation listed twice or without a reason', () => {
      const twice = { apiOnly: { apiThing: 'CLI', later: ' ' }, notYetInApp: { later: 'issue 16' } };
      expect(coverageProblems(schema.slice(0, 3), app, twice)).toEqual([
        'later: listed in apiOnly without a reason',
        'later: listed in both lists',
      ]);
    });
  });
});
