import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComparatorGroup, Council } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

// Deleting a comparator group checks the version the caller read, as deleting an indicator or a target does
// (issue 16): a stale one is refused with CONFLICT and the stored version, and the group stays; left out, it is not checked.
const CREATE = `mutation($i: CreateComparatorGroupInput!) { createComparatorGroup(input: $i) { group { id version } } }`;
const UPDATE = `mutation($i: UpdateComparatorGroupInput!) { updateComparatorGroup(input: $i) { group { id version } } }`;
const DELETE = `mutation($id: ID!, $v: Int) { deleteComparatorGroup(id: $id, version: $v) { deletedId } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on ComparatorGroup { name version } } }`;

describe.each(dialects())('deleting a comparator group at the version read, on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let councilId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: 'E10000029' }, { populate: ['miResponsible'] });
    admin = await server.signIn(suffolk.miResponsible!.getEntity().email!, { admin: true });
    councilId = (await admin.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const create = async (name: string): Promise<{ id: string; version: number }> => {
    const r = await admin.gql(CREATE, { i: { councilId, name, memberIds: [councilId] } });
    expect(r.errors).toBeUndefined();
    return r.data.createComparatorGroup.group;
  };
  const stored = async (id: string) => (await admin.gql(READ, { id })).data.node;

  it('refuses a stale version with CONFLICT and the stored version, keeps the group, and deletes at the stored one', async () => {
    const read = await create('Nearest neighbours');
    // Someone renames it after it was read.
    const renamed = await admin.gql(UPDATE, { i: { id: read.id, version: read.version, name: 'Statistical neighbours' } });
    expect(renamed.errors).toBeUndefined();
    const now = renamed.data.updateComparatorGroup.group.version;
    expect(now).toBeGreaterThan(read.version);

    const stale = await admin.gql(DELETE, { id: read.id, v: read.version });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(now);
    expect(stale.errors![0]!.message).toMatch(/Comparator group 'Statistical neighbours' was changed by someone else/);
    expect(await stored(read.id)).toEqual({ name: 'Statistical neighbours', version: now });

    const done = await admin.gql(DELETE, { id: read.id, v: now });
    expect(done.errors).toBeUndefined();
    expect(done.data.deleteComparatorGroup.deletedId).toBe(read.id);
    expect(await stored(read.id)).toBeNull();
    expect(await server.em().fork().count(ComparatorGroup, { name: 'Statistical neighbours' })).toBe(0);
  });

  it('deletes without a version as before (existing callers), checking nothing', async () => {
    const g = await create('Coastal counties');
    await admin.gql(UPDATE, { i: { id: g.id, version: g.version, description: 'By the sea' } });
    const r = await admin.gql(`mutation($id: ID!) { deleteComparatorGroup(id: $id) { deletedId } }`, { id: g.id });
    expect(r.errors).toBeUndefined();
    expect(await stored(g.id)).toBeNull();
  });
});
