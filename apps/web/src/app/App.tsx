import { useQuery } from '@apollo/client/react';
import { type ReactNode, Suspense, useEffect } from 'react';
import { useViewer } from '../auth/viewer.js';
import { CouncilsQuery } from '../features/councils/CouncilPicker.js';
import { RequireAccess } from '../ui/RequireAccess.js';
import { Loading } from '../ui/Status.js';
import { Link } from './Link.js';
import { Header } from './Header.js';
import { DEFAULT_COUNCIL, navigate, routePath, useRoute, VIEWS, type Route, type ViewInfo } from './router.js';
import { useScrollMemory } from './useScrollMemory.js';
import { useViewFocus } from './useViewFocus.js';
import {
  AdminPage,
  AuditPage,
  CascadePage,
  DelegationPage,
  ExplorerPage,
  FindingsPage,
  GovernancePage,
  HealthCheckPage,
  ImportPage,
  IndicatorPage,
  IndicatorsPage,
  MeasurementsPage,
  MyAccountPage,
  PublicPage,
  ReportsPage,
  ScrutinyPage,
  SignInPage,
  ThreadPage,
} from './views.js';

export function App() {
  const route = useRoute();
  const viewer = useViewer();
  const view = VIEWS.find((v) => v.key === route.view);
  const landing = landingFor(route, viewer.loading, viewer.signedIn ? viewer.councilGss : null);
  const inCouncil = route.view !== 'sign-in' && route.view !== 'not-found';
  const councils = useQuery(CouncilsQuery, { skip: !inCouncil });
  const councilName = inCouncil ? (councils.data?.councils.nodes.find((c) => c.gssCode === route.gss)?.name ?? null) : null;
  useViewFocus(route, view, councilName);
  useScrollMemory();
  useEffect(() => {
    if (landing) navigate(landing, { replace: true });
  }, [landing]);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header route={route} view={view} />
      <main id="main" className="app__main" tabIndex={-1}>
        {landing || (route.landing && viewer.loading) ? (
          <Loading label="Opening…" />
        ) : (
          // Each view is a chunk loaded on first use (views.ts): the same loading state while it arrives. A boundary per
          // view, so the view left behind is gone (not kept hidden, heading and all) while the next one loads.
          <Suspense key={route.view} fallback={<Loading label="Opening…" />}>
            <Page route={route} view={view} />
          </Suspense>
        )}
      </main>
    </div>
  );
}

/**
 * Where an address without a view sends the viewer: the health check of their own council for its signed-in
 * people (at / and at /councils/<their council>); null keeps the public landing (the explorer).
 */
function landingFor(route: Route, loading: boolean, ownGss: string | null): string | null {
  if (!route.landing || loading || !ownGss) return null;
  if (route.landing === 'council' && route.gss !== ownGss) return null;
  return routePath(ownGss, 'health-check');
}

function Page({ route, view }: { route: Route; view: ViewInfo | undefined }): ReactNode {
  if (route.view === 'sign-in') return <SignInPage next={route.params.get('next')} />;
  if (!view) {
    return (
      <section className="not-yet">
        <h1>Page not found</h1>
        <p>
          There is nothing at this address. <Link href={routePath(DEFAULT_COUNCIL, 'explorer')}>Open the accountability explorer</Link>.
        </p>
      </section>
    );
  }
  const { gss, nodeId, params } = route;
  const content = (() => {
    switch (view.key) {
      case 'health-check':
        return <HealthCheckPage gss={gss} params={params} />;
      case 'explorer':
        return <ExplorerPage gss={gss} nodeId={nodeId} mode={params.get('mode') === 'line' ? 'line' : 'organisation'} />;
      case 'priorities':
        return <CascadePage gss={gss} priorityId={nodeId} params={params} />;
      case 'thread':
        return <ThreadPage gss={gss} personId={nodeId} params={params} />;
      case 'scrutiny':
        return <ScrutinyPage gss={gss} priorityId={nodeId} params={params} />;
      case 'indicator':
        return <IndicatorPage gss={gss} indicatorId={nodeId} params={params} />;
      case 'findings':
        return <FindingsPage gss={gss} params={params} />;
      case 'governance':
        return <GovernancePage gss={gss} area={nodeId} recordId={route.recordId ?? null} params={params} />;
      case 'measurements':
        return <MeasurementsPage gss={gss} indicatorId={nodeId} params={params} />;
      case 'indicators':
        return <IndicatorsPage gss={gss} nodeId={nodeId} />;
      case 'delegation':
        return <DelegationPage gss={gss} />;
      case 'import':
        return <ImportPage gss={gss} />;
      case 'admin':
        return <AdminPage gss={gss} />;
      case 'audit':
        return <AuditPage gss={gss} params={params} />;
      case 'account':
        return <MyAccountPage />;
      case 'public':
        return <PublicPage gss={gss} params={params} />;
      case 'reports':
        return <ReportsPage gss={gss} params={params} />;
    }
  })();
  return (
    <RequireAccess view={view} gss={gss}>
      {content}
    </RequireAccess>
  );
}
