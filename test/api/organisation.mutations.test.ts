import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Directorate, Person, Service } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe.each(dialects())('organisation mutations on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let councilId: string;
  let otherCouncilId: string;

  const createDirectorate = (input: Record<string, unknown>) =>
    admin.gql(
      `mutation($input: CreateDirectorateInput!) { createDirectorate(input: $input) { directorate { id name code version council { ` +
        `gssCode } } } }`,
      { input },
    );
  const createService = (input: Record<string, unknown>) =>
    admin.gql(
      `mutation($input: CreateServiceInput!) { createService(input: $input) { service { id name kind version parent { id } directorate { ` +
        `id } } } }`,
      { input },
    );
  const updateService = (input: Record<string, unknown>) =>
    admin.gql(
      `mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { id name version parent { id name } directorate { ` +
        `id } } } }`,
      { input },
    );
  const createPerson = (input: Record<string, unknown>) =>
    admin.gql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id name email version lineManager { id } ` +
        `directorate { id } service { id } } } }`,
      { input },
    );
  const updatePerson = (input: Record<string, unknown>) =>
    admin.gql(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { id name version lineManager { id name } } } }`,
      { input },
    );

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    admin = await server.adminOf('E06000001');
    councilId = (await admin.gql(`{ council(gssCode: "E06000001") { id } }`)).data.council.id;
    otherCouncilId = (await admin.gql(`{ council(gssCode: "E06000002") { id } }`)).data.council.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('creates, renames and reads back a directorate with its version', async () => {
    const created = await createDirectorate({ councilId, name: '  Adult Social Care ', code: 'ASC' });
    expect(created.errors).toBeUndefined();
    const d = created.data.createDirectorate.directorate;
    expect(d).toMatchObject({ name: 'Adult Social Care', code: 'ASC', version: 1, council: { gssCode: 'E06000001' } });
    const renamed = await admin.gql(
      `mutation($input: UpdateDirectorateInput!) { updateDirectorate(input: $input) { directorate { name version } } }`,
      { input: { id: d.id, version: 1, name: 'Adults and Health' } },
    );
    expect(renamed.data.updateDirectorate.directorate).toEqual({ name: 'Adults and Health', version: 2 });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const d = (await createDirectorate({ councilId, name: 'Resources' })).data.createDirectorate.directorate;
    const first = await admin.gql(
      `mutation($input: UpdateDirectorateInput!) { updateDirectorate(input: $input) { directorate { version } } }`,
      { input: { id: d.id, version: 1, name: 'Resources and Finance' } },
    );
    expect(first.data.updateDirectorate.directorate.version).toBe(2);
    const stale = await admin.gql(
      `mutation($input: UpdateDirectorateInput!) { updateDirectorate(input: $input) { directorate { version } } }`,
      { input: { id: d.id, version: 1, name: 'Corporate Resources' } },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.message).toContain('version 2');
    const row = await server.em().findOneOrFail(Directorate, { name: 'Resources and Finance' });
    expect(row.version).toBe(2);
  });

  it('answers unknown ids with NOT_FOUND', async () => {
    const res = await admin.gql(`mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { id } } }`, {
      input: { id: gid('Service', 987654), version: 1, name: 'x' },
    });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(res.errors![0]!.message).toContain('Service');
    const del = await admin.gql(`mutation($id: ID!) { deletePerson(id: $id) { deletedIds } }`, { id: gid('Person', 987654) });
    expect(errorCode(del)).toBe('NOT_FOUND');
    const missingCouncil = await createDirectorate({ councilId: gid('Council', 987654), name: 'X' });
    expect(errorCode(missingCouncil)).toBe('NOT_FOUND');
  });

  it('answers empty names and bad e-mail addresses with BAD_USER_INPUT naming the field', async () => {
    const empty = await createDirectorate({ councilId, name: '   ' });
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors![0]!.extensions!.field).toBe('name');
    const email = await createPerson({ councilId, name: 'Ann Lee', email: 'ann.lee@' });
    expect(errorCode(email)).toBe('BAD_USER_INPUT');
    expect(email.errors![0]!.extensions!.field).toBe('email');
    expect(email.errors![0]!.message).toContain('ann.lee@');
    const count = await server.em().count(Person, { name: 'Ann Lee' });
    expect(count).toBe(0);
  });

  it('refuses duplicate e-mails within a council and cross-council references', async () => {
    const a = await createPerson({ councilId, name: 'Priya Shah', email: 'Priya.Shah@hartlepool.gov.uk' });
    expect(a.data.createPerson.person.email).toBe('priya.shah@hartlepool.gov.uk');
    const dup = await createPerson({ councilId, name: 'P. Shah', email: 'priya.shah@hartlepool.gov.uk' });
    expect(errorCode(dup)).toBe('BAD_USER_INPUT');
    expect(dup.errors![0]!.message).toContain('Priya Shah');
    // An administrator of the other council cannot point at Hartlepool's people.
    const adminB = await server.adminOf('E06000002');
    const elsewhere = await adminB.gql(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`, {
      input: { councilId: otherCouncilId, name: 'Tom Hart', lineManagerId: a.data.createPerson.person.id },
    });
    expect(errorCode(elsewhere)).toBe('BAD_USER_INPUT');
    expect(elsewhere.errors![0]!.extensions!.field).toBe('lineManagerId');
    expect(elsewhere.errors![0]!.message).toContain('no Person with id');
  });

  it('nests services and refuses moving one under its own descendant, naming both', async () => {
    const dir = (await createDirectorate({ councilId, name: "Children's Services" })).data.createDirectorate.directorate;
    const svc = (await createService({ directorateId: dir.id, name: 'Safeguarding' })).data.createService.service;
    expect(svc.kind).toBe('SERVICE');
    const team = (await createService({ directorateId: dir.id, parentId: svc.id, name: 'North Team' })).data.createService.service;
    expect(team).toMatchObject({ kind: 'TEAM', parent: { id: svc.id } });
    const sub = (await createService({ directorateId: dir.id, parentId: team.id, name: 'Duty Desk' })).data.createService.service;
    const loop = await updateService({ id: svc.id, version: svc.version, parentId: sub.id });
    expect(errorCode(loop)).toBe('BAD_USER_INPUT');
    expect(loop.errors![0]!.message).toContain("'Safeguarding'");
    expect(loop.errors![0]!.message).toContain("'Duty Desk'");
    const self = await updateService({ id: svc.id, version: svc.version, parentId: svc.id });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    const row = await server.em().findOneOrFail(Service, { name: 'Safeguarding' });
    expect(row.parent).toBeNull();
    // A legal move: the duty desk goes up a level.
    const moved = await updateService({ id: sub.id, version: sub.version, parentId: svc.id });
    expect(moved.data.updateService.service.parent.name).toBe('Safeguarding');
  });

  it('refuses a line-management loop, naming both people', async () => {
    const boss = (await createPerson({ councilId, name: 'Grace Okafor' })).data.createPerson.person;
    const mid = (await createPerson({ councilId, name: 'Liam Byrne', lineManagerId: boss.id })).data.createPerson.person;
    const junior = (await createPerson({ councilId, name: 'Chloe Ward', lineManagerId: mid.id })).data.createPerson.person;
    const loop = await updatePerson({ id: boss.id, version: boss.version, lineManagerId: junior.id });
    expect(errorCode(loop)).toBe('BAD_USER_INPUT');
    expect(loop.errors![0]!.message).toContain('Chloe Ward');
    expect(loop.errors![0]!.message).toContain('Grace Okafor');
    const self = await updatePerson({ id: mid.id, version: mid.version, lineManagerId: mid.id });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    const row = await server.em().findOneOrFail(Person, { name: 'Grace Okafor' });
    expect(row.lineManager).toBeNull();
  });

  it('refuses deleting a service with teams or people unless cascade, then leaves no orphans', async () => {
    const dir = (await createDirectorate({ councilId, name: 'Public Health' })).data.createDirectorate.directorate;
    const svc = (await createService({ directorateId: dir.id, name: 'Sexual Health' })).data.createService.service;
    const team = (await createService({ directorateId: dir.id, parentId: svc.id, name: 'Clinic Team' })).data.createService.service;
    const nurse = (await createPerson({ councilId, name: 'Ruth Evans', serviceId: team.id })).data.createPerson.person;
    expect(nurse.directorate.id).toBe(dir.id);
    const refused = await admin.gql(`mutation($id: ID!) { deleteService(id: $id) { deletedIds } }`, { id: svc.id });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toContain('Clinic Team');
    expect(refused.errors![0]!.message).toContain('cascade');
    expect(await server.em().count(Service, { directorate: { name: 'Public Health' } })).toBe(2);
    const done = await admin.gql(`mutation($id: ID!) { deleteService(id: $id, cascade: true) { deletedIds peopleChanged message } }`, {
      id: svc.id,
    });
    expect(done.errors).toBeUndefined();
    expect(done.data.deleteService.deletedIds.sort()).toEqual([svc.id, team.id].sort());
    expect(done.data.deleteService.peopleChanged).toBe(1);
    const ruth = await server.em().findOneOrFail(Person, { name: 'Ruth Evans' });
    expect(ruth.service).toBeNull();
    expect(await server.em().count(Service, { name: { $in: ['Sexual Health', 'Clinic Team'] } })).toBe(0);
  });

  it('refuses deleting a directorate with services unless cascade', async () => {
    const dir = (await createDirectorate({ councilId, name: 'Place' })).data.createDirectorate.directorate;
    await createService({ directorateId: dir.id, name: 'Libraries' });
    const refused = await admin.gql(`mutation($id: ID!) { deleteDirectorate(id: $id) { deletedIds } }`, { id: dir.id });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toContain('Libraries');
    const done = await admin.gql(`mutation($id: ID!) { deleteDirectorate(id: $id, cascade: true) { deletedIds } }`, { id: dir.id });
    expect(done.data.deleteDirectorate.deletedIds).toHaveLength(2);
    expect(await server.em().count(Directorate, { name: 'Place' })).toBe(0);
  });

  it('refuses deleting a manager with reports until someone takes them on, and an accountable owner', async () => {
    const head = (await createPerson({ councilId, name: 'Sam Patel' })).data.createPerson.person;
    const a = (await createPerson({ councilId, name: 'Amy Cole', lineManagerId: head.id })).data.createPerson.person;
    const b = (await createPerson({ councilId, name: 'Ben Dunn', lineManagerId: head.id })).data.createPerson.person;
    const refused = await admin.gql(`mutation($id: ID!) { deletePerson(id: $id) { deletedIds } }`, { id: head.id });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0]!.message).toMatch(/Amy Cole|Ben Dunn/);
    const done = await admin.gql(
      `mutation($id: ID!, $to: ID) { deletePerson(id: $id, reassignReportsToId: $to) { deletedIds peopleChanged } }`,
      { id: head.id, to: a.id },
    );
    expect(done.errors).toBeUndefined();
    const ben = await admin.gql(`query($id: ID!) { person(id: $id) { lineManager { name } } }`, { id: b.id });
    expect(ben.data.person.lineManager.name).toBe('Amy Cole');
    const amy = await admin.gql(`query($id: ID!) { person(id: $id) { lineManager { name } } }`, { id: a.id });
    expect(amy.data.person.lineManager).toBeNull();

    const dir = (await createDirectorate({ councilId, name: 'Housing' })).data.createDirectorate.directorate;
    await createService({ directorateId: dir.id, name: 'Homelessness', accountableOwnerId: a.id });
    const owner = await admin.gql(`mutation($id: ID!) { deletePerson(id: $id) { deletedIds } }`, { id: a.id });
    expect(errorCode(owner)).toBe('CONFLICT');
    expect(owner.errors![0]!.message).toContain('Homelessness');
    expect(await server.em().count(Person, { name: 'Amy Cole' })).toBe(1);
  });

  it('moves a service with its teams to another directorate', async () => {
    const from = (await createDirectorate({ councilId, name: 'Adults A' })).data.createDirectorate.directorate;
    const to = (await createDirectorate({ councilId, name: 'Adults B' })).data.createDirectorate.directorate;
    const svc = (await createService({ directorateId: from.id, name: 'Reablement' })).data.createService.service;
    await createService({ directorateId: from.id, parentId: svc.id, name: 'Reablement East' });
    const moved = await updateService({ id: svc.id, version: svc.version, directorateId: to.id });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateService.service.directorate.id).toBe(to.id);
    const team = await server.em().findOneOrFail(Service, { name: 'Reablement East' });
    expect(team.directorate.id).toBe(Number(Buffer.from(to.id, 'base64url').toString().split(':')[1]));
  });
});
