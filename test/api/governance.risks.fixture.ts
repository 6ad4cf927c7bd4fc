/**
 * The people the risk, action and CSV tests sign in as, in a small organisation made for them: a
 * chief executive; a director of adult social care with two services (owners A and B); a plain
 * officer of service B; a risk manager; a risk owner (an officer of service A); a councillor; a
 * leaver; an administrator; an administrator of another council; a partner's API key.
 */
import { Council, Directorate, Person, Service, StaffRole } from '@goldenthread/db';
import { StaffRoleKind } from '@goldenthread/domain';
import type { Client, TestServer } from '../testkit/index.js';

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

export interface RiskViewers {
  councilId: string;
  councilDbId: number;
  otherCouncilId: string;
  domain: string;
  ids: {
    directorate: string;
    serviceA: string;
    serviceB: string;
    ownerA: string;
    riskOwner: string;
    plain: string;
    leaver: string;
    councillor: string;
    otherPerson: string;
  };
  emails: { ownerA: string; riskOwner: string; plain: string; leaver: string };
  admin: Client;
  riskManager: Client;
  ownerA: Client;
  ownerB: Client;
  director: Client;
  riskOwner: Client;
  plain: Client;
  councillor: Client;
  otherAdmin: Client;
  partnerKey: string;
}

export async function riskViewers(server: TestServer, gss = 'E06000001', otherGss = 'E06000002'): Promise<RiskViewers> {
  const em = server.em();
  const council = await em.findOneOrFail(Council, { gssCode: gss });
  const other = await em.findOneOrFail(Council, { gssCode: otherGss });
  const domain = `${gss.toLowerCase()}.risks.example`;
  const person = (name: string, extra: Record<string, unknown> = {}) =>
    em.create(Person, { council, name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@${domain}`, ...extra } as never);
  const chief = person('Chief Executive');
  const director = person('Director Adults', { lineManager: chief });
  const asc = em.create(Directorate, { council, name: 'Adult Social Care', code: 'ASC', director });
  const ownerA = person('Owner Reablement', { lineManager: director, directorate: asc });
  const ownerB = person('Owner Day Care', { lineManager: director, directorate: asc });
  const serviceA = em.create(Service, { council, directorate: asc, name: 'Reablement', accountableOwner: ownerA });
  const serviceB = em.create(Service, { council, directorate: asc, name: 'Day Care', accountableOwner: ownerB });
  const plain = person('Plain Officer', { lineManager: ownerB, service: serviceB });
  const riskOwner = person('Risk Owner', { lineManager: ownerA, service: serviceA });
  const manager = person('Risk Manager', { lineManager: chief });
  const leaver = person('Gone Officer', { lineManager: ownerA, leftOn: '2024-01-31' });
  const councillor = person('Cllr Rowan', { kind: 'COUNCILLOR' });
  const otherPerson = em.create(Person, { council: other, name: 'Other Officer', email: `other@${otherGss.toLowerCase()}.risks.example` });
  em.create(StaffRole, { council, person: manager, kind: StaffRoleKind.RISK_MANAGER, startsOn: '2020-01-01' });
  await em.flush();

  const admin = await server.adminOf(gss);
  const councilId = gid('Council', council.id);
  const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
    input: { councilId, name: 'Risk tests' },
  });
  return {
    councilId,
    councilDbId: council.id,
    otherCouncilId: gid('Council', other.id),
    domain,
    ids: {
      directorate: gid('Directorate', asc.id),
      serviceA: gid('Service', serviceA.id),
      serviceB: gid('Service', serviceB.id),
      ownerA: gid('Person', ownerA.id),
      riskOwner: gid('Person', riskOwner.id),
      plain: gid('Person', plain.id),
      leaver: gid('Person', leaver.id),
      councillor: gid('Person', councillor.id),
      otherPerson: gid('Person', otherPerson.id),
    },
    emails: { ownerA: ownerA.email!, riskOwner: riskOwner.email!, plain: plain.email!, leaver: leaver.email! },
    admin,
    riskManager: await server.signIn(manager.email!),
    ownerA: await server.signIn(ownerA.email!),
    ownerB: await server.signIn(ownerB.email!),
    director: await server.signIn(director.email!),
    riskOwner: await server.signIn(riskOwner.email!),
    plain: await server.signIn(plain.email!),
    councillor: await server.signIn(councillor.email!),
    otherAdmin: await server.adminOf(otherGss),
    partnerKey: key.data.createApiKey.secret,
  };
}
