import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { usePeople } from '../explorer/usePeople.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { TableHead } from '../../ui/TableHead.js';
import { apiError } from '../../ui/errors.js';
import {
  AccountsQuery,
  ApiKeysQuery,
  CreateAccountMutation,
  CreateApiKeyMutation,
  RevokeApiKeyMutation,
  UpdateAccountMutation,
} from './queries.js';

/** The council's administration: people's sign-in accounts and partners' API keys (administrators only). */
export function AdminPage({ gss }: { gss: string }) {
  return <WithCouncil gss={gss}>{(council) => <Admin councilId={council.id} councilName={council.name} />}</WithCouncil>;
}

const when = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'never';
const day = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium' }) : '—');

function Feedback({ error, done }: { error: string | null; done: string | null }) {
  return (
    <div aria-live="polite">
      {error && (
        <p className="form-error" role="alert">
          <strong>⚠ Not done</strong> <span>{error}</span>
        </p>
      )}
      {done && (
        <p className="form-ok" role="status">
          ✓ {done}
        </p>
      )}
    </div>
  );
}

function Admin({ councilId, councilName }: { councilId: string; councilName: string }) {
  return (
    <Page labelledBy="admin-title">
      <div className="page__head">
        <div>
          <h1 id="admin-title">Administration</h1>
          <p className="lead">
            Who can sign in to {councilName}’s Golden Thread, and the read-only API keys partners use to query it. Every change here is
            recorded in the audit trail.
          </p>
        </div>
      </div>
      <Accounts councilId={councilId} />
      <ApiKeys councilId={councilId} />
    </Page>
  );
}

