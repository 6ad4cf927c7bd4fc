import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { AppraisalObjective, Council, Directorate, Person, PersonKind, Priority, PriorityLevel, Service } from '@goldenthread/db';
import type { TestServer } from '../testkit/index.js';
import { DEMO_PASSWORD } from './browser.js';
import { giveAccounts, GSS, open } from './governance.helpers.js';

// What the browser tests of stale versions in the cascade share (conflict-cascade, conflict-confirm): the demo council's
// places, two signed-in people, the API as each, and two browser contexts of one person on a page.
export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
export const C1 = 'Help people live independently at home for longer';

type Session = Awaited<ReturnType<TestServer['signIn']>>;

/** A GraphQL call as `as` that must not be refused, and one node's fields. */
export async function apiAs(as: Session, query: string, variables: Record<string, unknown> = {}) {
  const r = await as.gql(query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data;
}
export const nodeAs = async (as: Session, id: string, fields: string) =>
  (await apiAs(as, `query($id: ID!) { node(id: $id) { ${fields} } }`, { id })).node;

/**
 * The ASC director (`me`) and the line manager of an officer's 2024-25 appraisal objective that `appraisal`
 * accepts (`boss`), both signed in; where a directorate priority of the director's goes (under C1).
 */
export async function staleFixture(server: TestServer, appraisal: (a: AppraisalObjective) => boolean) {
  const em = server.em();
  const council = await em.findOneOrFail(Council, { gssCode: GSS });
  const c1 = await em.findOneOrFail(Priority, { council: council.id, name: C1, level: PriorityLevel.CORPORATE });
  const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
  const service = await em.findOneOrFail(Service, { council: council.id, directorate: asc.id }, { orderBy: { id: 'asc' } });
  const director = (await em.findOneOrFail(Person, { id: asc.director!.id })).email!;
  const people = new Map(
    (await em.find(Person, { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } })).map((p) => [p.id, p]),
  );
  const a = (await em.find(AppraisalObjective, { council: council.id, period: '2024-25' }, { orderBy: { id: 'asc' } })).find((x) => {
    const p = people.get(x.person.id);
    return p?.lineManager && people.has(p.lineManager.id) && appraisal(x);
  })!;
  const person = people.get(a.person.id)!;
  const manager = people.get(person.lineManager!.id)!.email!;
  await giveAccounts(server, director, manager);
  return {
    council,
    asc,
    director,
    manager,
    directorId: gid('Person', asc.director!.id),
    councilGid: gid('Council', council.id),
    serviceGid: gid('Service', service.id),
    placed: { level: 'DIRECTORATE', parentId: gid('Priority', c1.id), directorateId: gid('Directorate', asc.id), period: '2024-25' },
    appraisal: { id: gid('AppraisalObjective', a.id), name: a.name, person: gid('Person', person.id) },
    me: await server.signIn(director, { password: DEMO_PASSWORD }),
    boss: await server.signIn(manager, { password: DEMO_PASSWORD }),
  };
}

/** Two browser contexts of one person on the same page, each ready. */
export async function twoContexts(
  env: { server: TestServer; browser: Parameters<typeof open>[0] },
  path: string,
  who: string,
  ready: (page: Page) => Promise<void>,
  width = 1440,
) {
  const first = await open(env.browser, env.server, path, width, who);
  const second = await open(env.browser, env.server, path, width, who);
  await ready(first.page);
  await ready(second.page);
  return { first, second };
}

/** A confirmed step's conflict panel (ConfirmButton's `versioned`) naming `what`. */
export const panelOf = (page: Page, what: string) => page.getByRole('region', { name: `Someone else changed ${what} since you read it` });

/** The changes the panel lists, each as its words read (label, theirs, what I read). */
export async function changes(panel: Locator): Promise<string[]> {
  await panel.waitFor();
  const lines: string[] = [];
  for (const c of await panel.locator('.conflict__change').all()) {
    lines.push((await c.locator('> *').allTextContents()).join(' ').replace(/\s+/g, ' ').trim());
  }
  return lines;
}
