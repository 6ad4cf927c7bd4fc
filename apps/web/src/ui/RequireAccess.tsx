import type { ReactNode } from 'react';
import { currentLocation, signInPath, type ViewInfo } from '../app/router.js';
import { Link } from '../app/Link.js';
import { allows, useViewer } from '../auth/viewer.js';
import { Loading } from './Status.js';

/** Shows a view only to those who may use it; others are told why, and offered to sign in. */
export function RequireAccess({ view, gss, children }: { view: ViewInfo; gss: string; children: ReactNode }) {
  const viewer = useViewer();
  if (view.access === 'public') return <>{children}</>;
  if (viewer.loading) return <Loading label="Checking who you are…" />;
  if (allows(viewer, view.access, gss)) return <>{children}</>;
  return (
    <section className="not-yet" aria-labelledby="access-title">
      <h1 id="access-title">{view.label}</h1>
      <p className="lead">{view.summary}</p>
      {!viewer.signedIn ? (
        <p>
          This is for the council’s own staff and councillors. <Link href={signInPath(currentLocation())}>Sign in</Link> to see it.
        </p>
      ) : !viewer.memberOf(gss) ? (
        <p>You are signed in for {viewer.councilName ?? 'another council'}: this view shows only your own council’s data.</p>
      ) : view.access === 'admin' ? (
        <p>This is for the council’s administrators. Ask one of them if someone needs an account or a partner needs a key.</p>
      ) : (
        <p>This is for the data owners of indicators and the council’s MI-responsible manager. Ask them if a figure needs changing.</p>
      )}
    </section>
  );
}
