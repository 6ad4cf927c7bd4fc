import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

// Who answers for an indicator is a versioned record like the others: setIndicatorOwnership with a stale version
// (or 0, "there was none", once someone has named them) is refused with CONFLICT and the stored version, changing nothing.
const SET =
  `mutation($i: SetOwnershipInput!) { setIndicatorOwnership(input: $i) { ownership { id version dataOwner { id } ` +
  `responsibleManager { id } } } }`;
const READ = `query($i: ID!, $c: ID!) { indicator(id: $i) { ownership(councilId: $c) { version dataOwner { id } } } }`;

describe.each(dialects())('who answers for an indicator, at the version read, on %s', (dialect) => {
  let server: TestServer;
  let officer: Client;
  let councilId: string;
  let indicatorId: string;
  let people: string[];

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: 'E10000029' }, { populate: ['miResponsible'] });
    officer = await server.signIn(suffolk.miResponsible!.getEntity().email!, { admin: true });
    const res = await officer.gql(
      `{ council(gssCode: "E10000029") { id people(first: 3, kind: OFFICER) { nodes { id } } } ` +
        `indicator(framework: ASCOF, code: "1B") { id } }`,
    );
    councilId = res.data.council.id;
    indicatorId = res.data.indicator.id;
    people = res.data.council.people.nodes.map((p: { id: string }) => p.id);
  });
  afterAll(async () => {
    await server?.close();
  });

  const set = (dataOwnerId: string, version?: number) =>
    officer.gql(SET, { i: { councilId, indicatorId, dataOwnerId, ...(version === undefined ? {} : { version }) } });
  const stored = async () => (await officer.gql(READ, { i: indicatorId, c: councilId })).data.indicator.ownership;

  it('refuses a stale version with CONFLICT and the stored version, and saves at the stored one', async () => {
    const before = await stored();
    const read = before?.version ?? 0;
    const first = await set(people[0]!, read);
    expect(first.errors).toBeUndefined();
    const now = first.data.setIndicatorOwnership.ownership.version;
    expect(now).toBeGreaterThan(read);

    // Someone who read the same version saves after them: refused, nothing changed.
    const stale = await set(people[1]!, read);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(now);
    expect(stale.errors![0]!.message).toMatch(/was changed by someone else/);
    expect(await stored()).toEqual({ version: now, dataOwner: { id: people[0] } });

    // Keeping theirs... or mine: at the stored version it saves.
    const kept = await set(people[1]!, now);
    expect(kept.errors).toBeUndefined();
    expect(kept.data.setIndicatorOwnership.ownership).toMatchObject({ version: now + 1, dataOwner: { id: people[1] } });
  });

  it('refuses 0 ("there was none") once someone has named them, and checks nothing when no version is sent', async () => {
    const now = (await stored()).version;
    const none = await set(people[2]!, 0);
    expect(errorCode(none)).toBe('CONFLICT');
    expect((await stored()).dataOwner).toEqual({ id: people[1] });
    const unchecked = await set(people[2]!);
    expect(unchecked.errors).toBeUndefined();
    expect(unchecked.data.setIndicatorOwnership.ownership).toMatchObject({ version: now + 1, dataOwner: { id: people[2] } });
  });
});
