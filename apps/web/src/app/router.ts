/**
 * The app's routes: every view has its own URL, so deep links and the back button work.
 *   /                                        -> the demo council's public view (signed in: one's own council's health check)
 *   /sign-in?next=<path>                     sign-in page
 *   /councils/:gss                           -> the public view (signed in as one of the council: the health check)
 *   /councils/:gss/public                    the public view for people who use services and carers (?easy=1: easy read)
 *   /councils/:gss/health-check              the leadership health check (?period=2024-25&compare=2023-24)
 *   /councils/:gss/explorer[/:nodeId]        accountability explorer (?mode=line for line management)
 *   /councils/:gss/priorities[/:priorityId]  priority cascade (?period=2024-25)
 *   /councils/:gss/thread/:personId          a person's golden thread
 *   /councils/:gss/scrutiny[/:priorityId]    scrutiny drill-down
 *   /councils/:gss/indicator/:indicatorId    an indicator: chart, RAG, rank, comparison
 *   /councils/:gss/findings                  every finding (?code=&severity=)
 *   /councils/:gss/governance[/:area[/:id]]  governance: risks, actions, complaints, Best Value reviews, scrutiny
 *   /councils/:gss/measurements[/:indicatorId]  measurement entry
 *   /councils/:gss/indicators[/:indicatorId]    the council's indicators: local ones, data owners (/new: a new local indicator)
 *   /councils/:gss/indicators/comparator-groups the councils it compares itself with
 *   /councils/:gss/delegation                the scheme of delegation: bodies, powers, delegations
 *   /councils/:gss/import                    CSV import
 *   /councils/:gss/admin                     accounts and API keys (administrators)
 *   /councils/:gss/audit                     the audit trail (administrators; ?type=&record=&person=&from=&to=)
 *   /councils/:gss/account                   one's own account: change my password
 *   /councils/:gss/reports                   report packs to download (?audience=&period=&format=&portfolio=&meeting=)
 */
import { useSyncExternalStore } from 'react';
import { rememberScroll } from './useScrollMemory.js';

export const DEFAULT_COUNCIL = 'E10000029';

export type ViewKey =
  | 'health-check'
  | 'explorer'
  | 'priorities'
  | 'thread'
  | 'scrutiny'
  | 'indicator'
  | 'findings'
  | 'governance'
  | 'measurements'
  | 'indicators'
  | 'delegation'
  | 'import'
  | 'admin'
  | 'audit'
  | 'account'
  | 'public'
  | 'reports';

/** Who may use a view: everyone; a signed-in person of the council; one who may enter measurements; an administrator of the council. */
export type ViewAccess = 'public' | 'member' | 'enter' | 'admin';

export interface ViewInfo {
  key: ViewKey;
  label: string;
  /** Shown in the navigation (sub-views are reached from other views). */
  nav: boolean;
  access: ViewAccess;
  /** What the view is for. */
  summary: string;
  /** The navigation's view this sub-view belongs to (marked current while it is open). */
  within?: ViewKey;
}

