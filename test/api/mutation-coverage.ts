import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, type SelectionSetNode } from 'graphql';

/**
 * Which of the API's mutations the web app uses (issue 16 "Done when"): the schema's mutations, the
 * mutations the app's GraphQL documents call, and the documented lists of those the app does not
 * call (docs/api-only-mutations.json), so that no mutation goes unaccounted for and no list goes stale.
 */
export interface MutationLists {
  /** Mutations only programs and the command line use, each with the reason. */
  apiOnly: Readonly<Record<string, string>>;
  /** Mutations the app should offer and does not yet (issue 16), each with what is missing. */
  notYetInApp: Readonly<Record<string, string>>;
}

/** The schema's mutations, by name. */
export function schemaMutations(sdl: string): string[] {
  const type = buildSchema(sdl).getMutationType();
  return type ? Object.keys(type.getFields()).sort() : [];
}

function topFields(set: SelectionSetNode, out: Set<string>): void {
  for (const s of set.selections) if (s.kind === 'Field') out.add(s.name.value);
}

/** The mutations called by the graphql(`...`) documents of one source file. */
export function mutationsInSource(source: string): Set<string> {
  const out = new Set<string>();
  for (const m of source.matchAll(/\bgraphql\(\s*`([\s\S]*?)`\s*\)/g)) {
    for (const d of parse(m[1]!).definitions)
      if (d.kind === 'OperationDefinition' && d.operation === 'mutation') topFields(d.selectionSet, out);
  }
  return out;
}

/** The mutations called by every .ts/.tsx file under `dir` (the generated src/graphql/ left out). */
export function appMutations(dir: string): Set<string> {
  const out = new Set<string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'graphql' && e.name !== 'node_modules') walk(p);
      } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) {
        for (const name of mutationsInSource(fs.readFileSync(p, 'utf8'))) out.add(name);
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * What is wrong with the lists: a mutation accounted for nowhere, a listed one gone or now used by the app, one listed twice
 * or without a reason.
 */
export function coverageProblems(schema: readonly string[], app: ReadonlySet<string>, lists: MutationLists): string[] {
  const problems: string[] = [];
  const exists = new Set(schema);
  for (const name of schema) {
    if (!app.has(name) && !(name in lists.apiOnly) && !(name in lists.notYetInApp))
      problems.push(`${name}: the app does not use it and it is in neither list of docs/api-only-mutations.json`);
  }
  for (const [list, entries] of [
    ['apiOnly', lists.apiOnly],
    ['notYetInApp', lists.notYetInApp],
  ] as const) {
    for (const [name, reason] of Object.entries(entries)) {
      if (!exists.has(name)) problems.push(`${name}: listed in ${list} but the schema has no such mutation`);
      else if (app.has(name)) problems.push(`${name}: listed in ${list} but the app uses it now: take it off the list`);
      if (!reason.trim()) problems.push(`${name}: listed in ${list} without a reason`);
    }
  }
  for (const name of Object.keys(lists.apiOnly)) if (name in lists.notYetInApp) problems.push(`${name}: listed in both lists`);
  return problems;
}