function Accounts({ councilId }: { councilId: string }) {
  const q = useQuery(AccountsQuery, { variables: { councilId }, fetchPolicy: 'cache-and-network' });
  const [update, updating] = useMutation(UpdateAccountMutation, { refetchQueries: ['Accounts'], awaitRefetchQueries: true });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const accounts = useMemo(() => q.data?.accounts.nodes ?? [], [q.data]);
  const taken = useMemo(() => new Set(accounts.map((a) => a.person.id)), [accounts]);

  const toggle = async (a: (typeof accounts)[number]) => {
    setError(null);
    setDone(null);
    try {
      await update({ variables: { input: { id: a.id, version: a.version, disabled: !a.disabled } } });
      setDone(a.disabled ? `${a.person.name} can sign in again.` : `${a.person.name}’s account is disabled: their sessions have ended.`);
    } catch (e) {
      setError(`${a.person.name}: ${apiError(e).message}`);
      // Someone may have changed it meanwhile: show the account as it is now, so trying again works.
      void q.refetch();
    }
  };

  return (
    <section className="card" aria-labelledby="accounts-title">
      <h2 id="accounts-title">Sign-in accounts{q.data && <span className="muted"> ({q.data.accounts.totalCount})</span>}</h2>
      <Feedback error={error} done={done} />
      {q.error && !q.data ? (
        <ErrorState title="The accounts could not be loaded" error={q.error} onRetry={() => void q.refetch()} compact />
      ) : !q.data ? (
        <Loading label="Loading the accounts…" compact />
      ) : (
        <table className="table" aria-labelledby="accounts-title">
          <TableHead columns={['Person', 'Signs in as', 'Role', 'Last signed in']} action />
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id}>
                <td>
                  {a.person.name}
                  {a.person.jobTitle && <span className="small muted"> · {a.person.jobTitle}</span>}
                </td>
                <td>{a.email}</td>
                <td>
                  {a.admin ? 'Administrator' : 'Member'}
                  {a.disabled && <strong> · disabled</strong>}
                </td>
                <td>{when(a.lastSignInAt)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={updating.loading}
                    aria-label={`${a.disabled ? 'Enable' : 'Disable'} the account of ${a.person.name}`}
                    onClick={() => void toggle(a)}
                  >
                    {a.disabled ? 'Enable' : 'Disable'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewAccount councilId={councilId} taken={taken} />
    </section>
  );
}

function NewAccount({ councilId, taken }: { councilId: string; taken: ReadonlySet<string> }) {
  const people = usePeople(councilId);
  const [who, setWho] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [admin, setAdmin] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateAccountMutation, { refetchQueries: ['Accounts'], awaitRefetchQueries: true });
  // People are picked by "Name (job title)": the list offers those without an account.
  const choices = useMemo(
    () =>
      (people.people ?? [])
        .filter((p) => !taken.has(p.id))
        .map((p) => ({ id: p.id, name: p.name, label: p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name })),
    [people.people, taken],
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(null);
    const person = choices.find((c) => c.label === who.trim()) ?? choices.find((c) => c.name === who.trim());
    if (!person) {
      setError(
        who.trim()
          ? `Nobody without an account is called “${who.trim()}”: pick a name from the list.`
          : 'Pick the person the account is for.',
      );
      return;
    }
    try {
      const res = await create({
        variables: { input: { personId: person.id, password, admin, ...(email.trim() ? { email: email.trim() } : {}) } },
      });
      setDone(
        `${person.name} can now sign in as ${res.data?.createAccount.account.email ?? 'their e-mail'}. ` +
          'Give them the initial password in person, and ask them to change it.',
      );
      setWho('');
      setEmail('');
      setPassword('');
      setAdmin(false);
    } catch (err) {
      setError(apiError(err).message);
    }
  };

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="new-account-title">
      <h3 id="new-account-title">Give someone an account</h3>
      <Feedback error={error} done={done} />
      <div className="field">
        <label htmlFor="new-account-person">Person</label>
        <input
          id="new-account-person"
          list="new-account-people"
          value={who}
          onChange={(e) => setWho(e.target.value)}
          autoComplete="off"
          placeholder={people.people ? 'Start typing a name' : 'Loading people…'}
        />
        <datalist id="new-account-people">
          {choices.map((c) => (
            <option key={c.id} value={c.label} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor="new-account-email">Sign-in e-mail (optional)</label>
        <input
          id="new-account-email"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          placeholder="their work e-mail by default"
        />
      </div>
      <div className="field">
        <label htmlFor="new-account-password">Initial password (at least 10 characters)</label>
        <input
          id="new-account-password"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={admin} onChange={(e) => setAdmin(e.target.checked)} /> Administrator (manages accounts and API keys)
      </label>
      <button type="submit" className="button button--primary" disabled={creating.loading}>
        Create the account
      </button>
    </form>
  );
}

function ApiKeys({ councilId }: { councilId: string }) {
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const q = useQuery(ApiKeysQuery, { variables: { councilId, includeRevoked }, fetchPolicy: 'cache-and-network' });
  const [revoke, revoking] = useMutation(RevokeApiKeyMutation, { refetchQueries: ['ApiKeys'], awaitRefetchQueries: true });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const keys = q.data?.apiKeys.nodes ?? [];

  const stop = async (k: (typeof keys)[number]) => {
    setError(null);
    setDone(null);
    try {
      await revoke({ variables: { id: k.id, version: k.version } });
      setDone(`The key “${k.name}” (${k.prefix}) no longer works.`);
    } catch (e) {
      setError(`${k.name}: ${apiError(e).message}`);
      void q.refetch();
    }
  };

  return (
    <section className="card" aria-labelledby="keys-title">
      <h2 id="keys-title">Partners’ API keys{q.data && <span className="muted"> ({q.data.apiKeys.totalCount})</span>}</h2>
      <p className="small muted">
        A key is read-only and sees what the public sees. Partners send it as <code>x-api-key: &lt;key&gt;</code> with each request to{' '}
        <code>/graphql</code>.
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} /> Show revoked keys
      </label>
      <Feedback error={error} done={done} />
      {q.error && !q.data ? (
        <ErrorState title="The API keys could not be loaded" error={q.error} onRetry={() => void q.refetch()} compact />
      ) : !q.data ? (
        <Loading label="Loading the API keys…" compact />
      ) : keys.length === 0 ? (
        <p className="muted">No {includeRevoked ? '' : 'working '}API keys.</p>
      ) : (
        <table className="table" aria-labelledby="keys-title">
          <TableHead columns={['For', 'Key', 'Issued', 'Last used', 'Expires']} action />
          <tbody>
            {keys.map((k) => (
              <tr key={k.id}>
                <td>
                  {k.name}
                  {k.contact && <span className="small muted"> · {k.contact}</span>}
                </td>
                <td>
                  <code>{k.prefix}</code>
                </td>
                <td>{day(k.createdAt)}</td>
                <td>{when(k.lastUsedAt)}</td>
                <td>{k.revokedAt ? <strong>revoked {day(k.revokedAt)}</strong> : day(k.expiresAt)}</td>
                <td>
                  {!k.revokedAt && (
                    <button
                      type="button"
                      className="button"
                      disabled={revoking.loading}
                      aria-label={`Revoke the key ${k.name}`}
                      onClick={() => void stop(k)}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <NewApiKey councilId={councilId} />
    </section>
  );
}

function NewApiKey({ councilId }: { councilId: string }) {
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ name: string; secret: string } | null>(null);
  const [create, creating] = useMutation(CreateApiKeyMutation, { refetchQueries: ['ApiKeys'], awaitRefetchQueries: true });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setIssued(null);
    try {
      const res = await create({
        variables: {
          input: { councilId, name, ...(contact.trim() ? { contact: contact.trim() } : {}), ...(expiresAt ? { expiresAt } : {}) },
        },
      });
      const made = res.data?.createApiKey;
      if (made) setIssued({ name: made.apiKey.name, secret: made.secret });
      setName('');
      setContact('');
      setExpiresAt('');
    } catch (err) {
      setError(apiError(err).message);
    }
  };

  return (
    <form className="admin-form" onSubmit={(e) => void submit(e)} aria-labelledby="new-key-title">
      <h3 id="new-key-title">Issue an API key</h3>
      <Feedback error={error} done={null} />
      {issued && (
        <div className="form-ok" role="status">
          <p>
            ✓ The key for “{issued.name}” is below. <strong>Copy it now: it is never shown again</strong> (only its fingerprint is kept).
            Send it to the partner securely.
          </p>
          <p>
            <output aria-label="The new API key">
              <code className="secret">{issued.secret}</code>
            </output>
          </p>
        </div>
      )}
      <div className="field">
        <label htmlFor="new-key-name">What it is for</label>
        <input id="new-key-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. ICB performance dashboard" />
      </div>
      <div className="field">
        <label htmlFor="new-key-contact">Who to contact about it (optional)</label>
        <input id="new-key-contact" value={contact} onChange={(e) => setContact(e.target.value)} placeholder="e.g. bi@icb.nhs.uk" />
      </div>
      <div className="field">
        <label htmlFor="new-key-expires">Stops working after (optional)</label>
        <input id="new-key-expires" type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
      </div>
      <button type="submit" className="button button--primary" disabled={creating.loading}>
        Issue the key
      </button>
    </form>
  );
}