export const VIEWS: readonly ViewInfo[] = [
  {
    key: 'public',
    label: 'Overview',
    nav: true,
    access: 'public',
    summary: 'For people who use services and carers: what the council said it would do, how it is doing, and how to have your say.',
  },
  {
    key: 'health-check',
    label: 'Health check',
    nav: true,
    access: 'member',
    summary: 'The leadership health check: seven questions, six barriers and eight habits answered from the council’s own records.',
  },
  {
    key: 'explorer',
    label: 'Accountability',
    nav: true,
    access: 'public',
    summary: 'Who answers for each service and who decides: the organisation, delegations, line management and dual accountability.',
  },
  {
    key: 'priorities',
    label: 'Priority cascade',
    nav: true,
    access: 'public',
    summary: 'The golden thread from corporate priorities to service objectives and targets.',
  },
  {
    key: 'thread',
    label: 'Golden thread of a person',
    nav: false,
    access: 'member',
    summary: 'A person’s appraisal objectives traced up to corporate priorities.',
    within: 'priorities',
  },
  {
    key: 'scrutiny',
    label: 'Scrutiny',
    nav: true,
    access: 'public',
    summary: 'Drill from a priority to its objectives and indicators, with trends, targets and comparisons with other councils.',
  },
  {
    key: 'indicator',
    label: 'Indicator',
    nav: false,
    access: 'public',
    summary: 'An indicator’s trend against target and comparators, and where the council ranks.',
    within: 'scrutiny',
  },
  {
    key: 'findings',
    label: 'Findings',
    nav: true,
    access: 'member',
    summary: 'Every gap the checks find in accountability and in the golden thread.',
  },
  {
    key: 'governance',
    label: 'Governance',
    nav: true,
    access: 'public',
    summary: 'Risks, actions, complaints, Best Value reviews and the scrutiny work programme.',
  },
  { key: 'measurements', label: 'Measurements', nav: true, access: 'enter', summary: 'Enter, validate and publish indicator values.' },
  {
    key: 'indicators',
    label: 'Indicators',
    nav: true,
    access: 'member',
    summary:
      'The council’s indicators: its local ones, who owns the data and who answers for each, and the councils it compares itself with.',
  },
  {
    key: 'delegation',
    label: 'Delegation',
    nav: true,
    access: 'member',
    summary: 'The scheme of delegation: the council’s decision bodies, their powers and who they are delegated to.',
  },
  {
    key: 'import',
    label: 'Import',
    nav: true,
    access: 'enter',
    summary: 'Import measurements from a spreadsheet (CSV), with a dry-run preview.',
  },
  { key: 'admin', label: 'Admin', nav: true, access: 'admin', summary: 'Who can sign in, and the read-only API keys partners use.' },
  {
    key: 'audit',
    label: 'Audit trail',
    nav: false,
    access: 'admin',
    summary: 'Every change to the council’s records: who made it, when, and what it changed.',
    within: 'admin',
  },
  { key: 'account', label: 'My account', nav: false, access: 'member', summary: 'Your sign-in: change your password.' },
  {
    key: 'reports',
    label: 'Reports',
    nav: true,
    access: 'member',
    summary: 'Report packs for the executive, portfolio holders, scrutiny and the public, as PDF, Word, Excel or a web page.',
  },
];

export interface Route {
  gss: string;
  view: ViewKey | 'sign-in' | 'not-found';
  nodeId: string | null;
  /** The record below a view's area (governance: /governance/risks/<id>). */
  recordId?: string | null;
  params: URLSearchParams;
  /** No view in the address (/ or /councils/:gss): the landing view, which depends on who is signed in. */
  landing?: 'site' | 'council';
}

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { gss: DEFAULT_COUNCIL, view: 'public', nodeId: null, params, landing: 'site' };
  if (parts[0] === 'sign-in' && parts.length === 1) return { gss: DEFAULT_COUNCIL, view: 'sign-in', nodeId: null, params };
  if (parts[0] !== 'councils' || !parts[1]) return { gss: DEFAULT_COUNCIL, view: 'not-found', nodeId: null, params };
  const gss = parts[1].toUpperCase();
  if (parts.length === 2) return { gss, view: 'public', nodeId: null, params, landing: 'council' };
  const view = (parts[2] ?? 'explorer') as ViewKey;
  const depth = view === 'governance' ? 5 : 4; // governance has areas and their records
  if (!VIEWS.some((v) => v.key === view) || parts.length > depth) return { gss, view: 'not-found', nodeId: null, params };
  return { gss, view, nodeId: parts[3] ?? null, recordId: parts[4] ?? null, params };
}

export function routePath(gss: string, view: ViewKey, nodeId?: string | null, params?: Record<string, string | null | undefined>): string {
  let path = `/councils/${encodeURIComponent(gss)}/${view}`;
  if (nodeId) path += `/${encodeURIComponent(nodeId)}`;
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) search.set(k, v);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

export function signInPath(next?: string): string {
  return next && next !== '/sign-in' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
}

const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}
export const currentLocation = () => window.location.pathname + window.location.search;

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentLocation()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else {
    rememberScroll();
    window.history.pushState(null, '', to);
  }
  for (const l of listeners) l();
}

export function useRoute(): Route {
  const location = useSyncExternalStore(subscribe, currentLocation);
  const q = location.indexOf('?');
  return parseRoute(q < 0 ? location : location.slice(0, q), q < 0 ? '' : location.slice(q));
}

/** Financial years offered by the period pickers (the demo's cascade is 2024-25). */
export const PERIODS = ['2025-26', '2024-25', '2023-24', '2022-23'];
export const DEFAULT_PERIOD = '2024-25';
