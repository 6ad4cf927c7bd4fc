import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';

/**
 * Issue 11: hostile requests, generated from the schema with a seeded PRNG (GT_FUZZ_SEED to replay
 * another run), sent over real HTTP as four kinds of viewer. Whatever the caller sends, the answer is
 * never HTTP 5xx nor INTERNAL_SERVER_ERROR: a caller's mistake gets a code meant for them.
 */

const SEED = Number(process.env.GT_FUZZ_SEED ?? 0x60d7_2024);
const SUFFOLK = 'E10000029';
const LANCASHIRE = 'E10000017';

/** mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const gid = (type: string, id: number) => b64(`${type}:${id}`);

const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  'x'.repeat(100_000),
  'a\u0000b',
  '\u0000',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  '\ud800',
  'x\udfffy',
  '😀👩‍👩‍👧‍👦',
  '%',
  '_',
  "'",
  "'; drop table council; --",
  '\\',
  '%_\\%\\_',
  '"',
  '\n\r\t',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '2024-02-30',
  '9999-99-99',
  '0000-00-00',
  '2024-26',
  '2024-25 Q5',
  '-1',
  '1e400',
  'NaN',
  'null',
  '{}',
];

const HOSTILE_IDS: readonly string[] = [
  '',
  'not base64!',
  '====',
  '%%%',
  b64('Person:1'),
  b64('Council:99999999999999999999'),
  b64('Council:-1'),
  b64('Council:0'),
  b64('Council:1.5'),
  b64('Council:'),
  b64(':1'),
  b64('Nope:1'),
  b64('Council:1:2'),
  b64('Council:9007199254740993'),
  b64('Council:999999999999999'),
  b64('Council:2147483648'),
  'Q291bmNpbDox', // padded-less standard base64 of Council:1
  'Q291bmNpbDox==',
  b64('\u0000:1'),
  'x'.repeat(100_000),
  'a\u0000b',
  '\ud800',
  '😀',
  "'",
  '%',
];

const HOSTILE_INTS: readonly unknown[] = [-1, 0, 2 ** 31, -(2 ** 31) - 1, 1e20, -1e20, 1.5, 'ten', '1', true, null, [1], { n: 1 }];
const HOSTILE_FLOATS: readonly unknown[] = [Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, -0, 'NaN', 'Infinity', '1', true, null, [1]];

interface Pools {
  ids: Map<string, string[]>;
}

interface Viewer {
  name: string;
  headers: Record<string, string>;
}

interface Case {
  label: string;
  viewer: Viewer;
  /** A GraphQL request body, or a raw HTTP request. */
  body?: unknown;
  raw?: { method: string; path?: string; headers: Record<string, string>; body?: string };
}

interface Failure {
  label: string;
  viewer: string;
  status: number | string;
  message: string;
}

function unwrap(type: GraphQLInputType): { named: GraphQLNamedType; list: boolean; nonNull: boolean } {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  return { named: getNamedType(type), list: isListType(inner), nonNull };
}

/** The type a global-id argument probably names, from its name (councilId, parentId, ids...). */
function idTypeFor(name: string, pools: Pools, owner = ''): string {
  if (name === 'id' || name === 'ids') {
    // The record the call is about: updateService(input: { id }), deleteTarget(id:), service(id:).
    const base = owner.replace(/^(update|delete|publish|validate|revoke|Update|Delete|Revoke|Set)/, '').replace(/Input$/, '');
    const type = [...pools.ids.keys()].find((t) => t.toLowerCase() === base.toLowerCase());
    if (type) return type;
  }
  const m = /^(.*?)(Id|Ids)$/.exec(name);
  if (m) {
    const base = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    for (const [type] of pools.ids) if (base.endsWith(type) || type === base) return type;
    if (/owner|manager|holder|person|member|reassign|director|delegate/i.test(base)) return /member/i.test(base) ? 'Council' : 'Person';
    if (/parent|relink/i.test(base)) return 'Priority';
  }
  return '*';
}

