import { CouncilPicker } from '../features/councils/CouncilPicker.js';
import { ExplorerPage } from '../features/explorer/ExplorerPage.js';
import { NotYetAvailable } from '../features/unavailable/NotYetAvailable.js';
import { Link } from './Link.js';
import { DEFAULT_COUNCIL, navigate, routePath, useRoute, VIEWS } from './router.js';

export function App() {
  const route = useRoute();
  const view = VIEWS.find((v) => v.key === route.view);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app__header">
        <Link className="brand" href={routePath(route.gss, 'explorer')} aria-label="Golden Thread: accountability explorer">
          <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
            <circle cx="16" cy="16" r="14" className="brand__disc" />
            <path d="M6 21 Q16 3 26 21" className="brand__thread" />
          </svg>
          <span>Golden Thread</span>
        </Link>
        <CouncilPicker gss={route.gss} onChange={(gss) => navigate(routePath(gss, route.view === 'not-found' ? 'explorer' : route.view))} />
        <nav className="app__nav" aria-label="Views">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.key}>
                <Link href={routePath(route.gss, v.key)} aria-current={route.view === v.key ? 'page' : undefined} className={v.available ? '' : 'is-soon'} title={v.available ? v.summary : `${v.summary} Not available yet.`}>
                  {v.label}
                  {!v.available && <span className="soon"> (soon)</span>}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="app__main" tabIndex={-1}>
        {route.view === 'explorer' ? (
          <ExplorerPage gss={route.gss} nodeId={route.nodeId} mode={route.params.get('mode') === 'line' ? 'line' : 'organisation'} />
        ) : view ? (
          <NotYetAvailable view={view} />
        ) : (
          <section className="not-yet">
            <h1>Page not found</h1>
            <p>
              There is nothing at this address. <Link href={routePath(DEFAULT_COUNCIL, 'explorer')}>Open the accountability explorer</Link>.
            </p>
          </section>
        )}
      </main>
    </div>
  );
}
