/**
 * The generator of hostile requests for test/api/fuzz.hostile-requests.test.ts: a seeded PRNG, hostile
 * values per GraphQL input type, queries built from the schema and malformed HTTP.
 */
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

export const SEED = Number(process.env.GT_FUZZ_SEED ?? 0x60d7_2024);
export const SUFFOLK = 'E10000029';
export const LANCASHIRE = 'E10000017';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number) {
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
export type Rng = ReturnType<typeof prng>;

export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
export const gid = (type: string, id: number) => b64(`${type}:${id}`);

export const HOSTILE_STRINGS: readonly string[] = [
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

export const HOSTILE_IDS: readonly string[] = [
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

export const HOSTILE_INTS: readonly unknown[] = [-1, 0, 2 ** 31, -(2 ** 31) - 1, 1e20, -1e20, 1.5, 'ten', '1', true, null, [1], { n: 1 }];
export const HOSTILE_FLOATS: readonly unknown[] = [Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, -0, 'NaN', 'Infinity', '1', true, null, [1]];

export interface Pools {
  ids: Map<string, string[]>;
}

export interface Viewer {
  name: string;
  headers: Record<string, string>;
}

export interface Case {
  label: string;
  viewer: Viewer;
  /** A GraphQL request body, or a raw HTTP request. */
  body?: unknown;
  raw?: { method: string; path?: string; headers: Record<string, string>; body?: string };
}

export interface Failure {
  label: string;
  viewer: string;
  status: number | string;
  message: string;
}

export function unwrap(type: GraphQLInputType): { named: GraphQLNamedType; list: boolean; nonNull: boolean } {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  return { named: getNamedType(type), list: isListType(inner), nonNull };
}

/** The type a global-id argument probably names, from its name (councilId, parentId, ids...). */
export function idTypeFor(name: string, pools: Pools, owner = ''): string {
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
export function plausible(type: GraphQLInputType, name: string, rng: Rng, pools: Pools, depth = 0, owner = ''): unknown {
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
export function hostile(type: GraphQLInputType, name: string, rng: Rng, pools: Pools, depth = 0, owner = ''): unknown {
  const { named, list } = unwrap(type);
  const r = rng.next();
  if (r < 0.06) return null; // null, also for non-null
  if (r < 0.12) return rng.pick<unknown>([{ wrong: 'type' }, [[1]], 12, 'str', true, 1.5]); // wrong type
  if (list && r < 0.2) {
    return rng.pick<unknown>([
      [],
      [null],
      Array.from({ length: 600 }, () => plausible(named as GraphQLInputType, name, rng, pools, 1)),
      'notalist',
      [hostile(named as GraphQLInputType, name, rng, pools, depth + 1)],
    ]);
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
  } else if (named.name === 'JSONObject')
    v = rng.pick<unknown>(['str', [1], 1, { ['x'.repeat(1000)]: 'y'.repeat(10_000) }, { a: { b: { c: { d: null } } } }]);
  else if (named.name === 'DateTimeISO') v = rng.pick<unknown>(['2024-02-30T00:00:00Z', '9999-99-99', '', 'yesterday', 1e20, -1]);
  else v = rng.pick(HOSTILE_STRINGS);
  return list && rng.chance(0.7) ? [v] : v;
}

/** A value as a GraphQL literal (undefined: leave the argument out). */
export function toLiteral(value: unknown, type: GraphQLInputType): string | undefined {
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
export function selection(type: GraphQLOutputType, rng: Rng, depth = 0): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  const parts = ['__typename'];
  if (isObjectType(named) && depth < 2) {
    const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
    for (const f of fields) {
      const leaf = getNamedType(f.type);
      if ((isScalarType(leaf) || isEnumType(leaf)) && rng.chance(0.5)) parts.push(f.name);
      else if (
        isObjectType(leaf) &&
        /^(nodes|node|edges|pageInfo|group|service|person|council|priority|apiKey|account)$/.test(f.name) &&
        rng.chance(0.5)
      ) {
        parts.push(`${f.name} ${selection(f.type, rng, depth + 1)}`);
      }
    }
  }
  return `{ ${parts.join(' ')} }`;
}

export function typeString(type: GraphQLInputType): string {
  return String(type);
}

/** Calls of every root field with one (or two) hostile arguments, as variables or literals. */
export function fieldCases(schema: GraphQLSchema, rng: Rng, pools: Pools, viewers: Viewer[], perField: number): Case[] {
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
          values[a.name] = hostileArgs.has(a.name)
            ? hostile(a.type, a.name, rng, pools, 0, field.name)
            : plausible(a.type, a.name, rng, pools, 0, field.name);
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
            query:
              `${op} Fuzz${decl.length ? `(${decl.join(', ')})` : ''} { ` +
              `${field.name}${call.length ? `(${call.join(', ')})` : ''} ${sel} }`,
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
        const shown = JSON.stringify(
          [...hostileArgs].map((n) => [n, values[n]]),
          (_k, v) => (typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length})` : v),
        );
        cases.push({
          label: `${op} ${field.name} ${asVariables ? 'vars' : 'literal'} ${shown.length > 300 ? `${shown.slice(0, 300)}…` : shown}`,
          viewer,
          body,
        });
      }
    }
  }
  return cases;
}
