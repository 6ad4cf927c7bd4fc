/**
 * The people the Best Value and complaints tests sign in as, in a small organisation made for them
 * (so each viewer's standing is known exactly): a chief executive; a director of adult social care;
 * the accountable owners of two services of it; a plain officer of the second service; a complaints
 * officer; three councillors (one on the Best Value panel, one on the complaints panel); an
 * administrator; an administrator of another council; a partner's API key.
 */
import { Council, CouncillorRole, CouncillorRoleKind, Directorate, Person, PersonKind, Service, StaffRole } from '@goldenthread/db';
import { StaffRoleKind } from '@goldenthread/domain';
import type { Client, TestServer } from '../testkit/index.js';

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

export interface GovernanceViewers {
  councilId: string;
  otherCouncilId: string;
  /** Global ids. */
  ids: {
    directorate: string;
    serviceA: string;
    serviceB: string;
    councillors: string[];
    ownerA: string;
    plain: string;
    otherPerson: string;
  };
  admin: Client;
  ownerA: Client;
  ownerB: Client;
  director: Client;
  plain: Client;
  complaintsOfficer: Client;
  /** councillors[0] is on the complaints panel, councillors[1] on the Best Value panel, councillors[2] on neither. */
  councillors: Client[];
  otherAdmin: Client;
  partnerKey: string;
}

export async function governanceViewers(server: TestServer, gss = 'E06000001', otherGss = 'E06000002'): Promise<GovernanceViewers> {
  const em = server.em();
  const council = await em.findOneOrFail(Council, { gssCode: gss });
  const other = await em.findOneOrFail(Council, { gssCode: otherGss });
  const domain = `${gss.toLowerCase()}.gov.example`;
  const person = (name: string, extra: Partial<Person> = {}) =>
    em.create(Person, { council, name, email: `${name.toLowerCase().replace(/\W+/g, '.')}@${domain}`, ...extra } as never);
  const chief = person('Chief Executive');
  const director = person('Director Adults', { lineManager: chief } as never);
  const asc = em.create(Directorate, { council, name: 'Adult Social Care', code: 'ASC', director });
  const ownerA = person('Owner Reablement', { lineManager: director, directorate: asc } as never);
  const ownerB = person('Owner Day Care', { lineManager: director, directorate: asc } as never);
  const serviceA = em.create(Service, { council, directorate: asc, name: 'Reablement', accountableOwner: ownerA });
  const serviceB = em.create(Service, { council, directorate: asc, name: 'Day Care', accountableOwner: ownerB });
  const plain = person('Plain Officer', { lineManager: ownerB, service: serviceB } as never);
  const officer = person('Complaints Officer', { lineManager: chief } as never);
  const councillors = ['Cllr Ash', 'Cllr Birch', 'Cllr Cedar'].map((n) => person(n, { kind: PersonKind.COUNCILLOR } as never));
  const otherPerson = em.create(Person, { council: other, name: 'Other Councillor', kind: PersonKind.COUNCILLOR });
  em.create(StaffRole, { council, person: officer, kind: StaffRoleKind.COMPLAINTS_OFFICER, startsOn: '2020-01-01' });
  em.create(CouncillorRole, { council, person: councillors[0]!, role: CouncillorRoleKind.COMPLAINTS_PANEL, startsOn: '2020-01-01' });
  em.create(CouncillorRole, { council, person: councillors[1]!, role: CouncillorRoleKind.BEST_VALUE_PANEL, startsOn: '2020-01-01' });
  await em.flush();

  const admin = await server.adminOf(gss);
  const councilId = gid('Council', council.id);
  const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
    input: { councilId, name: 'Governance tests' },
  });
  return {
    councilId,
    otherCouncilId: gid('Council', other.id),
    ids: {
      directorate: gid('Directorate', asc.id),
      serviceA: gid('Service', serviceA.id),
      serviceB: gid('Service', serviceB.id),
      councillors: councillors.map((c) => gid('Person', c.id)),
      ownerA: gid('Person', ownerA.id),
      plain: gid('Person', plain.id),
      otherPerson: gid('Person', otherPerson.id),
    },
    admin,
    ownerA: await server.signIn(ownerA.email!),
    ownerB: await server.signIn(ownerB.email!),
    director: await server.signIn(director.email!),
    plain: await server.signIn(plain.email!),
    complaintsOfficer: await server.signIn(officer.email!),
    councillors: await Promise.all(councillors.map((c) => server.signIn(c.email!))),
    otherAdmin: await server.adminOf(otherGss),
    partnerKey: key.data.createApiKey.secret,
  };
}
