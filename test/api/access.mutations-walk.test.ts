import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, type IntrospectionInputTypeRef, type IntrospectionQuery, type IntrospectionType } from 'graphql';
import { PUBLIC_MUTATIONS } from '@goldenthread/api';
import { Council, type Em } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * Walks EVERY mutation of the schema, as introspection shows it (so mutations other features add
 * later are covered with no change here), with dummy variables aimed at the demo council's own
 * records, and shows that anonymous callers, partners and people of another council are refused
 * and that nothing changes.
 */

/** Mutations a person may make about themselves, whatever council they belong to. */
const SELF_SERVICE = new Set(['changePassword']);

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

type TypeMap = Map<string, IntrospectionType>;

function unwrap(ref: IntrospectionInputTypeRef): { name: string; nonNull: boolean; list: boolean } {
  let nonNull = false;
  let list = false;
  let r: any = ref;
  if (r.kind === 'NON_NULL') {
    nonNull = true;
    r = r.ofType;
  }
  if (r.kind === 'LIST') {
    list = true;
    r = r.ofType;
    while (r.kind === 'NON_NULL' || r.kind === 'LIST') r = r.ofType;
  }
  return { name: r.name, nonNull, list };
}

function typeRefString(ref: any): string {
  if (ref.kind === 'NON_NULL') return `${typeRefString(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeRefString(ref.ofType)}]`;
  return ref.name;
}

/** Which record type an id field points at: by its name, or for `id` by the mutation's noun. */
function idType(field: string, mutation: string, known: Set<string>): string {
  // The shortest known type matching a name (DecisionPower for "Power", Delegation for "Delegate").
  const closest = (test: (k: string) => boolean) => [...known].filter(test).sort((a, b) => a.length - b.length)[0];
  if (field === 'id' || field === 'parentId') {
    const noun = mutation.replace(/^[a-z]+(?:To(?=[A-Z]))?/, '');
    if (known.has(noun)) return noun;
    return closest((k) => k.startsWith(noun.slice(0, -1))) ?? 'Council';
  }
  const base = field.replace(/Ids?$/, '');
  const cap = base.charAt(0).toUpperCase() + base.slice(1);
  if (known.has(cap)) return cap;
  const suffixed = closest((k) => k.endsWith(cap));
  if (suffixed) return suffixed;
  if (/(manager|owner|director|to|person|by)$/i.test(base)) return 'Person';
  return 'Council';
}

function dummy(
  ref: IntrospectionInputTypeRef,
  field: string,
  mutation: string,
  types: TypeMap,
  ids: Map<string, number>,
  depth = 0,
): unknown {
  const { name, list } = unwrap(ref);
  const one = (): unknown => {
    const type = types.get(name)!;
    if (name === 'ID') {
      const t = idType(field, mutation, new Set(ids.keys()));
      return gid(t, ids.get(t) ?? ids.get('Council')!);
    }
    if (name === 'String') return /password/i.test(field) ? 'dummy-password-123' : /date|at$/i.test(field) ? '2030-01-01' : 'Dummy value';
    if (name === 'Int') return 1;
    if (name === 'Float') return 1;
    if (name === 'Boolean') return false;
    if (type.kind === 'ENUM') return type.enumValues[0]!.name;
    if (type.kind === 'INPUT_OBJECT' && depth < 4) {
      const out: Record<string, unknown> = {};
      for (const f of type.inputFields) {
        if (f.type.kind === 'NON_NULL' && f.defaultValue == null) out[f.name] = dummy(f.type, f.name, mutation, types, ids, depth + 1);
      }
      return out;
    }
    return 'Dummy value';
  };
  return list ? [one()] : one();
}

async function recordIds(em: Em, councilId: number): Promise<Map<string, number>> {
  const ids = new Map<string, number>([['Council', councilId]]);
  const all = Object.values(em.getMetadata().getAll());
  for (const meta of all) {
    if (meta.abstract || meta.embeddable || !meta.class || !meta.primaryKeys.includes('id')) continue;
    // A record of the council: directly, or through its parent (a milestone through its objective).
    let where: Record<string, unknown> | null = meta.properties.council ? { council: councilId } : null;
    if (!where) {
      const viaParent = Object.values(meta.properties).find(
        (p) => p.kind === 'm:1' && all.find((m) => m.className === p.type)?.properties.council,
      );
      if (viaParent) where = { [viaParent.name]: { council: councilId } };
    }
    if (!where) continue;
    const row = (await em.findOne(meta.className, where as never, { orderBy: { id: 'desc' } as never })) as { id: number } | null;
    if (row) ids.set(meta.className, row.id);
  }
  return ids;
}

