import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { Council, Directorate, Indicator, IndicatorFramework, Person, PersonKind, Service } from '@goldenthread/db';
import type { Client } from '../testkit/index.js';
import { DEMO_PASSWORD } from './browser.js';
import { byLabel as text, type ConflictCase, conflictRound, editingHeading as heading } from './conflict.helpers.js';
import { ADMIN, demoServer, GSS } from './governance.helpers.js';

// Issue 16, "forms that behave": each form of the organisation and of the indicators that edits a versioned record
// answers a stale save with the other person's change and a choice. Two browser contexts open the same record; one
// saves, the other saves over it and sees the panel naming the change; "Keep mine" saves over it at the next version,
// "Take theirs" puts the stored value in the form. The stored value is read through the API after each.
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const explorer = (id: string) => `/councils/${GSS}/explorer/${id}`;
const aside = (page: Page) => page.locator('aside.details');
const click = (scope: Locator | Page, name: string) => scope.getByRole('button', { name, exact: true }).click();

describe('web app: the conflict panel on the organisation’s and the indicators’ forms', () => {
  const env = demoServer();
  let api: Client;
  const cases = {} as Record<string, ConflictCase>;
  const node = async (id: string, fields: string) => {
    const r = await api.gql(`query($id: ID!) { node(id: $id) { ... on Node { id } ${fields} } }`, { id });
    return r.data.node;
  };

  beforeAll(async () => {
    const em = env.server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    api = await env.server.signIn(ADMIN, { password: DEMO_PASSWORD });
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    // People each found alone by a search of their name.
    const names = people.map((p) => p.name.toLowerCase());
    const unique = people.filter(
      (p) => p.email !== ADMIN && !p.leftOn && names.filter((n) => n.includes(p.name.toLowerCase())).length === 1,
    );
    const [p1, p2, o1, o2] = unique;
    const directorate = await em.findOneOrFail(Directorate, { council: council.id }, { orderBy: { id: 'desc' } });
    const service = await em.findOneOrFail(Service, { council: council.id, parent: null }, { orderBy: { id: 'desc' } });
    const owned = await em.findOneOrFail(Service, { council: council.id, id: { $ne: service.id } }, { orderBy: { id: 'asc' } });
    const local = await em.findOneOrFail(
      Indicator,
      { framework: IndicatorFramework.LOCAL, council: council.id },
      { orderBy: { id: 'asc' } },
    );
    const councilId = gid('Council', council.id);
    const indicatorId = gid('Indicator', local.id);

    const person = gid('Person', p1!.id);
    cases.person = {
      name: 'person-record',
      path: explorer(person),
      form: async (page) => {
        await click(aside(page), 'Edit record');
        return page.getByRole('form', { name: `Edit ${p1!.name}’s record` });
      },
      ...text('Job title'),
      save: (form) => click(form, 'Save'),
      heading: heading(`${p1!.name}’s record`),
      label: 'Job title',
      theirs: 'Head of Conflict Resolution',
      mine: 'Lead for Keeping Mine',
      stored: async () => {
        const n = await node(person, '... on Person { version jobTitle }');
        return { value: n.jobTitle ?? '', version: n.version };
      },
    };
    const leaver = gid('Person', p2!.id);
    cases.leaving = {
      name: 'leaving-date',
      path: explorer(leaver),
      form: async (page) => {
        const form = aside(page).getByRole('form', { name: `Record when ${p2!.name} leaves the council` });
        await form.waitFor();
        return form;
      },
      ...text('Leaves on'),
      save: (form) => click(form, 'Record leaving'),
      heading: heading(`${p2!.name}’s leaving date`),
      label: 'Leaving date',
      theirs: '2027-03-31',
      mine: '2027-04-30',
      shown: { theirs: '31 Mar 2027', mine: '30 Apr 2027' },
      stored: async () => {
        const n = await node(leaver, '... on Person { version leftOn }');
        return { value: n.leftOn ?? '', version: n.version };
      },
    };
    const dir = gid('Directorate', directorate.id);
    cases.directorate = {
      name: 'directorate-rename',
      path: explorer(dir),
      // Located by place, not by name: the name is what changes.
      form: async (page) => {
        await click(aside(page), 'Rename');
        return aside(page).locator('form.card');
      },
      ...text('New name'),
      save: (form) => click(form, 'Rename'),
      heading: heading(directorate.name),
      label: 'Name',
      theirs: `${directorate.name} and Partnerships`,
      mine: `${directorate.name} (renamed)`,
      stored: async () => {
        const n = await node(dir, '... on Directorate { version name }');
        return { value: n.name, version: n.version };
      },
    };
    const svc = gid('Service', service.id);
    cases.service = {
      ...cases.directorate,
      name: 'service-rename',
      path: explorer(svc),
      heading: heading(service.name),
      theirs: `${service.name} Hub`,
      mine: `${service.name} Centre`,
      stored: async () => {
        const n = await node(svc, '... on Service { version name }');
        return { value: n.name, version: n.version };
      },
    };
    const ownedId = gid('Service', owned.id);
    const chooser = (search: string, select: string) => ({
      fill: async (form: Locator, id: string) => {
        const who = [o1, o2].find((p) => gid('Person', p!.id) === id)!;
        await form.getByLabel(search).fill(who.name);
        await form.getByLabel(select, { exact: true }).selectOption(id);
      },
      value: (form: Locator) => form.getByLabel(select, { exact: true }).inputValue(),
    });
    const [id1, id2] = [gid('Person', o1!.id), gid('Person', o2!.id)];
    cases.owner = {
      name: 'accountable-owner',
      path: explorer(ownedId),
      form: async (page) => {
        await aside(page)
          .getByRole('button', { name: /^(Change|Make) owner$/ })
          .click();
        return page.getByRole('form', { name: `Accountable owner of ${owned.name}` });
      },
      ...chooser('Search: accountable owner', 'Accountable owner'),
      save: async (form) => {
        await form.getByRole('button', { name: /^(Change|Make) owner$/ }).click();
        await click(form, 'Yes, make them owner');
      },
      heading: heading(`who answers for ${owned.name}`),
      label: 'Accountable owner',
      theirs: id1,
      mine: id2,
      shown: { theirs: o1!.name, mine: o2!.name },
      stored: async () => {
        const n = await node(ownedId, '... on Service { version accountableOwner { id } }');
        return { value: n.accountableOwner?.id ?? '', version: n.version };
      },
    };
    const MI = 'Senior manager responsible for management information';
    cases.mi = {
      name: 'mi-responsible',
      path: explorer(councilId),
      form: async (page) => {
        await aside(page)
          .getByRole('button', { name: /^(Change|Name) who is responsible$/ })
          .click();
        return page.getByRole('form', { name: `Responsible for management information in ${council.name}` });
      },
      ...chooser(`Search: ${MI.toLowerCase()}`, MI),
      save: async (form) => {
        await form.getByRole('button', { name: /^(Change|Name) who is responsible$/ }).click();
        await click(form, 'Yes, make them responsible');
      },
      heading: heading(`who is responsible for ${council.name}’s management information`),
      label: 'Responsible for management information',
      theirs: id1,
      mine: id2,
      shown: { theirs: o1!.name, mine: o2!.name },
      stored: async () => {
        const n = await node(councilId, '... on Council { version miResponsible { id } }');
        return { value: n.miResponsible?.id ?? '', version: n.version };
      },
    };
    cases.indicator = {
      name: 'indicator-definition',
      path: `/councils/${GSS}/indicators/${indicatorId}`,
      form: async (page) => {
        await click(page, 'Edit the definition');
        return page.getByRole('form', { name: `Edit “${local.title}”` });
      },
      ...text('Definition'),
      save: (form) => click(form, 'Save the changes'),
      heading: heading('this indicator'),
      label: 'Definition',
      theirs: 'Counted at the month’s end, by their definition.',
      mine: 'Counted on the last working day, by mine.',
      stored: async () => {
        const n = await node(indicatorId, '... on Indicator { version definition }');
        return { value: n.definition ?? '', version: n.version };
      },
    };
    cases.owners = {
      name: 'indicator-owners',
      path: `/councils/${GSS}/indicators/${indicatorId}`,
      form: async (page) => {
        await click(page, 'Name the data owner and manager');
        return page.getByRole('form', { name: 'Who answers for it' });
      },
      ...chooser('Find the data owner', 'Data owner'),
      save: (form) => click(form, 'Save who answers for it'),
      heading: heading(`who answers for “${local.title}”`),
      label: 'Data owner',
      theirs: id1,
      mine: id2,
      shown: { theirs: o1!.name, mine: o2!.name },
      stored: async () => {
        const r = await api.gql(`query($i: ID!, $c: ID!) { indicator(id: $i) { ownership(councilId: $c) { version dataOwner { id } } } }`, {
          i: indicatorId,
          c: councilId,
        });
        const o = r.data.indicator.ownership;
        return { value: o?.dataOwner?.id ?? '', version: o?.version ?? 0 };
      },
    };
    const group = (
      await api.gql(`mutation($i: CreateComparatorGroupInput!) { createComparatorGroup(input: $i) { group { id } } }`, {
        i: { councilId, name: 'Conflict neighbours', description: 'As made', memberIds: [] },
      })
    ).data.createComparatorGroup.group.id as string;
    cases.group = {
      name: 'comparator-group',
      path: `/councils/${GSS}/indicators/comparator-groups`,
      form: async (page) => {
        await click(page, 'Change “Conflict neighbours”');
        return page.getByRole('form', { name: 'Change “Conflict neighbours”' });
      },
      ...text('Description'),
      save: (form) => click(form, 'Save the group'),
      heading: heading('this group'),
      label: 'Description',
      theirs: 'Their neighbours, by spend.',
      mine: 'My neighbours, by need.',
      stored: async () => {
        const n = await node(group, '... on ComparatorGroup { version description }');
        return { value: n.description ?? '', version: n.version };
      },
    };
    const ascof = (await api.gql(`{ indicator(framework: ASCOF, code: "1A") { id } }`)).data.indicator.id as string;
    const target = (
      await api.gql(`mutation($i: SetTargetInput!) { setTarget(input: $i) { target { id } } }`, {
        i: { councilId, indicatorId: ascof, period: '2030-31', value: 20 },
      })
    ).data.setTarget.target.id as string;
    cases.target = {
      name: 'target',
      path: `/councils/${GSS}/indicator/${ascof}`,
      // The tolerance changes, not the value the row and its form are named by.
      form: async (page) => {
        await page.getByRole('button', { name: /^Change the target 2030-31/ }).click();
        return page.getByRole('form', { name: /^Change the target 2030-31/ });
      },
      ...text('Tolerance'),
      save: (form) => click(form, 'Save the target'),
      heading: heading('this target'),
      label: 'Tolerance',
      theirs: '2',
      mine: '3',
      stored: async () => {
        const n = await node(target, '... on Target { version tolerance }');
        return { value: n.tolerance == null ? '' : String(n.tolerance), version: n.version };
      },
    };
  });

  const run = (key: string, choice: 'keep' | 'take', width = 1440) =>
    conflictRound(env.browser, env.server, ADMIN, cases[key]!, choice, width);

  it('a person’s record, at 390 px: keep mine saves mine over theirs', () => run('person', 'keep', 390));
  // Take theirs would show their date as recorded, in place of the form (the panel's own test is the others').
  it('a leaving date: keep mine', () => run('leaving', 'keep'));
  it('a directorate’s name: keep mine', () => run('directorate', 'keep'));
  it('a service’s name: take theirs', () => run('service', 'take'));
  it('a service’s accountable owner: keep mine', () => run('owner', 'keep'));
  it('an indicator’s definition: take theirs', () => run('indicator', 'take'));
  it('who answers for an indicator: keep mine, sent with the ownership’s version', () => run('owners', 'keep'));
  it('a comparator group: take theirs', () => run('group', 'take'));
  it('a target’s tolerance: keep mine', () => run('target', 'keep'));
  // Last: the council's MI-responsible manager authorises publication.
  it('the council’s MI-responsible manager: take theirs', () => run('mi', 'take'));
});