/** A plausible value of the type (so the hostile one next to it is what gets tested). */
function plausible(type: GraphQLInputType, name: string, rng: Rng, pools: Pools, depth = 0, owner = ''): unknown {
  const { named, list, nonNull } = unwrap(type);
  if (!nonNull && depth > 0 && rng.chance(0.3)) return undefined;
  let v: unknown;
  if (named.name === 'ID') {
    const wanted = idTypeFor(name, pools, owner);
    const pool = wanted === '*' ? [...pools.ids.values()].flat() : (pools.ids.get(wanted) ?? [...pools.ids.values()].flat());
    v = pool.length ? rng.pick(pool) : gid('Council', 1);
  } else if (named.name === 'String') {
    if (/gss/i.test(name)) v = rng.pick([SUFFOLK, LANCASHIRE]);
    else if (/period/i.test(name)) v = rng.pick(['2024-25', '2025-26', '2024-25 Q1']);
    else if (/date|asOf|At$|On$|^due$|from|to|until/i.test(name)) v = rng.pick(['2024-04-01', '2025-03-31']);
    else if (/email/i.test(name)) v = 'someone@suffolk.gov.uk';
    else if (/code/i.test(name)) v = rng.pick(['1A', 'ASC', '2B1']);
    else if (/after|before|cursor/i.test(name)) v = b64('cursor:1');
    else v = `fuzz ${rng.int(1000)}`;
  } else if (named.name === 'Int') v = /first|last|limit|depth/i.test(name) ? 5 : /version/i.test(name) ? 1 : 3;
  else if (named.name === 'Float') v = 42.5;
  else if (named.name === 'Boolean') v = name === 'dryRun' ? true : rng.chance(0.5);
  else if (isEnumType(named)) v = rng.pick(named.getValues()).name;
  else if (isInputObjectType(named)) {
    const obj: Record<string, unknown> = {};
    if (depth < 3) {
      for (const f of Object.values(named.getFields())) {
        const fv = plausible(f.type, f.name, rng, pools, depth + 1, named.name);
        if (fv !== undefined) obj[f.name] = fv;
      }
    }
    v = obj;
  } else if (named.name === 'JSONObject') v = { a: 1 };
  else if (named.name === 'DateTimeISO') v = '2025-01-01T00:00:00.000Z';
  else v = 'x';
  return list ? [v] : v;
}

/** A hostile value for the type. */
function hostile(type: GraphQLInputType, name: string, rng: Rng, pools: Pools, depth = 0, owner = ''): unknown {
  const { named, list } = unwrap(type);
  const r = rng.next();
  if (r < 0.06) return null; // null, also for non-null
  if (r < 0.12) return rng.pick<unknown>([{ wrong: 'type' }, [[1]], 12, 'str', true, 1.5]); // wrong type
  if (list && r < 0.2) {
    return rng.pick<unknown>([[], [null], Array.from({ length: 600 }, () => plausible(named as GraphQLInputType, name, rng, pools, 1)), 'notalist', [hostile(named as GraphQLInputType, name, rng, pools, depth + 1)]]);
  }
  let v: unknown;
  if (named.name === 'ID') v = rng.chance(0.8) ? rng.pick(HOSTILE_IDS) : rng.pick([...pools.ids.values()].flat());
  else if (named.name === 'String') v = rng.pick(HOSTILE_STRINGS);
  else if (named.name === 'Int') v = rng.pick(HOSTILE_INTS);
  else if (named.name === 'Float') v = rng.pick(HOSTILE_FLOATS);
  else if (named.name === 'Boolean') v = rng.pick<unknown>(['true', 0, 1, 'yes']);
  else if (isEnumType(named)) v = rng.pick<unknown>(['NOPE', '', named.getValues()[0]!.name.toLowerCase(), 1, '\u0000']);
  else if (isInputObjectType(named)) {
    const base = plausible(named as GraphQLInputType, name, rng, pools, 0, owner) as Record<string, unknown>;
    const fields = Object.values(named.getFields());
    const mode = rng.int(4);
    if (mode === 0 && fields.length) {
      const required = fields.filter((f) => isNonNullType(f.type));
      delete base[rng.pick(required.length ? required : fields).name]; // missing field
    } else if (mode === 1) {
      base[rng.pick(['extra', '__proto__', 'constructor', 'id2'])] = rng.pick<unknown>(['x', 1, { polluted: true }]); // extra field
    } else if (fields.length && depth < 2) {
      const f = rng.pick(fields);
      base[f.name] = hostile(f.type, f.name, rng, pools, depth + 1, named.name);
      if (mode === 3 && fields.length > 1) {
        const g = rng.pick(fields);
        base[g.name] = hostile(g.type, g.name, rng, pools, depth + 1, named.name);
      }
    }
    v = base;
  } else if (named.name === 'JSONObject') v = rng.pick<unknown>(['str', [1], 1, { ['x'.repeat(1000)]: 'y'.repeat(10_000) }, { a: { b: { c: { d: null } } } }]);
  else if (named.name === 'DateTimeISO') v = rng.pick<unknown>(['2024-02-30T00:00:00Z', '9999-99-99', '', 'yesterday', 1e20, -1]);
  else v = rng.pick(HOSTILE_STRINGS);
  return list && rng.chance(0.7) ? [v] : v;
}

