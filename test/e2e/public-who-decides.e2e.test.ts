/**
 * "Who decides" on the public view (issue 18, item 10), signed out at 1440 and 390 px: for a chosen
 * service, who answers for it and who may decide on it under the scheme of delegation in force, with
 * each power's body and limit; an officer whose name is not public is named by their post, never by name.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { screenshot, scrollTo } from './browser.js';
import { demoServer, expectNoSidewaysScroll, GSS, open, unexpected } from './governance.helpers.js';

const env = demoServer();

const WHO = `query($s: ID!) { whoIsAccountable(serviceId: $s) { service { name } owner { name }
  decisionMakers { person { id name } power { name } } } }`;

describe('web app: who decides, in public', () => {
  it('shows a service’s accountable owner and decision-makers signed out, posts for those not named in public', async () => {
    const sql = async (q: string) => (await env.server.em().getConnection().execute(q)) as Array<Record<string, unknown>>;
    const council = Number((await sql(`select id from council where gss_code = '${GSS}'`))[0]!.id);
    const services = await sql(`select id from service where council_id = ${council} and parent_id is null order by id`);
    // The service (the picker lists services, not teams) with the most decision-makers, one of them named by post
    // (as the public API answers).
    let best: { name: string; owner: string | null; makers: Array<{ person: { id: string | null; name: string } }> } | null = null;
    for (const s of services) {
      const id = Buffer.from(`Service:${s.id}`).toString('base64url');
      const a = (await env.server.gql(WHO, { s: id })).data.whoIsAccountable;
      const byPost = a.decisionMakers.some((m: { person: { id: string | null } }) => m.person.id === null);
      if (byPost && (!best || a.decisionMakers.length > best.makers.length))
        best = { name: a.service.name, owner: a.owner?.name ?? null, makers: a.decisionMakers };
    }
    expect(best).not.toBeNull();
    const hidden = (
      await sql(
        `select name from person where council_id = ${council} and kind <> 'COUNCILLOR' and id not in (select director_id from ` +
          'directorate where director_id is not null union select accountable_owner_id from service where accountable_owner_id is not ' +
          'null union select mi_responsible_id from council where mi_responsible_id is not null)',
      )
    ).map((r) => String(r.name));

    for (const width of [1440, 390]) {
      const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/public`, width);
      const section = page.getByRole('region', { name: 'Who decides' });
      await scrollTo(section);
      const picker = section.getByLabel('Choose a service');
      await picker.selectOption({ label: best!.name });
      await section.getByRole('heading', { level: 3, name: best!.name }).waitFor();
      if (best!.owner) await section.getByText(`${best!.owner} answers for this service.`).waitFor();
      const items = section.locator('.public__powers li');
      await expect.poll(() => items.count()).toBe(best!.makers.length);
      const posts = best!.makers.filter((m) => m.person.id === null).map((m) => m.person.name);
      for (const post of posts) await section.locator('.public__powers strong').filter({ hasText: post }).first().waitFor();
      await expect.poll(() => section.getByText('The power comes from:').count()).toBe(best!.makers.length);
      const text = (await section.textContent()) ?? '';
      expect(hidden.filter((n) => text.includes(n))).toEqual([]);
      await expectNoSidewaysScroll(page);
      if (width === 1440) expect(await axeViolations(page)).toEqual([]);
      await scrollTo(section.locator('.public__decides'));
      await screenshot(page, `public-who-decides-${width}`);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
  });
});
