import { useEffect, useRef, useState } from 'react';
import './header.css';
import { allows, useViewer } from '../auth/viewer.js';
import { CouncilPicker } from '../features/councils/CouncilPicker.js';
import { Link } from './Link.js';
import { currentLocation, navigate, routePath, signInPath, type Route, VIEWS, type ViewInfo } from './router.js';

/**
 * The app's header: the brand, the council, the views and the account. On a desktop the views and the
 * account sit in the header's row; on tablets and phones (styles.css, 960 px and below) they are behind a
 * "Menu" button (a disclosure: aria-expanded, aria-controls), so the header is one short row. The menu
 * closes when a view opens, on Escape (focus back on the button) and on a press outside it.
 */
export function Header({ route, view }: { route: Route; view: ViewInfo | undefined }) {
  const viewer = useViewer();
  const location = currentLocation();
  // Open at one address: opening a view (a link, Back) closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location;
  const setOpen = (next: boolean) => setOpenAt(next ? location : null);
  const header = useRef<HTMLElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const navView = view?.within ?? route.view;
  const visible = (v: ViewInfo) => v.nav && allows(viewer, v.access, route.gss);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpenAt(null);
      if (!header.current?.querySelector('.app__menu')?.contains(document.activeElement)) return;
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!header.current?.contains(e.target as Node)) setOpenAt(null);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <header className="app__header" ref={header}>
      <Link className="brand" href={routePath(route.gss, 'explorer')} aria-label="Golden Thread: accountability explorer">
        <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
          <circle cx="16" cy="16" r="14" className="brand__disc" />
          <path d="M6 21 Q16 3 26 21" className="brand__thread" />
        </svg>
        <span className="brand__name">Golden Thread</span>
      </Link>
      {route.view !== 'sign-in' && (
        <CouncilPicker gss={route.gss} onChange={(gss) => navigate(routePath(gss, view?.nav ? view.key : 'explorer'))} />
      )}
      <button
        ref={button}
        type="button"
        className="app__menu-button"
        aria-expanded={open}
        aria-controls="app-menu"
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d={open ? 'M3 3l10 10M13 3L3 13' : 'M2 4h12M2 8h12M2 12h12'} />
        </svg>
        Menu
      </button>
      <div id="app-menu" className={`app__menu${open ? ' is-open' : ''}`}>
        <nav className="app__nav" aria-label="Views">
          <ul>
            {VIEWS.filter(visible).map((v) => (
              <li key={v.key}>
                <Link
                  href={routePath(route.gss, v.key)}
                  aria-current={navView === v.key ? 'page' : undefined}
                  title={v.summary}
                  onClick={() => setOpenAt(null)}
                >
                  {v.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Account route={route} />
      </div>
    </header>
  );
}

function Account({ route }: { route: Route }) {
  const viewer = useViewer();
  if (viewer.signedIn) {
    return (
      <div className="account">
        <span className="account__who" title={[viewer.jobTitle, viewer.councilName, viewer.email].filter(Boolean).join(', ')}>
          <span className="visually-hidden">Signed in as </span>
          <span className="account__name">{viewer.name}</span>
        </span>
        {viewer.councilGss && (
          <Link
            className="button button--quiet"
            href={routePath(viewer.councilGss, 'account')}
            aria-current={route.view === 'account' ? 'page' : undefined}
          >
            My account
          </Link>
        )}
        <button type="button" className="button button--quiet" onClick={() => void viewer.session.signOut()}>
          Sign out
        </button>
      </div>
    );
  }
  if (viewer.loading) return <div className="account" />;
  return (
    <div className="account">
      <span className="account__public">Public view</span>
      {!currentLocation().startsWith('/sign-in') && (
        <Link className="button button--primary" href={signInPath(currentLocation())}>
          Sign in
        </Link>
      )}
    </div>
  );
}
