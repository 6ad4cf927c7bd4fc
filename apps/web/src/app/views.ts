/**
 * Each view is a chunk of its own, loaded when it is first opened (React.lazy), so the first load fetches the shell
 * (React, Apollo, the header) and one view: d3 and the chart layouts travel only with the views that draw them.
 * `preloadView` starts a view's chunk at start-up, beside the viewer's query, instead of after it.
 */
import { lazy } from 'react';
import type { Route } from './router.js';

const loaders = {
  'health-check': () => import('../features/health-check/HealthCheckPage.js'),
  explorer: () => import('../features/explorer/ExplorerPage.js'),
  priorities: () => import('../features/cascade/CascadePage.js'),
  thread: () => import('../features/cascade/ThreadPage.js'),
  scrutiny: () => import('../features/scrutiny/ScrutinyPage.js'),
  indicator: () => import('../features/scrutiny/IndicatorPage.js'),
  findings: () => import('../features/findings/FindingsPage.js'),
  governance: () => import('../features/governance/GovernancePage.js'),
  measurements: () => import('../features/measurements/MeasurementsPage.js'),
  indicators: () => import('../features/measurements/IndicatorsPage.js'),
  delegation: () => import('../features/delegation/DelegationPage.js'),
  import: () => import('../features/measurements/ImportPage.js'),
  admin: () => import('../features/accounts/AdminPage.js'),
  audit: () => import('../features/accounts/AuditPage.js'),
  account: () => import('../features/accounts/MyAccountPage.js'),
  public: () => import('../features/public/PublicPage.js'),
  reports: () => import('../features/reports/ReportsPage.js'),
  'sign-in': () => import('../features/signin/SignInPage.js'),
} satisfies Record<Exclude<Route['view'], 'not-found'>, () => Promise<unknown>>;

/** Starts loading the chunk of the view at this route (a module is fetched once however often this is called). */
export function preloadView(view: Route['view']): void {
  if (view !== 'not-found') loaders[view]().catch(() => undefined); // a failed load is shown when the view renders
}

export const HealthCheckPage = lazy(() => loaders['health-check']().then((m) => ({ default: m.HealthCheckPage })));
export const ExplorerPage = lazy(() => loaders.explorer().then((m) => ({ default: m.ExplorerPage })));
export const CascadePage = lazy(() => loaders.priorities().then((m) => ({ default: m.CascadePage })));
export const ThreadPage = lazy(() => loaders.thread().then((m) => ({ default: m.ThreadPage })));
export const ScrutinyPage = lazy(() => loaders.scrutiny().then((m) => ({ default: m.ScrutinyPage })));
export const IndicatorPage = lazy(() => loaders.indicator().then((m) => ({ default: m.IndicatorPage })));
export const FindingsPage = lazy(() => loaders.findings().then((m) => ({ default: m.FindingsPage })));
export const GovernancePage = lazy(() => loaders.governance().then((m) => ({ default: m.GovernancePage })));
export const MeasurementsPage = lazy(() => loaders.measurements().then((m) => ({ default: m.MeasurementsPage })));
export const IndicatorsPage = lazy(() => loaders.indicators().then((m) => ({ default: m.IndicatorsPage })));
export const DelegationPage = lazy(() => loaders.delegation().then((m) => ({ default: m.DelegationPage })));
export const ImportPage = lazy(() => loaders.import().then((m) => ({ default: m.ImportPage })));
export const AdminPage = lazy(() => loaders.admin().then((m) => ({ default: m.AdminPage })));
export const AuditPage = lazy(() => loaders.audit().then((m) => ({ default: m.AuditPage })));
export const MyAccountPage = lazy(() => loaders.account().then((m) => ({ default: m.MyAccountPage })));
export const PublicPage = lazy(() => loaders.public().then((m) => ({ default: m.PublicPage })));
export const ReportsPage = lazy(() => loaders.reports().then((m) => ({ default: m.ReportsPage })));
export const SignInPage = lazy(() => loaders['sign-in']().then((m) => ({ default: m.SignInPage })));
