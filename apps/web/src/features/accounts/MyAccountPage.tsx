import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useViewer } from '../../auth/viewer.js';
import { Feedback, TextField, useSubmit } from '../../ui/forms.js';
import { Page } from '../../ui/Page.js';
import { ChangePasswordMutation } from './queries.js';

/** One's own account: who one signs in as, and changing one's password (any signed-in person). */
export function MyAccountPage() {
  const viewer = useViewer();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [change] = useMutation(ChangePasswordMutation);
  const [outcome, submit] = useSubmit(async () => {
    const res = await change({ variables: { currentPassword: current, newPassword: next } });
    setCurrent('');
    setNext('');
    return res.data?.changePassword.message ?? 'Your password has been changed.';
  });
  return (
    <Page labelledBy="my-account-title">
      <div className="page__head">
        <div>
          <h1 id="my-account-title">My account</h1>
          <p className="lead">
            You sign in as <strong>{viewer.email}</strong>
            {viewer.councilName && <> for {viewer.councilName}</>}.
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="change-password-title">
        <form className="admin-form" aria-labelledby="change-password-title" onSubmit={(e) => void submit(e)} noValidate>
          <h2 id="change-password-title">Change my password</h2>
          <p className="small muted">Your other sessions (other browsers and devices) end; this one goes on.</p>
          <Feedback outcome={outcome} besideFields={['currentPassword', 'newPassword']} />
          <TextField
            label="Current password"
            name="currentPassword"
            type="password"
            value={current}
            onChange={setCurrent}
            outcome={outcome}
            required
          />
          <TextField
            label="New password"
            name="newPassword"
            type="password"
            hint="At least 10 characters."
            value={next}
            onChange={setNext}
            outcome={outcome}
            required
          />
          <button type="submit" className="button button--primary" disabled={outcome.busy}>
            Change my password
          </button>
        </form>
      </section>
    </Page>
  );
}