/** A value as a GraphQL literal (undefined: leave the argument out). */
function toLiteral(value: unknown, type: GraphQLInputType): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return 'null';
  const named = getNamedType(type);
  if (Array.isArray(value)) return `[${value.map((v) => toLiteral(v, type) ?? 'null').join(', ')}]`;
  if (typeof value === 'string') {
    if (isEnumType(named) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '1e999';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const fields = isInputObjectType(named) ? named.getFields() : {};
    const parts = Object.entries(value as Record<string, unknown>).map(([k, v]) => {
      const lit = toLiteral(v, (fields[k]?.type ?? type) as GraphQLInputType);
      return lit === undefined ? '' : `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'bad_key'}: ${lit}`;
    });
    return `{ ${parts.filter(Boolean).join(', ')} }`;
  }
  return 'null';
}

/** A small selection of what the field returns: __typename and a few argument-free leaves. */
function selection(type: GraphQLOutputType, rng: Rng, depth = 0): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  const parts = ['__typename'];
  if (isObjectType(named) && depth < 2) {
    const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
    for (const f of fields) {
      const leaf = getNamedType(f.type);
      if ((isScalarType(leaf) || isEnumType(leaf)) && rng.chance(0.5)) parts.push(f.name);
      else if (isObjectType(leaf) && /^(nodes|node|edges|pageInfo|group|service|person|council|priority|apiKey|account)$/.test(f.name) && rng.chance(0.5)) {
        parts.push(`${f.name} ${selection(f.type, rng, depth + 1)}`);
      }
    }
  }
  return `{ ${parts.join(' ')} }`;
}

function typeString(type: GraphQLInputType): string {
  return String(type);
}

