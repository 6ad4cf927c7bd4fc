import type { Page } from 'playwright-core';
import { VIEWS, type ViewAccess, type ViewKey } from '../../apps/web/src/app/router.js';
import type { TestServer } from '../testkit/index.js';

/**
 * Every route of the web app, who may open it, and the main heading it shows: the table the every-view
 * browser test walks. It is checked against the router's views (apps/web/src/app/router.ts), so a view
 * added there without a row here fails the test.
 */
export const GSS = 'E10000029';

/** Who opens a view: signed out, or one of the demo accounts (README "Demo accounts"). */
export type Who = 'anonymous' | 'councillor' | 'dataOwner' | 'admin';
export const ACCOUNTS: Record<Exclude<Who, 'anonymous'>, string> = {
  councillor: 'cllr.christopher.lewis@suffolk.gov.uk', // a scrutiny councillor: reads the council's unpublished data
  dataOwner: 'yusuf.kaya@suffolk.gov.uk', // enters and validates the measurements of the indicators he owns
  admin: 'megan.llewellyn@suffolk.gov.uk', // the council administrator and MI-responsible manager
};

/** The viewers a view's access admits, least privileged first. */
export const ADMITS: Record<ViewAccess, readonly Who[]> = {
  public: ['anonymous', 'councillor', 'dataOwner', 'admin'],
  member: ['councillor', 'dataOwner', 'admin'],
  enter: ['dataOwner', 'admin'],
  admin: ['admin'],
};

/** Ids that some addresses need, looked up once from the server. */
export interface Ids {
  person: Record<Exclude<Who, 'anonymous'>, string>;
  indicator: string;
  priority: string;
}

export interface Visit {
  /** The router's view, or one of the app's two addresses outside VIEWS. */
  view: ViewKey | 'sign-in' | 'not-found';
  name: string;
  path: (ids: Ids, who: Who) => string;
  heading: RegExp;
  who: readonly Who[];
}

const at = (view: string, rest = '') => `/councils/${GSS}/${view}${rest}`;
const ALL: readonly Who[] = ['anonymous', 'admin'];
const MEMBERS: readonly Who[] = ['councillor', 'admin'];

export const VISITS: readonly Visit[] = [
  { view: 'public', name: 'public', path: () => at('public'), heading: /^How Suffolk is doing$/, who: ALL },
  { view: 'health-check', name: 'health-check', path: () => at('health-check'), heading: /^Health check$/, who: MEMBERS },
  { view: 'explorer', name: 'explorer', path: () => at('explorer'), heading: /^Accountability explorer$/, who: ALL },
  { view: 'priorities', name: 'priorities', path: () => at('priorities'), heading: /^Priority cascade$/, who: ALL },
  {
    view: 'thread',
    name: 'thread',
    path: (ids, who) => at('thread', `/${ids.person[who as Exclude<Who, 'anonymous'>]}`),
    heading: /^Golden thread of /,
    who: MEMBERS,
  },
  { view: 'scrutiny', name: 'scrutiny', path: () => at('scrutiny'), heading: /^Scrutiny$/, who: ALL },
  {
    view: 'scrutiny',
    name: 'scrutiny-priority',
    path: (ids) => at('scrutiny', `/${ids.priority}`),
    heading: /^Help people live independently at home for longer$/,
    who: ALL,
  },
  { view: 'indicator', name: 'indicator', path: (ids) => at('indicator', `/${ids.indicator}`), heading: /^Long-term support/, who: ALL },
  { view: 'findings', name: 'findings', path: () => at('findings'), heading: /^Findings$/, who: MEMBERS },
  { view: 'governance', name: 'governance', path: () => at('governance'), heading: /^Governance$/, who: ALL },
  { view: 'measurements', name: 'measurements', path: () => at('measurements'), heading: /^Measurements$/, who: ['dataOwner', 'admin'] },
  { view: 'indicators', name: 'indicators', path: () => at('indicators'), heading: /^Indicators$/, who: MEMBERS },
  { view: 'delegation', name: 'delegation', path: () => at('delegation'), heading: /^Scheme of delegation$/, who: MEMBERS },
  { view: 'import', name: 'import', path: () => at('import'), heading: /^Import measurements$/, who: ['dataOwner', 'admin'] },
  { view: 'admin', name: 'admin', path: () => at('admin'), heading: /^Administration$/, who: ['admin'] },
  { view: 'audit', name: 'audit', path: () => at('audit'), heading: /^Audit trail$/, who: ['admin'] },
  { view: 'account', name: 'account', path: () => at('account'), heading: /^My account$/, who: MEMBERS },
  { view: 'reports', name: 'reports', path: () => at('reports'), heading: /^Reports$/, who: MEMBERS },
  { view: 'sign-in', name: 'sign-in', path: () => '/sign-in', heading: /^Sign in$/, who: ['anonymous'] },
  { view: 'not-found', name: 'not-found', path: () => '/no/such/page', heading: /^Page not found$/, who: ['anonymous'] },
];

/** What is wrong with the table against the router: views without a visit, and visits by someone the view does not admit. */
export function tableProblems(): string[] {
  const problems: string[] = [];
  for (const v of VIEWS) {
    const visits = VISITS.filter((x) => x.view === v.key);
    if (visits.length === 0) problems.push(`${v.key}: no visit (add the view to every-view.routes.ts)`);
    const least = ADMITS[v.access][0]!;
    for (const x of visits) {
      if (!x.who.includes(least)) problems.push(`${x.name}: not visited as ${least}, the least privileged viewer it admits`);
      for (const w of x.who) if (!ADMITS[v.access].includes(w)) problems.push(`${x.name}: ${w} may not open it`);
    }
  }
  for (const x of VISITS)
    if (x.view !== 'sign-in' && x.view !== 'not-found' && !VIEWS.some((v) => v.key === x.view)) problems.push(`${x.name}: no such view`);
  return problems;
}

export async function lookUpIds(server: TestServer): Promise<Ids> {
  const person = {} as Ids['person'];
  for (const [who, email] of Object.entries(ACCOUNTS) as Array<[keyof typeof ACCOUNTS, string]>) {
    const client = await server.signIn(email);
    person[who] = (await client.gql('{ viewer { person { id } } }')).data.viewer.person.id;
  }
  const council = (await server.gql(`{ council(gssCode: "${GSS}") { id } }`)).data.council.id;
  const indicator = (await server.gql('{ indicator(framework: ASCOF, code: "2A2") { id } }')).data?.indicator?.id;
  const cascade = await server.gql(`{ cascade(councilId: "${council}", period: "2024-25") { corporate { id name } } }`);
  const priority = cascade.data.cascade.corporate.find((p: { name: string }) => /^Help people live independently/.test(p.name))?.id;
  if (!indicator || !priority) throw new Error('every-view: the demo has no ASCOF 2A2 or no "Help people live independently" priority');
  return { person, indicator, priority };
}

/** The viewport sizes every view is checked at: a desktop, a tablet and a phone. */
export const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
] as const;

/** Waits until the view has its main heading and nothing in the main area is loading. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const main = document.querySelector('main');
      return Boolean(main?.querySelector('h1')?.textContent?.trim()) && !main?.querySelector('.spinner');
    },
    undefined,
    { timeout: 20_000 },
  );
}
