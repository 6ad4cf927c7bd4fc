import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { usePeople } from '../explorer/usePeople.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { TableHead } from '../../ui/TableHead.js';
import { apiError } from '../../ui/errors.js';
import { AccountPanel } from './AccountPanel.js';
import { Feedback, when } from './parts.js';
import { AccountsQuery, CreateAccountMutation, UpdateAccountMutation } from './queries.js';
import { TableScroll } from '../../ui/TableScroll.js';

/** The council's sign-in accounts: each one's role and state, changing them, and giving someone an account. */
export function Accounts({ councilId }: { councilId: string }) {
  const q = useQuery(AccountsQuery, { variables: { councilId }, fetchPolicy: 'cache-and-network' });
  const [update, updating] = useMutation(UpdateAccountMutation, { refetchQueries: ['Accounts'], awaitRefetchQueries: true });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const accounts = useMemo(() => q.data?.accounts.nodes ?? [], [q.data]);
  const taken = useMemo(() => new Set(accounts.map((a) => a.person.id)), [accounts]);
  const [managing, setManaging] = useState<string | null>(null);
  const managed = accounts.find((a) => a.id === managing) ?? null;

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
        <TableScroll label="Sign-in accounts">
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
                    </button>{' '}
                    <button
                      type="button"
                      className="button"
                      aria-expanded={managing === a.id}
                      aria-label={`Change the account of ${a.person.name}`}
                      onClick={() => setManaging(managing === a.id ? null : a.id)}
                    >
                      Change…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {managed && <AccountPanel key={managed.id} account={managed} onClose={() => setManaging(null)} />}
      <NewAccount councilId={councilId} taken={taken} />
    </section>
  );
}

export function NewAccount({ councilId, taken }: { councilId: string; taken: ReadonlySet<string> }) {
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
