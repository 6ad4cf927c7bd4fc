import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { AuthError } from '../../auth/session.js';
import { useViewer } from '../../auth/viewer.js';
import { graphql } from '../../graphql/index.js';
import { DEFAULT_COUNCIL, navigate, routePath } from '../../app/router.js';

/** Public facts of the demo council: a fresh demo install names its fictional MI lead. */
const DemoCheckQuery = graphql(`
  query DemoCheck {
    council(gssCode: "E10000029") {
      id
      miResponsible {
        id
        name
      }
    }
  }
`);

export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; who: string }> = [
  { email: 'megan.llewellyn@suffolk.gov.uk', who: 'Head of Performance and Intelligence (MI manager, administrator)' },
  { email: 'conor.gallagher@suffolk.gov.uk', who: 'Chief Executive' },
  { email: 'ngozi.okafor@suffolk.gov.uk', who: 'Director of Adult Social Services' },
  { email: 'kwame.francis@suffolk.gov.uk', who: 'Team Manager, Hospital Discharge Team' },
  { email: 'yusuf.kaya@suffolk.gov.uk', who: 'Performance Analyst (data owner)' },
  { email: 'cllr.christopher.lewis@suffolk.gov.uk', who: 'Scrutiny councillor' },
];
export const DEMO_PASSWORD = 'golden-thread-demo';

/** Only a path inside the app is followed after signing in (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : routePath(DEFAULT_COUNCIL, 'explorer');
}

export function SignInPage({ next }: { next: string | null }) {
  const viewer = useViewer();
  const demo = useQuery(DemoCheckQuery, { errorPolicy: 'all' });
  const isDemo = demo.data?.council?.miResponsible?.name === 'Megan Llewellyn';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field: 'email' | 'password' | null } | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return setError({ message: 'Enter your e-mail address.', field: 'email' });
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()))
      return setError({ message: 'Enter an e-mail address like name@council.gov.uk.', field: 'email' });
    if (!password) return setError({ message: 'Enter your password.', field: 'password' });
    setBusy(true);
    setError(null);
    try {
      await viewer.session.signIn(email.trim(), password);
      navigate(safeNext(next), { replace: true });
    } catch (e) {
      setError({ message: e instanceof AuthError ? e.message : 'Signing in failed. Try again in a moment.', field: null });
      setBusy(false);
    }
  };

  return (
    <section className="signin" aria-labelledby="signin-title">
      <div className="signin__card">
        <h1 id="signin-title">Sign in</h1>
        <p className="muted">
          Staff and councillors sign in to see their council’s people, line management, unpublished figures and findings. Everything
          published is open without signing in.
        </p>
        {error && (
          <div className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
            <strong>⚠ Could not sign in</strong>
            <span>{error.message}</span>
          </div>
        )}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="signin-email">E-mail address</label>
            <input
              id="signin-email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={error?.field === 'email' || undefined}
              disabled={busy}
            />
          </div>
          <div className="field">
            <label htmlFor="signin-password">Password</label>
            <input
              id="signin-password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={error?.field === 'password' || undefined}
              disabled={busy}
            />
          </div>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
      {isDemo && (
        <aside className="signin__demo" aria-labelledby="demo-title">
          <h2 id="demo-title">Demo accounts</h2>
          <p className="small">
            This is a demo install (Suffolk, fictional people). Every demo account has the password <code>{DEMO_PASSWORD}</code>.
          </p>
          <ul>
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a.email}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setEmail(a.email);
                    setPassword(DEMO_PASSWORD);
                    setError(null);
                  }}
                >
                  {a.email}
                </button>
                <span className="small muted"> {a.who}</span>
              </li>
            ))}
          </ul>
        </aside>
      )}
    </section>
  );
}
