import { describe, expect, it } from 'vitest';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import { axeViolations } from './axe.js';
import { DEMO_PASSWORD, screenshot, scrollTo } from './browser.js';
import { ADMIN, demoServer, expectNoSidewaysScroll, GSS, open, unexpected } from './governance.helpers.js';

// An administrator clears an UNOWNED_SERVICE finding from the explorer's side panel by making someone
// the service's accountable owner (confirmed first), and the server's findings no longer name it; an
// ordinary officer sees the same service with no button. Directorates (added on the council, renamed, deleted),
// people (added to a directorate, deleted) and the MI-responsible manager are changed there too, each delete asked
// first; the officer sees none of those buttons.
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const FINDINGS = `query($c: ID!) { accountabilityFindings(councilId: $c) { code nodes { id } } }`;

describe('web app: editing the organisation in place', () => {
  const env = demoServer();

  async function unowned() {
    const em = env.server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    const service = await em.findOneOrFail(Service, { council: council.id, accountableOwner: null }, { orderBy: { id: 'asc' } });
    return { council, service, id: gid('Service', service.id) };
  }

  it('offers an ordinary officer no owner button and no edit of a record', async () => {
    const { council, id } = await unowned();
    const em = env.server.em();
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    const officer = people.find((p) => !managers.has(p.id) && !owners.has(p.id) && p.email !== ADMIN)!;
    await env.server.signIn(officer.email!, { password: DEMO_PASSWORD });
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/explorer/${id}`, 390, officer.email!);
    const panel = page.locator('aside.details');
    await panel.getByText(/Nobody answers for this/).waitFor();
    await page.waitForLoadState('networkidle');
    for (const name of ['Make owner', 'Change owner']) expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    // Nor on a colleague's record.
    const colleague = people.find((p) => p.id !== officer.id && p.lineManager?.id !== officer.id)!;
    await page.goto(`${env.server.url}/councils/${GSS}/explorer/${gid('Person', colleague.id)}`);
    await panel.getByRole('heading', { level: 2, name: colleague.name }).waitFor();
    await panel.getByText('Line manager chain').waitFor();
    await page.waitForLoadState('networkidle');
    for (const name of ['Edit record', 'Record leaving', 'Delete person'])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    // Nor on the council or a directorate.
    await page.goto(`${env.server.url}/councils/${GSS}/explorer/${gid('Council', council.id)}`);
    await panel.getByText('Responsible for management information').waitFor();
    await page.waitForLoadState('networkidle');
    for (const name of ['Add a directorate', 'Change who is responsible', 'Name who is responsible'])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    const directorate = await em.findOneOrFail(Directorate, { council: council.id }, { orderBy: { id: 'asc' } });
    await page.goto(`${env.server.url}/councils/${GSS}/explorer/${gid('Directorate', directorate.id)}`);
    await panel.getByRole('heading', { level: 3, name: 'Director', exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    for (const name of ['Rename', 'Add a service', 'Add a person', `Delete ${directorate.name}`])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    expect(await axeViolations(page, { include: 'aside.details' })).toEqual([]);
    await screenshot(page, 'organisation-owner-officer-390');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator make someone the owner of an unowned service, and the finding goes', async () => {
    const { council, service, id } = await unowned();
    const admin = await env.server.signIn(ADMIN, { password: DEMO_PASSWORD });
    const councilId = gid('Council', council.id);
    const named = async () =>
      (await admin.gql(FINDINGS, { c: councilId })).data.accountabilityFindings.filter(
        (f: any) => f.code === 'UNOWNED_SERVICE' && f.nodes.some((n: any) => n.id === id),
      ).length;
    expect(await named()).toBe(1);

    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/explorer/${id}`, 1440, ADMIN);
    const panel = page.locator('aside.details');
    await panel.getByRole('heading', { level: 2, name: service.name }).waitFor();
    await panel.getByText(/Nobody answers for this/).waitFor();
    await panel.getByRole('button', { name: 'Make owner' }).click();
    const form = page.getByRole('form', { name: `Accountable owner of ${service.name}` });
    const select = form.getByLabel('Accountable owner', { exact: true });
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(10);
    const em = env.server.em();
    const owner = await em.findOneOrFail(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, leftOn: null, jobTitle: { $like: '%Manager%' } },
      { orderBy: { id: 'asc' } },
    );
    // Found by typing, chosen from the keyboard.
    await form.getByLabel('Search: accountable owner').fill(owner.name);
    await expect.poll(() => select.inputValue()).toBe(gid('Person', owner.id));
    await form.getByRole('button', { name: 'Make owner' }).click();
    await form.getByText(new RegExp(`Make ${owner.name} the one person who answers`)).waitFor();
    expect(await axeViolations(page, { include: 'aside.details' })).toEqual([]);
    await screenshot(page, 'organisation-owner-confirm-1440');
    await form.getByRole('button', { name: 'Yes, make them owner' }).press('Enter');
    await panel.getByText(`${owner.name} now answers for ${service.name}.`).waitFor();
    await panel.getByRole('button', { name: 'Change owner' }).waitFor();
    expect(await panel.getByText(/Nobody answers for this/).count()).toBe(0);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page, { include: 'aside.details' })).toEqual([]);
    await screenshot(page, 'organisation-owner-set-1440');

    // The server agrees: the service has its owner and the finding is gone.
    expect(await named()).toBe(0);
    const row = await env.server.em().findOneOrFail(Service, { id: service.id });
    expect(row.accountableOwner?.id).toBe(owner.id);

    await page.setViewportSize({ width: 390, height: 844 });
    await scrollTo(panel.getByRole('button', { name: 'Change owner' }));
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'organisation-owner-set-390');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it("lets an administrator change a person's job title and line manager, and refuses a loop on its field", async () => {
    const em = env.server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    const people = await em.find(Person, { council: council.id, kind: PersonKind.OFFICER }, { orderBy: { id: 'desc' } });
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const person = people.find((p) => !managers.has(p.id) && p.lineManager && p.email !== ADMIN)!;
    const manager = people.find((p) => managers.has(p.id) && p.id !== person.lineManager!.id && p.id !== person.id)!;
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/explorer/${gid('Person', person.id)}`, 1440, ADMIN);
    const panel = page.locator('aside.details');
    await panel.getByRole('heading', { level: 2, name: person.name }).waitFor();
    await panel.getByRole('button', { name: 'Edit record' }).click();
    const form = page.getByRole('form', { name: `Edit ${person.name}’s record` });
    await form.getByLabel('Job title').fill('Senior Practitioner');
    const line = form.getByLabel('Line manager', { exact: true });
    await expect.poll(() => line.locator('option').count()).toBeGreaterThan(10);
    await form.getByLabel('Search: line manager').fill(manager.name);
    await expect.poll(() => line.inputValue()).toBe(gid('Person', manager.id));
    await form.getByLabel('Job title').press('Enter');
    await panel.getByText(`${person.name}’s record is saved.`).waitFor();
    await panel.getByText('Senior Practitioner').first().waitFor();
    expect(await axeViolations(page, { include: 'aside.details' })).toEqual([]);
    await screenshot(page, 'organisation-person-saved-1440');
    const row = await env.server.em().findOneOrFail(Person, { id: person.id });
    expect(row.jobTitle).toBe('Senior Practitioner');
    expect(row.lineManager?.id).toBe(manager.id);

    // The manager now: making the person their line manager would be a loop, refused on the field.
    await page.goto(`${env.server.url}/councils/${GSS}/explorer/${gid('Person', manager.id)}`);
    await panel.getByRole('heading', { level: 2, name: manager.name }).waitFor();
    await panel.getByRole('button', { name: 'Edit record' }).click();
    const back = page.getByRole('form', { name: `Edit ${manager.name}’s record` });
    const theirs = back.getByLabel('Line manager', { exact: true });
    await expect.poll(() => theirs.locator('option').count()).toBeGreaterThan(10);
    await theirs.selectOption(gid('Person', person.id));
    await back.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => theirs.getAttribute('aria-invalid')).toBe('true');
    await back
      .locator('.field__error')
      .filter({ hasText: /would create a loop/ })
      .waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await scrollTo(back.locator('.field__error').first());
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'organisation-person-loop-390');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator add a team and delete it again, and shows the refusal to delete a service with teams', async () => {
    const em = env.server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    const services = await em.find(Service, { council: council.id }, { orderBy: { id: 'asc' } });
    const parent = services.find((s) => !s.parent && services.some((t) => t.parent?.id === s.id))!;
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/explorer/${gid('Service', parent.id)}`, 1440, ADMIN);
    const panel = page.locator('aside.details');
    await panel.getByRole('heading', { level: 2, name: parent.name }).waitFor();
    await panel.getByRole('button', { name: 'Delete' }).click();
    await panel
      .getByRole('group', { name: `Confirm: delete ${parent.name}` })
      .getByRole('button', { name: 'Yes, delete it' })
      .click();
    await panel
      .getByRole('alert')
      .filter({ hasText: /Cannot delete service .* it still has/ })
      .waitFor();

    await panel.getByRole('button', { name: 'Add a team' }).click();
    const form = page.getByRole('form', { name: `A team in ${parent.name}` });
    await form.getByLabel('Team name').fill('Night Visits');
    await form.getByLabel('Team name').press('Enter');
    await panel.getByText(`Added Night Visits to ${parent.name}.`).waitFor();
    const team = await env.server.em().findOneOrFail(Service, { council: council.id, name: 'Night Visits' });
    expect(team.parent?.id).toBe(parent.id);

    await page.goto(`${env.server.url}/councils/${GSS}/explorer/${gid('Service', team.id)}`);
    await panel.getByRole('heading', { level: 2, name: 'Night Visits' }).waitFor();
    await panel.getByRole('button', { name: 'Delete' }).click();
    const sure = panel.getByRole('group', { name: 'Confirm: delete Night Visits' });
    await expect.poll(() => sure.getByRole('button', { name: 'Yes, delete it' }).evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await axeViolations(page, { include: 'aside.details' })).toEqual([]);
    await page.keyboard.press('Enter');
    await panel.getByText('This no longer exists.').waitFor();
    expect(await env.server.em().findOne(Service, { id: team.id })).toBeNull();
    await screenshot(page, 'organisation-team-deleted-1440');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator add, rename and delete a directorate, add a person to it and delete them, and name the MI lead', async () => {
    const em = env.server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS }, { populate: ['miResponsible'] });
    const councilPath = `/councils/${GSS}/explorer/${gid('Council', council.id)}`;
    const { page, errors } = await open(env.browser, env.server, councilPath, 1440, ADMIN);
    const panel = page.locator('aside.details');
    await panel.getByRole('heading', { level: 2, name: council.name }).waitFor();
    await panel.getByRole('button', { name: 'Add a directorate' }).click();
    const add = page.getByRole('form', { name: 'A new directorate' });
    await add.getByLabel('Directorate name').fill('Community Resilience');
    await add.getByLabel('Code').fill('CR');
    await add.getByRole('button', { name: 'Add the directorate' }).click();
    await panel.getByText('Added the directorate Community Resilience.').waitFor();
    const made = await env.server.em().findOneOrFail(Directorate, { council: council.id, name: 'Community Resilience' });
    expect(made.code).toBe('CR');

    await page.goto(`${env.server.url}/councils/${GSS}/explorer/${gid('Directorate', made.id)}`);
    await panel.getByRole('heading', { level: 2, name: 'Community Resilience' }).waitFor();
    await panel.getByRole('button', { name: 'Rename' }).click();
    const rename = page.getByRole('form', { name: 'Rename Community Resilience' });
    await rename.getByLabel('New name').fill('Community Safety');
    await rename.getByLabel('New name').press('Enter');
    await panel.getByText('Renamed to Community Safety.').waitFor();
    expect((await env.server.em().findOneOrFail(Directorate, { id: made.id })).name).toBe('Community Safety');

    await panel.getByRole('button', { name: 'Add a person' }).click();
    const person = page.getByRole('form', { name: 'A person in Community Safety' });
    await person.getByLabel('Name').fill('Rowan Ashdown');
    await person.getByLabel('Job title').fill('Resilience Officer');
    await person.getByRole('button', { name: 'Add the person' }).click();
    await panel.getByText('Added Rowan Ashdown to Community Safety.').waitFor();
    await panel.getByRole('button', { name: /Rowan Ashdown/ }).waitFor();
    const added = await env.server.em().findOneOrFail(Person, { council: council.id, name: 'Rowan Ashdown' });
    expect([added.directorate?.id, added.jobTitle]).toEqual([made.id, 'Resilience Officer']);

    // A directorate with people is kept: the refusal in the server's words.
    await panel.getByRole('button', { name: 'Delete Community Safety' }).click();
    await panel.getByRole('group', { name: 'Confirm: Delete Community Safety' }).getByRole('button', { name: 'Yes, delete it' }).click();
    await panel
      .getByRole('alert')
      .filter({ hasText: /Cannot delete|still has/ })
      .waitFor();
    expect(await env.server.em().findOne(Directorate, { id: made.id })).not.toBeNull();
    expect(await axeViolations(page, { include: 'aside.details' })).toEqual([]);
    await screenshot(page, 'organisation-directorate-refused-1440');

    await panel.getByRole('button', { name: /Rowan Ashdown/ }).click();
    await panel.getByRole('heading', { level: 2, name: 'Rowan Ashdown' }).waitFor();
    await panel.getByRole('button', { name: 'Delete person' }).click();
    const sure = panel.getByRole('group', { name: 'Confirm: Delete person' });
    await sure.getByText(/Delete Rowan Ashdown’s record\?/).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await scrollTo(sure);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'organisation-person-delete-390');
    await sure.getByRole('button', { name: 'Yes, delete the record' }).click();
    await panel.getByText('This person is no longer recorded.').waitFor();
    expect(await env.server.em().findOne(Person, { id: added.id })).toBeNull();

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${env.server.url}/councils/${GSS}/explorer/${gid('Directorate', made.id)}`);
    await panel.getByRole('heading', { level: 2, name: 'Community Safety' }).waitFor();
    await panel.getByRole('button', { name: 'Delete Community Safety' }).click();
    await panel.getByRole('group', { name: 'Confirm: Delete Community Safety' }).getByRole('button', { name: 'Yes, delete it' }).click();
    await panel.getByText('This no longer exists.').waitFor();
    expect(await env.server.em().findOne(Directorate, { id: made.id })).toBeNull();

    // The MI-responsible manager: another director, asked first.
    const directors = await env.server.em().find(Directorate, { council: council.id, director: { $ne: null } }, { populate: ['director'] });
    const next = directors.map((d) => d.director!.getEntity()).find((p) => p.id !== council.miResponsible?.id && !p.leftOn)!;
    await page.goto(`${env.server.url}${councilPath}`);
    await panel.getByRole('heading', { level: 2, name: council.name }).waitFor();
    await panel.getByRole('button', { name: council.miResponsible ? 'Change who is responsible' : 'Name who is responsible' }).click();
    const mi = page.getByRole('form', { name: `Responsible for management information in ${council.name}` });
    const select = mi.getByLabel('Senior manager responsible for management information', { exact: true });
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(10);
    await select.selectOption(gid('Person', next.id));
    await mi.getByRole('button', { name: /who is responsible/ }).click();
    await mi.getByText(new RegExp(`Make ${next.name} the one senior manager responsible`)).waitFor();
    await screenshot(page, 'organisation-mi-confirm-1440');
    await mi.getByRole('button', { name: 'Yes, make them responsible' }).click();
    await panel.getByText(`${next.name} is now responsible for management information.`).waitFor();
    const after = await env.server.em().findOneOrFail(Council, { id: council.id });
    expect(after.miResponsible?.id).toBe(next.id);
    await expectNoSidewaysScroll(page);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });
});