/** Calls of every root field with one (or two) hostile arguments, as variables or literals. */
function fieldCases(schema: GraphQLSchema, rng: Rng, pools: Pools, viewers: Viewer[], perField: number): Case[] {
  const cases: Case[] = [];
  const roots: Array<['query' | 'mutation', Record<string, GraphQLField<unknown, unknown>>]> = [
    ['query', schema.getQueryType()!.getFields()],
    ['mutation', schema.getMutationType()!.getFields()],
  ];
  for (const [op, fields] of roots) {
    for (const field of Object.values(fields)) {
      for (let i = 0; i < perField; i++) {
        const viewer = viewers[(i + field.name.length) % viewers.length]!;
        const args: GraphQLArgument[] = [...field.args];
        const hostileArgs = new Set<string>();
        if (args.length) {
          hostileArgs.add(rng.pick(args).name);
          if (rng.chance(0.25)) hostileArgs.add(rng.pick(args).name);
        }
        const values: Record<string, unknown> = {};
        for (const a of args) {
          values[a.name] = hostileArgs.has(a.name) ? hostile(a.type, a.name, rng, pools, 0, field.name) : plausible(a.type, a.name, rng, pools, 0, field.name);
        }
        const extraArg = !args.length || rng.chance(0.04);
        const asVariables = rng.chance(0.65);
        const sel = selection(field.type, rng);
        let body: Record<string, unknown>;
        if (asVariables) {
          // Sometimes a variable declared with the wrong type, or an undeclared one.
          const decl = args.map((a) => {
            const wrongType = hostileArgs.has(a.name) && rng.chance(0.08);
            return `$${a.name}: ${wrongType ? rng.pick(['String', 'Int!', '[ID]', 'Boolean!', 'JSONObject']) : typeString(a.type)}`;
          });
          const call = args.map((a) => `${a.name}: $${a.name}`);
          if (extraArg) call.push('bogus: 1');
          const variables: Record<string, unknown> = {};
          for (const a of args) if (values[a.name] !== undefined) variables[a.name] = values[a.name];
          if (rng.chance(0.05)) variables.unexpected = 'x';
          const vars = rng.chance(0.03) ? rng.pick<unknown>(['notanobject', [1], 5]) : variables;
          body = {
            query: `${op} Fuzz${decl.length ? `(${decl.join(', ')})` : ''} { ${field.name}${call.length ? `(${call.join(', ')})` : ''} ${sel} }`,
            variables: vars,
          };
        } else {
          const call = args.flatMap((a) => {
            const lit = toLiteral(values[a.name], a.type);
            return lit === undefined ? [] : [`${a.name}: ${lit}`];
          });
          if (extraArg) call.push('bogus: 1');
          body = { query: `${op} { ${field.name}${call.length ? `(${call.join(', ')})` : ''} ${sel} }` };
        }
        const shown = JSON.stringify([...hostileArgs].map((n) => [n, values[n]]), (_k, v) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length})` : v));
        cases.push({ label: `${op} ${field.name} ${asVariables ? 'vars' : 'literal'} ${shown.length > 300 ? `${shown.slice(0, 300)}…` : shown}`, viewer, body });
      }
    }
  }
  return cases;
}

/** Malformed GraphQL-over-HTTP requests. */
function httpCases(viewers: Viewer[], sampleKey: string): Case[] {
  const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const post = (label: string, body: string, headers: Record<string, string> = json, viewer = viewers[0]!): Case => ({
    label: `http ${label}`,
    viewer,
    raw: { method: 'POST', headers: { ...viewer.headers, ...headers }, body },
  });
  const q = JSON.stringify({ query: '{ councils(first: 1) { totalCount } }' });
  const cases: Case[] = [];
  for (const viewer of viewers) {
    cases.push(
      post('invalid JSON', '{"query": ', json, viewer),
      post('JSON with trailing garbage', `${q}xyz`, json, viewer),
      post('empty body', '', json, viewer),
      post('JSON null', 'null', json, viewer),
      post('JSON string', '"{ __typename }"', json, viewer),
      post('JSON number', '42', json, viewer),
      post('batch array', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), json, viewer),
      post('empty array', '[]', json, viewer),
      post('missing query', JSON.stringify({ variables: {} }), json, viewer),
      post('query not a string', JSON.stringify({ query: { a: 1 } }), json, viewer),
      post('query a number', JSON.stringify({ query: 5 }), json, viewer),
      post('query null', JSON.stringify({ query: null }), json, viewer),
      post('empty query', JSON.stringify({ query: '' }), json, viewer),
      post('query with NUL', JSON.stringify({ query: '{ __typename \u0000 }' }), json, viewer),
      post('query with lone surrogate', '{"query": "{ councils(filter: { nameContains: \\"\\ud800\\" }) { totalCount } }"}', json, viewer),
      post('variable with lone surrogate', '{"query": "query($s: String) { indicator(code: $s) { id } }", "variables": {"s": "\\ud800"}}', json, viewer),
      post('variables a string', JSON.stringify({ query: '{ __typename }', variables: 'x' }), json, viewer),
      post('variables an array', JSON.stringify({ query: '{ __typename }', variables: [1] }), json, viewer),
      post('extensions a string', JSON.stringify({ query: '{ __typename }', extensions: 'x' }), json, viewer),
      post('operationName a number', JSON.stringify({ query: '{ __typename }', operationName: 5 }), json, viewer),
      post('unknown operationName', JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }), json, viewer),
      post('two operations', JSON.stringify({ query: 'query A { __typename } mutation B { signOut { __typename } }' }), json, viewer),
      post('two operations, mutation chosen', JSON.stringify({ query: 'query A { __typename } mutation B { signOut { ok } }', operationName: 'B' }), json, viewer),
      post('persisted query wrong hash', JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'nope' } } }), json, viewer),
      post('persisted query unknown hash', JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }), json, viewer),
      post('persisted query bad version', JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 'x', sha256Hash: 1 } } }), json, viewer),
      post('persisted query not an object', JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: 'x' } }), json, viewer),
      post('text/plain', q, { 'content-type': 'text/plain' }, viewer),
      post('form', 'query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }, viewer),
      post('multipart', '--b\r\n\r\n--b--', { 'content-type': 'multipart/form-data; boundary=b' }, viewer),
      post('application/graphql', '{ __typename }', { 'content-type': 'application/graphql' }, viewer),
      post('xml', '<q/>', { 'content-type': 'application/xml' }, viewer),
      post('bogus content-type', q, { 'content-type': '%%%;;;charset=nope' }, viewer),
      post('json with odd charset', q, { 'content-type': 'application/json; charset=utf-7' }, viewer),
      post('accept nothing usable', q, { 'content-type': 'application/json', accept: 'image/png' }, viewer),
      post('syntax error', JSON.stringify({ query: '{ councils(first: ) }' }), json, viewer),
      post('unknown field', JSON.stringify({ query: '{ nope }' }), json, viewer),
      post('subscription', JSON.stringify({ query: 'subscription { x }' }), json, viewer),
      post('deep nesting', JSON.stringify({ query: `{ ${'node(id: "x") { ... on Council { '.repeat(40)} id ${'} }'.repeat(40)} }` }), json, viewer),
      post('many tokens', JSON.stringify({ query: `{ ${'__typename '.repeat(5000)} }` }), json, viewer),
      post('many aliases', JSON.stringify({ query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }` }), json, viewer),
      post('directive spam', JSON.stringify({ query: `{ __typename ${'@include(if: true) '.repeat(200)} }` }), json, viewer),
      post('introspection', JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }), json, viewer),
      post('variable default of wrong type', JSON.stringify({ query: 'query($n: Int = "x") { councils(first: $n) { totalCount } }' }), json, viewer),
      post('60 nulls in a [ID!]! variable', JSON.stringify({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: Array.from({ length: 60 }, () => null) } }), json, viewer),
      post('fragment cycle', JSON.stringify({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }), json, viewer),
      {
        label: 'http GET with a query',
        viewer,
        raw: { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ councils(first: 1) { totalCount } }')}`, headers: { ...viewer.headers, 'apollo-require-preflight': 'true', accept: 'application/json' } },
      },
      { label: 'http GET with a mutation', viewer, raw: { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { signOut { ok } }')}`, headers: { ...viewer.headers, 'apollo-require-preflight': 'true', accept: 'application/json' } } },
      { label: 'http GET with bad variables', viewer, raw: { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ __typename }')}&variables=%7Bx&extensions=nope`, headers: { ...viewer.headers, 'apollo-require-preflight': 'true', accept: 'application/json' } } },
      { label: 'http GET with a NUL in the query', viewer, raw: { method: 'GET', path: `/graphql?query=%7B__typename%00%7D`, headers: { ...viewer.headers, 'apollo-require-preflight': 'true', accept: 'application/json' } } },
      { label: 'http GET without preflight header', viewer, raw: { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ __typename }')}`, headers: { ...viewer.headers, accept: 'application/json' } } },
      { label: 'http PUT', viewer, raw: { method: 'PUT', headers: { ...viewer.headers, ...json }, body: q } },
      { label: 'http DELETE', viewer, raw: { method: 'DELETE', headers: { ...viewer.headers, ...json } } },
      { label: 'http PATCH', viewer, raw: { method: 'PATCH', headers: { ...viewer.headers, ...json }, body: q } },
      { label: 'http OPTIONS', viewer, raw: { method: 'OPTIONS', headers: { ...viewer.headers, origin: 'https://evil.example', 'access-control-request-method': 'POST' } } },
      { label: 'http HEAD', viewer, raw: { method: 'HEAD', path: `/graphql?query=${encodeURIComponent('{ __typename }')}`, headers: { ...viewer.headers } } },
      post('huge header (8 KB)', q, { ...json, 'x-fuzz': 'h'.repeat(8_000) }, viewer),
      post('huge header (20 KB)', q, { ...json, 'x-fuzz': 'h'.repeat(20_000) }, viewer),
      post('body over the limit', JSON.stringify({ query: '{ __typename }', variables: { x: 'y'.repeat(1_200_000) } }), json, viewer),
    );
  }
  const anon = viewers[0]!;
  const auth: Array<[string, Record<string, string>]> = [
    ['Authorization: Bearer', { authorization: 'Bearer' }],
    ['Authorization: Bearer (space)', { authorization: 'Bearer ' }],
    ['Authorization: Bearer x.y.z', { authorization: 'Bearer x.y.z' }],
    ['Authorization: Bearer a..', { authorization: 'Bearer a..' }],
    ['Authorization: Bearer of base64 JSON', { authorization: `Bearer ${b64('{"alg":"none"}')}.${b64('{"sub":"1"}')}.` }],
    ['Authorization: Bearer alg none', { authorization: `Bearer ${b64('{"alg":"none","typ":"JWT"}')}.${b64('{"sub":"Account:1","exp":99999999999,"iat":1,"sid":"x"}')}.` }],
    ['Authorization: Bearer huge', { authorization: `Bearer ${'a'.repeat(7000)}` }],
    ['Authorization: Bearer gtk_ forged', { authorization: 'Bearer gtk_abcdef_0123456789' }],
    ['Authorization: Bearer gtk_ malformed', { authorization: 'Bearer gtk_' }],
    ['Authorization: Basic', { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` }],
    ['Authorization: Basic junk', { authorization: 'Basic ###' }],
    ['Authorization: Digest', { authorization: 'Digest username="x"' }],
    ['Authorization: empty', { authorization: '' }],
    ['Authorization: bearer lowercase', { authorization: 'bearer x.y.z' }],
    ['Authorization: two schemes', { authorization: 'Bearer a, Basic b' }],
    ['Authorization: unicode', { authorization: 'Bearer \u00e9\u00e8' }],
    ['x-api-key: empty', { 'x-api-key': '' }],
    ['x-api-key: junk', { 'x-api-key': 'junk' }],
    ['x-api-key: gtk_ shape, wrong', { 'x-api-key': 'gtk_0000_0000' }],
    ['x-api-key: prefix of a real key', { 'x-api-key': sampleKey.slice(0, 12) }],
    ['x-api-key: real key with a suffix', { 'x-api-key': `${sampleKey}x` }],
    ['x-api-key: very long', { 'x-api-key': `gtk_${'k'.repeat(7000)}` }],
    ['x-api-key: SQL', { 'x-api-key': "gtk_' or 1=1 --_x" }],
    ['x-api-key: LIKE', { 'x-api-key': 'gtk_%_%' }],
    ['x-api-key: unicode', { 'x-api-key': 'gtk_\u00e9_\u00e9' }],
    ['x-api-key and Authorization both', { 'x-api-key': sampleKey, authorization: 'Bearer x.y.z' }],
  ];
  for (const [label, headers] of auth) {
    cases.push(post(label, q, { ...json, ...headers }, anon));
    cases.push(post(`${label} (mutation)`, JSON.stringify({ query: 'mutation { signOut { ok } }' }), { ...json, ...headers }, anon));
  }
  return cases;
}

/** Sends a header value fetch refuses (NUL, CR) the raw way, over a socket. */
async function rawSocket(url: string, headerLines: string[], body: string): Promise<{ status: number; text: string }> {
  const net = await import('node:net');
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n${headerLines.join('\r\n')}\r\n\r\n${body}`);
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => (data += c));
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0), text: data.slice(data.indexOf('\r\n\r\n') + 4) }));
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
  });
}

