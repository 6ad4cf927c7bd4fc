/**
 * The app's routes: every view has its own URL, so deep links and the back button work.
 *   /                                      -> the demo council's explorer
 *   /councils/:gss/explorer[/:nodeId]      accountability explorer (?mode=line for line management)
 *   /councils/:gss/<view>                  the other views (see VIEWS)
 */
import { useSyncExternalStore } from 'react';

export const DEFAULT_COUNCIL = 'E10000029';

export type ViewKey = 'explorer' | 'priorities' | 'scrutiny' | 'findings' | 'measurements' | 'import';

export interface ViewInfo {
  key: ViewKey;
  label: string;
  /** False while the API it needs is not merged: the route exists and says so. */
  available: boolean;
  /** What the view is for, and what it waits for when not available. */
  summary: string;
  needs?: string;
}

export const VIEWS: readonly ViewInfo[] = [
  { key: 'explorer', label: 'Accountability', available: true, summary: 'Who answers for each service: the organisation, line management and dual accountability.' },
  { key: 'priorities', label: 'Priority cascade', available: false, summary: 'The golden thread from corporate priorities to service objectives and staff appraisal objectives.', needs: 'the golden-thread (priority cascade) API' },
  { key: 'scrutiny', label: 'Scrutiny', available: false, summary: 'Drill from a priority to its objectives, targets and indicators, with trends and comparisons with other councils.', needs: 'the indicators and golden-thread APIs' },
  { key: 'findings', label: 'Findings', available: false, summary: 'Every gap the checks find: unowned services, blurred accountability, decisions without accountability.', needs: 'the delegation and findings API' },
  { key: 'measurements', label: 'Measurements', available: false, summary: 'Enter, validate and publish indicator values.', needs: 'the indicators API' },
  { key: 'import', label: 'Import', available: false, summary: 'Import measurements or an organisation from a spreadsheet (CSV).', needs: 'the import API' },
];

export interface Route {
  gss: string;
  view: ViewKey | 'not-found';
  nodeId: string | null;
  params: URLSearchParams;
}

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { gss: DEFAULT_COUNCIL, view: 'explorer', nodeId: null, params };
  if (parts[0] !== 'councils' || !parts[1]) return { gss: DEFAULT_COUNCIL, view: 'not-found', nodeId: null, params };
  const gss = parts[1].toUpperCase();
  const view = (parts[2] ?? 'explorer') as ViewKey;
  if (!VIEWS.some((v) => v.key === view) || (parts.length > 3 && view !== 'explorer') || parts.length > 4) return { gss, view: 'not-found', nodeId: null, params };
  return { gss, view, nodeId: parts[3] ?? null, params };
}

export function routePath(gss: string, view: ViewKey, nodeId?: string | null, params?: Record<string, string | null | undefined>): string {
  let path = `/councils/${encodeURIComponent(gss)}/${view}`;
  if (nodeId) path += `/${encodeURIComponent(nodeId)}`;
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) search.set(k, v);
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
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
const snapshot = () => window.location.pathname + window.location.search;

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const l of listeners) l();
}

export function useRoute(): Route {
  const location = useSyncExternalStore(subscribe, snapshot);
  const q = location.indexOf('?');
  return parseRoute(q < 0 ? location : location.slice(0, q), q < 0 ? '' : location.slice(q));
}
