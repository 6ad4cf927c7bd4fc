/** The partner guide (docs/partners.md) read as the test runs it: its ten questions and their code blocks. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GUIDE = path.join(REPO, 'docs/partners.md');

export interface Block {
  /** The fence's language: graphql, json, sh, python, ts, http. */
  lang: string;
  /** The rest of the fence's info string, e.g. `expect-error=BAD_USER_INPUT`. */
  info: string;
  code: string;
}

export interface Question {
  number: number;
  title: string;
  blocks: Block[];
}

/** Fenced code blocks of a piece of Markdown, in order. */
export function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const m of markdown.matchAll(/^```(\S*)([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)) {
    blocks.push({ lang: m[1]!, info: m[2]!.trim(), code: m[3]! });
  }
  return blocks;
}

/** The guide's shared helpers (the Python and TypeScript `gql` functions of "Before you start") and its questions. */
export function readGuide(markdown = fs.readFileSync(GUIDE, 'utf8')): { helpers: { python: string; ts: string }; questions: Question[] } {
  const sections = markdown.split(/^## /m).slice(1);
  const before = sections.find((s) => s.startsWith('Before you start'));
  if (!before) throw new Error('docs/partners.md has no "Before you start" section');
  const shared = blocksOf(before);
  const questions = sections
    .map((s) => /^(\d+)\.\s+(.+)\n/.exec(s) && { s, m: /^(\d+)\.\s+(.+)\n/.exec(s)! })
    .filter((x): x is { s: string; m: RegExpExecArray } => x !== null)
    .map(({ s, m }) => ({ number: Number(m[1]), title: m[2]!.trim(), blocks: blocksOf(s) }));
  return {
    helpers: { python: shared.find((b) => b.lang === 'python')?.code ?? '', ts: shared.find((b) => b.lang === 'ts')?.code ?? '' },
    questions,
  };
}

export interface Step {
  query: string;
  variables: Record<string, unknown>;
  expectError: string | null;
}

/** The question's GraphQL steps: each graphql block with the json block of variables after it. */
export function stepsOf(q: Question): Step[] {
  const steps: Step[] = [];
  q.blocks.forEach((b, i) => {
    if (b.lang !== 'graphql') return;
    const next = q.blocks[i + 1];
    const variables = next?.lang === 'json' ? (JSON.parse(next.code) as Record<string, unknown>) : {};
    steps.push({ query: b.code, variables, expectError: /expect-error=(\w+)/.exec(b.info)?.[1] ?? null });
  });
  return steps;
}

/** A variable written `"<indicator.id from the first query>"`: the value at that path of the previous step's data. */
export function resolveVariables(variables: Record<string, unknown>, previous: unknown): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => {
      const ref = typeof value === 'string' ? /^<([\w.]+) from the first query>$/.exec(value) : null;
      if (!ref) return [name, value];
      const found = ref[1]!.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | null)?.[key], previous);
      if (typeof found !== 'string') throw new Error(`variable ${name}: ${ref[1]} is not in the first query's answer`);
      return [name, found];
    }),
  );
}

/** True when an answer says something: every root field is non-null, and a list in it, if any, is not empty. */
export function informative(data: Record<string, unknown> | null | undefined): boolean {
  if (!data || Object.values(data).some((v) => v === null || v === undefined)) return false;
  const lists: unknown[][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      lists.push(v);
      v.forEach(walk);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(data);
  return lists.length === 0 || lists.some((l) => l.length > 0);
}