function check(label: string, viewer: string, status: number, text: string, failures: Failure[], codes?: Map<string, number>) {
  let errors: Array<{ message?: string; extensions?: { code?: string } }> = [];
  try {
    const parsed = JSON.parse(text) as { errors?: typeof errors } | Array<{ errors?: typeof errors }>;
    errors = Array.isArray(parsed) ? parsed.flatMap((p) => p?.errors ?? []) : (parsed?.errors ?? []);
  } catch {
    // Not JSON (413, 415 from Fastify, 431 from Node): only the status counts.
  }
  if (codes) {
    const code = !Array.isArray(errors) ? 'odd errors' : errors.length ? String(errors[0]?.extensions?.code) : status < 300 ? 'data' : `HTTP ${status}`;
    const key = `${label.split(' ')[0]} ${code}`;
    codes.set(key, (codes.get(key) ?? 0) + 1);
  }
  if (process.env.GT_FUZZ_VERBOSE) console.log(`[${viewer}] ${label.slice(0, 160)} -> ${status} ${Array.isArray(errors) && errors[0] ? `${errors[0].extensions?.code}: ${String(errors[0].message).slice(0, 160)}` : ''}`);
  const internal = Array.isArray(errors) ? errors.find((e) => e?.extensions?.code === 'INTERNAL_SERVER_ERROR') : undefined;
  if (status >= 500 || internal) failures.push({ label, viewer, status, message: (internal?.message ?? text).slice(0, 200) });
}

