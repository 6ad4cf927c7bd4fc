import { Council, IndicatorOwnership, Person } from '@goldenthread/db';
import type { Client, TestServer } from '../testkit/index.js';

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

/**
 * The people of a council's figure steps (the bulk-step tests): its MI-responsible manager and the first data owner
 * who is not them, both signed in, with the indicators that owner answers for and every ownership of the council.
 */
export async function stepPeople(server: TestServer, gss: string) {
  const em = server.em();
  const council = await em.findOneOrFail(Council, { gssCode: gss }, { populate: ['miResponsible'] });
  const ownerships = await em.find(IndicatorOwnership, { council: council.id, dataOwner: { $ne: null } }, { orderBy: { id: 'asc' } });
  const ownerId = ownerships.find((o) => o.dataOwner!.id !== council.miResponsible!.id)!.dataOwner!.id;
  const owned = new Set(ownerships.filter((o) => o.dataOwner!.id === ownerId).map((o) => gid('Indicator', o.indicator.id)));
  const mi: Client = await server.signIn(council.miResponsible!.getEntity().email!);
  const owner: Client = await server.signIn((await em.findOneOrFail(Person, ownerId)).email!);
  return { council, councilId: gid('Council', council.id), ownerships, owned, mi, owner };
}
