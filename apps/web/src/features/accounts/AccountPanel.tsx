import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Feedback, TextField, useOutcome } from '../../ui/forms.js';
import { UpdateAccountMutation } from './queries.js';
import { Confirm } from './parts.js';

export interface ManagedAccount {
  id: string;
  version: number;
  email: string;
  admin: boolean;
  person: { name: string };
}

/** One account's changes an administrator makes: its administrator role, and a new password set for its person. */
export function AccountPanel({ account, onClose }: { account: ManagedAccount; onClose: () => void }) {
  const [update] = useMutation(UpdateAccountMutation, { refetchQueries: ['Accounts'], awaitRefetchQueries: true });
  const [roleOutcome, runRole] = useOutcome();
  const [passwordOutcome, runPassword] = useOutcome();
  const [asking, setAsking] = useState<'role' | 'password' | null>(null);
  const [password, setPassword] = useState('');
  const name = account.person.name;
  const titleId = `account-panel-${account.id}`;

  const changeRole = () =>
    runRole(async () => {
      setAsking(null);
      await update({ variables: { input: { id: account.id, version: account.version, admin: !account.admin } } });
      return account.admin ? `${name} is no longer an administrator.` : `${name} is now an administrator.`;
    });
  const resetPassword = () =>
    runPassword(async () => {
      setAsking(null);
      await update({ variables: { input: { id: account.id, version: account.version, password } } });
      setPassword('');
      return `${name}’s password has been set and their sessions have ended. Give them the new password in person.`;
    });

  return (
    <section className="card card--inset" aria-labelledby={titleId} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <h3 id={titleId}>The account of {name}</h3>
      <p className="small muted">
        Signs in as {account.email}. {account.admin ? 'Administrator.' : 'Member (not an administrator).'}
      </p>
      <h4>Administrator role</h4>
      <Feedback outcome={roleOutcome} />
      {asking === 'role' ? (
        <Confirm
          question={
            account.admin
              ? `${name} will no longer manage accounts and API keys or see the audit trail.`
              : `${name} will manage every account and API key of the council and see its audit trail.`
          }
          yes={account.admin ? 'Yes, remove the role' : 'Yes, make them an administrator'}
          onYes={() => void changeRole()}
          onNo={() => setAsking(null)}
        />
      ) : (
        <p className="actions">
          <button type="button" className="button" disabled={roleOutcome.busy} onClick={() => setAsking('role')}>
            {account.admin ? 'Remove the administrator role' : 'Make an administrator'}
          </button>
        </p>
      )}
      <form
        className="admin-form"
        aria-label={`Reset the password of ${name}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setAsking('password');
        }}
      >
        <h4>Reset the password</h4>
        <Feedback outcome={passwordOutcome} besideFields={['password']} />
        <TextField
          label="New password"
          name="password"
          type="password"
          hint="At least 10 characters. Every session of the account ends."
          value={password}
          onChange={setPassword}
          outcome={passwordOutcome}
        />
        {asking === 'password' ? (
          <Confirm
            question={`${name} will have to sign in again everywhere, with the password you give them.`}
            yes="Yes, set the password"
            onYes={() => void resetPassword()}
            onNo={() => setAsking(null)}
          />
        ) : (
          <p className="actions">
            <button type="submit" className="button button--primary" disabled={passwordOutcome.busy}>
              Set the new password
            </button>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </p>
        )}
      </form>
    </section>
  );
}
