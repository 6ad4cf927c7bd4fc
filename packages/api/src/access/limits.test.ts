import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  TypeInfo,
  validate,
  ValidationContext,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { buildGoldenThreadSchema } from '../schema.js';
import { aliasLimitRule, DEFAULT_LIMITS, depthLimitRule, estimateCost, expandedSelections } from './limits.js';
import { fragmentBomb, wideBomb } from '../../../../test/testkit/bombs.js';

const fragmentsOf = (doc: DocumentNode) => {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) map.set(def.name.value, def);
  return map;
};
const operationOf = (doc: DocumentNode) => doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;

const time = <T>(fn: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
};

describe('depth, alias and cost analysis visit each fragment once', () => {
  let schema: GraphQLSchema;
  const rules = () => [depthLimitRule(DEFAULT_LIMITS.maxDepth), aliasLimitRule(DEFAULT_LIMITS.maxAliases)];
  /** Runs graphql-js's rules, then ours, then the cost estimate, printing how long each took. */
  const analyse = (label: string, source: string) => {
    const doc = parse(source, { maxTokens: DEFAULT_LIMITS.maxTokens });
    const graphqlJs = time(() => validate(schema, doc, specifiedRules));
    const depth = time(() => validate(schema, doc, [depthLimitRule(DEFAULT_LIMITS.maxDepth)]));
    const aliases = time(() => validate(schema, doc, [aliasLimitRule(DEFAULT_LIMITS.maxAliases)]));
    const cost = time(() => {
      try {
        return estimateCost(schema, operationOf(doc), fragmentsOf(doc), {});
      } catch (error) {
        return error as GraphQLError;
      }
    });
    console.log(
      `${label.padEnd(34)} ${String(source.length).padStart(5)} bytes: graphql-js ${graphqlJs.ms.toFixed(2)} ms, depth ` +
        `${depth.ms.toFixed(2)} ms, aliases ${aliases.ms.toFixed(2)} ms, cost ${cost.ms.toFixed(2)} ms`,
    );
    // Generous (a shared, noisy machine): before memoising, n=20 took about 2 s for depth and 2 s for cost.
    for (const t of [depth, aliases, cost]) expect(t.ms).toBeLessThan(100);
    return { graphqlJs: graphqlJs.value, depth: depth.value, aliases: aliases.value, cost: cost.value };
  };

  beforeAll(async () => {
    schema = await buildGoldenThreadSchema();
  });

  it.each([22, 30])('a fragment bomb of %i levels is analysed at once (and is legitimately free: __typename)', (n) => {
    const r = analyse(`fragment bomb n=${n}`, fragmentBomb(n));
    expect(r.graphqlJs).toEqual([]);
    expect(r.depth).toEqual([]);
    expect(r.aliases).toEqual([]);
    expect(r.cost).toBe(0);
  });

  it('a chain of 100 fragments each spreading the next twice, and a wide one (20 levels of 10 spreads)', () => {
    const chain = analyse('chain of 100, each spread twice', fragmentBomb(99, 'councils(first: 1) { totalCount }'));
    expect(chain.graphqlJs).toEqual([]);
    expect(chain.depth).toEqual([]);
    // The cost counts every expansion: 2^99 x 2, far over any limit (held at the largest safe integer).
    expect(chain.cost).toBe(Number.MAX_SAFE_INTEGER);
    const wide = analyse('20 levels of 10 spreads', wideBomb(20, 10, 'councils(first: 1) { totalCount }'));
    expect(wide.graphqlJs).toEqual([]);
    expect(wide.cost).toBe(Number.MAX_SAFE_INTEGER);
    const aliased = analyse('20 levels of 10 spreads, aliased', wideBomb(20, 10, 'a: __typename'));
    expect(aliased.aliases.map((e) => e.message)).toEqual(['This query uses over a million aliases; the limit is 30.']);
  });

  it('1,000 spreads of one fragment', () => {
    const plain = analyse('1,000 spreads', `{${' ...F'.repeat(1000)} } fragment F on Query { councils(first: 1) { totalCount } }`);
    expect(plain.graphqlJs).toEqual([]);
    expect(plain.cost).toBe(2000);
    const aliased = analyse(
      '1,000 spreads, aliased',
      `{${' ...F'.repeat(1000)} } fragment F on Query { c: councils(first: 1) { totalCount } }`,
    );
    expect(aliased.aliases.map((e) => e.message)).toEqual(['This query uses 1000 aliases; the limit is 30.']);
  });

  it('keeps the cost model: a fragment costs what it selects, once per spread, whatever the nesting', () => {
    const leaf = 'councils(first: 1) { totalCount }';
    const doc = parse(fragmentBomb(20, leaf));
    expect(estimateCost(schema, operationOf(doc), fragmentsOf(doc), {})).toBe(2 ** 20 * 2);
    const nested = parse(
      `query($n: Int) { councils(first: $n) { nodes { ...C ...C } } } fragment C on Council { directorates(first: 3) { nodes { ...D } } ` +
        `} fragment D on Directorate { name services { nodes { name } } }`,
    );
    // D = name + services (50 x (nodes + name)) = 1 + 1 + 50 x 2; C = directorates: 1 + 3 x (nodes + D);
    // councils: 1 + 7 x (nodes + C + C)
    const D = 1 + (1 + 50 * 2);
    const C = 1 + 3 * (1 + D);
    expect(estimateCost(schema, operationOf(nested), fragmentsOf(nested), { n: 7 })).toBe(1 + 7 * (1 + 2 * C));
  });

  it('counts aliases as they expand: a fragment with 10 aliases spread 3 times counts 30', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `a${i}: __typename`).join(' ');
    const three = validate(schema, parse(`{ ...T ...T ...T } fragment T on Query { ${ten} }`), rules());
    expect(three).toEqual([]);
    const four = validate(schema, parse(`{ ...T ...T ...T ...T } fragment T on Query { ${ten} }`), rules());
    expect(four.map((e) => e.message)).toEqual(['This query uses 40 aliases; the limit is 30.']);
    expect(four[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 30 });
    const bomb = analyse('alias bomb n=30', fragmentBomb(30, 'a: __typename'));
    expect(bomb.aliases.map((e) => e.message)).toEqual(['This query uses over a million aliases; the limit is 30.']);
  });

  it('measures depth through fragments once each, refusing a deep bomb', () => {
    // Each level adds a field: 25 levels of Service.parent, spread twice at every level.
    let doc = `{ service(id: "x") { ...P0 } }`;
    for (let i = 0; i < 25; i++) doc += ` fragment P${i} on Service { parent { ...P${i + 1} ...P${i + 1} } }`;
    doc += ` fragment P25 on Service { name }`;
    const r = analyse('depth bomb 25 levels', doc);
    expect(r.depth).toHaveLength(1);
    expect(r.depth[0]!.message).toMatch(/nested \d+ levels deep; the limit is 12/);
    expect(r.depth[0]!.extensions).toMatchObject({ limit: 'depth', max: 12 });
  });

  it('counts selections as they expand (what compiling a tree query costs), each fragment once, held at a cap', () => {
    const small = parse(`{ ...A ...A councils { nodes { ...B } } } fragment A on Query { __typename } fragment B on Council { name id }`);
    expect(expandedSelections(operationOf(small), fragmentsOf(small), 1000)).toBe(1 + 1 + 1 + 1 + 2);
    const bomb = parse(fragmentBomb(30));
    const { value, ms } = time(() => expandedSelections(operationOf(bomb), fragmentsOf(bomb), 1001));
    expect(value).toBe(1001);
    expect(ms).toBeLessThan(50);
  });

  it('terminates on cyclic fragments (graphql-js refuses them with NoFragmentCycles)', () => {
    const source =
      `{ ...A } fragment A on Query { ...B a1: __typename } fragment B on Query { ...A ...B councils(first: 1) { totalCount ` + `} }`;
    const doc = parse(source);
    const errors = validate(schema, doc, [...specifiedRules, ...rules()]);
    expect(errors.some((e) => /Cannot spread fragment "A" within itself/.test(e.message))).toBe(true);
    expect(typeof estimateCost(schema, operationOf(doc), fragmentsOf(doc), {})).toBe('number');
  });

  it('refuses a document whose analysis would pass its budget, before finishing it', () => {
    const doc = parse(`{ ${Array.from({ length: 30 }, () => 'councils(first: 1) { totalCount }').join(' ')} }`);
    const [depth] = validate(schema, doc, [depthLimitRule(12, 40)]);
    expect(depth!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'analysis', max: 40 });
    expect(depth!.message).toMatch(/too complicated to check/);
    const [aliases] = validate(schema, doc, [aliasLimitRule(30, 40)]);
    expect(aliases!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'analysis' });
    let refused: unknown;
    try {
      estimateCost(schema, operationOf(doc), fragmentsOf(doc), {}, 40);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'analysis', max: 40 });
    // Within the budget, the same document is analysed as usual.
    expect(validate(schema, doc, [depthLimitRule(12, 100), aliasLimitRule(30, 100)])).toEqual([]);
    expect(estimateCost(schema, operationOf(doc), fragmentsOf(doc), {}, 100)).toBe(60);
  });

  it('with the default budget, no document holds the analysis for more than about 50 ms (tokens unlimited)', () => {
    // 300,000 selections: far more than 4000 tokens allow; each analysis stops at its budget (5,000).
    const doc = parse(`{ ${'councils(first: 1) { totalCount } '.repeat(100_000)} }`);
    const op = operationOf(doc);
    // The rules' own work, without graphql-js's walk of the rest of the document.
    const errors: GraphQLError[] = [];
    const context = new ValidationContext(schema, doc, new TypeInfo(schema), (e) => errors.push(e));
    type Enter = (node: unknown) => void;
    const runs = { depth: [] as number[], aliases: [] as number[], cost: [] as number[] };
    for (let run = 0; run < 5; run++) {
      const depth = depthLimitRule(DEFAULT_LIMITS.maxDepth)(context) as { OperationDefinition: Enter };
      runs.depth.push(time(() => depth.OperationDefinition(op)).ms);
      const aliases = aliasLimitRule(DEFAULT_LIMITS.maxAliases)(context) as { Document: { leave: Enter } };
      runs.aliases.push(time(() => aliases.Document.leave(doc)).ms);
      runs.cost.push(
        time(() => {
          try {
            estimateCost(schema, op, new Map(), {});
          } catch (error) {
            errors.push(error as GraphQLError);
          }
        }).ms,
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
    console.log(
      `300,000 selections, refused at the budget (median of 5): depth ${median(runs.depth).toFixed(1)} ms, aliases ` +
        `${median(runs.aliases).toFixed(1)} ms, cost ${median(runs.cost).toFixed(1)} ms`,
    );
    expect(errors).toHaveLength(15);
    for (const e of errors)
      expect(e.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'analysis', max: DEFAULT_LIMITS.analysisBudget });
    // Generous for a shared machine (and vitest's slower module bindings).
    for (const xs of Object.values(runs)) expect(median(xs)).toBeLessThan(100);
  });
});