describe.each(dialects())('hostile requests generated from the schema on %s', (dialect) => {
  let server: TestServer;
  let viewers: Viewer[];
  let pools: Pools;
  let partnerKey: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { organisations: [{ gssCode: LANCASHIRE, people: 40, services: 6 }] });
    const sql = async (q: string) => (await server.em().getConnection().execute(q)) as Array<Record<string, unknown>>;
    const suffolkId = Number((await sql(`select id from council where gss_code = '${SUFFOLK}'`))[0]!.id);
    const admin = await server.adminOf(SUFFOLK);
    const lancsAdmin = await server.adminOf(LANCASHIRE);
    const member = await server.memberOf(SUFFOLK);
    const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, { input: { councilId: gid('Council', suffolkId), name: 'Fuzz partner' } });
    partnerKey = key.data.createApiKey.secret;
    viewers = [
      { name: 'anonymous', headers: {} },
      { name: 'partner', headers: { 'x-api-key': partnerKey } },
      { name: "another council's administrator", headers: lancsAdmin.headers },
      { name: 'member of the demo council', headers: member.headers },
    ];
    // A few real ids of each type (Suffolk's and Lancashire's first ones), for the plausible arguments.
    const tables: Record<string, string> = {
      Council: 'council',
      Directorate: 'directorate',
      Service: 'service',
      Person: 'person',
      Priority: 'priority',
      Objective: 'objective',
      Milestone: 'milestone',
      AppraisalObjective: 'appraisal_objective',
      Consultation: 'consultation',
      Communication: 'communication',
      Indicator: 'indicator',
      Measurement: 'measurement',
      Target: 'target',
      ComparatorGroup: 'comparator_group',
      DecisionBody: 'decision_body',
      DecisionPower: 'decision_power',
      Delegation: 'delegation',
      ApiKey: 'api_key',
      Account: 'account',
    };
    pools = { ids: new Map() };
    const lancashireId = Number((await sql(`select id from council where gss_code = '${LANCASHIRE}'`))[0]!.id);
    for (const [type, table] of Object.entries(tables)) {
      const rows = type === 'Council' ? [{ id: suffolkId }, { id: suffolkId }, { id: lancashireId }] : await sql(`select id from ${table} order by id limit 4`);
      pools.ids.set(type, rows.map((r) => gid(type, Number(r.id))));
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers every one without HTTP 5xx or INTERNAL_SERVER_ERROR', async () => {
    const rng = prng(SEED);
    console.log(`fuzz seed ${SEED} (GT_FUZZ_SEED=${SEED} to replay)`);
    const fields = fieldCases(server.api.schema, rng, pools, viewers, 6);
    // Session-ending calls last, so the viewers stay signed in for the rest.
    const ending = (c: Case) => /^mutation (signOut|changePassword|updateAccount|deletePerson) /.test(c.label);
    const cases = [...fields.filter((c) => !ending(c)), ...httpCases(viewers, partnerKey), ...fields.filter(ending)];
    const failures: Failure[] = [];
    const codes = new Map<string, number>();
    const started = Date.now();
    for (const c of cases) {
      try {
        if (c.raw) {
          const res = await fetch(`${server.url}${c.raw.path ?? '/graphql'}`, { method: c.raw.method, headers: c.raw.headers, ...(c.raw.body !== undefined ? { body: c.raw.body } : {}) });
          check(c.label, c.viewer.name, res.status, c.raw.method === 'HEAD' ? '' : await res.text(), failures);
        } else {
          const res = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...c.viewer.headers },
            body: JSON.stringify(c.body),
          });
          check(c.label, c.viewer.name, res.status, await res.text(), failures, codes);
        }
      } catch (error) {
        failures.push({ label: c.label, viewer: c.viewer.name, status: 'no answer', message: String(error) });
      }
    }
    // Header values fetch will not send: a NUL or a control character in x-api-key or Authorization.
    for (const [label, line] of [
      ['x-api-key with NUL', 'x-api-key: gtk_a\u0000b_c'],
      ['x-api-key with DEL and latin-1', 'x-api-key: gtk_\u007f\u00ff_x'],
      ['Authorization with NUL', 'Authorization: Bearer a\u0000.b.c'],
      ['Authorization latin-1', 'Authorization: Bearer \u00ff\u00fe.\u00e9.x'],
    ] as const) {
      try {
        const res = await rawSocket(server.url, [line], JSON.stringify({ query: '{ __typename }' }));
        check(`http ${label}`, 'anonymous', res.status, res.text, failures);
      } catch (error) {
        failures.push({ label: `http ${label}`, viewer: 'anonymous', status: 'no answer', message: String(error) });
      }
    }
    console.log(`${cases.length + 4} hostile requests on ${dialect} in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} failed`);
    console.log(`answers: ${[...codes].sort().map(([k, n]) => `${k}: ${n}`).join(', ')}`);
    for (const f of failures) console.log(`FAIL [${f.viewer}] ${f.label} -> ${f.status}: ${f.message}`);
    // The generator reaches the resolvers (not only validation): many calls get a resolver's coded answer or data.
    const reached = [...codes].filter(([k]) => /^(query|mutation) (BAD_USER_INPUT|NOT_FOUND|FORBIDDEN|UNAUTHENTICATED|CONFLICT|data)$/.test(k)).reduce((n, [, v]) => n + v, 0);
    expect(reached).toBeGreaterThan(150);
    expect(failures.map((f) => `[${f.viewer}] ${f.label} -> ${f.status}: ${f.message}`)).toEqual([]);
  }, 240_000);
});