async function tableCounts(em: Em): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const meta of Object.values(em.getMetadata().getAll())) {
    if (meta.abstract || meta.embeddable || !meta.class) continue;
    out[meta.className] = await em.count(meta.className, {});
  }
  return out;
}

describe.each(dialects())('every mutation refuses outsiders on %s', (dialect) => {
  let server: TestServer;
  let operations: Array<{ name: string; query: string; variables: Record<string, unknown> }>;
  let otherAdmin: Client;
  let partnerKey: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { organisations: [{ gssCode: 'E10000017', people: 40, services: 6 }] });
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: 'E10000029' });
    const suffolkAdmin = await server.adminOf('E10000029');
    partnerKey = (
      await suffolkAdmin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
        input: { councilId: gid('Council', suffolk.id), name: 'Walk' },
      })
    ).data.createApiKey.secret;
    otherAdmin = await server.adminOf('E10000017');
    const intro = await server.gql<IntrospectionQuery>(getIntrospectionQuery());
    const types: TypeMap = new Map(intro.data!.__schema.types.map((t) => [t.name, t]));
    const mutationType = types.get(intro.data!.__schema.mutationType!.name)!;
    if (mutationType.kind !== 'OBJECT') throw new Error('no mutation type');
    const ids = await recordIds(server.em(), suffolk.id);
    operations = mutationType.fields.map((f) => {
      const args = f.args.filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue == null);
      const decl = args.map((a) => `$${a.name}: ${typeRefString(a.type)}`).join(', ');
      const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const ret = unwrap(f.type as never);
      const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(types.get(ret.name)!.kind) ? ' { __typename }' : '';
      const variables = Object.fromEntries(args.map((a) => [a.name, dummy(a.type, a.name, f.name, types, ids)]));
      return { name: f.name, query: `mutation${decl ? `(${decl})` : ''} { ${f.name}${call ? `(${call})` : ''}${selection} }`, variables };
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('finds the mutations of every feature in the schema', () => {
    const names = operations.map((o) => o.name);
    expect(operations.length).toBeGreaterThanOrEqual(16);
    for (const known of ['createDirectorate', 'updateService', 'deletePerson', 'createApiKey', 'revokeApiKey', 'updateAccount'])
      expect(names).toContain(known);
  });

  it('refuses every mutation but the sign-in flow to anonymous callers with UNAUTHENTICATED, changing nothing', async () => {
    const before = await tableCounts(server.em());
    const wrong: string[] = [];
    for (const op of operations.filter((o) => !PUBLIC_MUTATIONS.has(o.name))) {
      const res = await server.gql(op.query, op.variables);
      const code = res.errors?.[0]?.extensions?.code;
      if (code !== 'UNAUTHENTICATED' || res.data) wrong.push(`${op.name}: ${code ?? 'accepted'} ${res.errors?.[0]?.message ?? ''}`);
    }
    expect(wrong).toEqual([]);
    expect(await tableCounts(server.em())).toEqual(before);
  });

  it('refuses every mutation but the sign-in flow to API keys with FORBIDDEN', async () => {
    const wrong: string[] = [];
    for (const op of operations.filter((o) => !PUBLIC_MUTATIONS.has(o.name))) {
      const res = await server.gql(op.query, op.variables, { 'x-api-key': partnerKey });
      const code = res.errors?.[0]?.extensions?.code;
      if (code !== 'FORBIDDEN' || res.data) wrong.push(`${op.name}: ${code ?? 'accepted'}`);
    }
    expect(wrong).toEqual([]);
  });

  it(
    "refuses an administrator of another council every mutation on the demo council's records with FORBIDDEN, changing " + 'nothing',
    async () => {
      const before = await tableCounts(server.em());
      const wrong: string[] = [];
      for (const op of operations.filter((o) => !PUBLIC_MUTATIONS.has(o.name) && !SELF_SERVICE.has(o.name))) {
        const res = await otherAdmin.gql(op.query, op.variables);
        const code = res.errors?.[0]?.extensions?.code;
        if (process.env.GT_WALK_DEBUG) console.log(op.name, code, res.errors?.[0]?.message);
        if (code !== 'FORBIDDEN') {
          wrong.push(
            `${op.name} answered ${code ?? 'with success'} (${res.errors?.[0]?.message ?? ''}): it must call ` +
              `ctx.access.requireWrite(...) before validating or changing anything; variables were ${JSON.stringify(op.variables)}`,
          );
        }
      }
      expect(wrong).toEqual([]);
      const after = await tableCounts(server.em());
      // Signing in wrote nothing during the walk; no table changed.
      expect(after).toEqual(before);
    },
  );
});
