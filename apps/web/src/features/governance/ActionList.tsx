import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from '../../app/Link.js';
import type { ActionRowFragment } from '../../graphql/graphql.js';
import { AddActionUpdateMutation, MoveActionMutation } from './actions.queries.js';
import { ACTION_SOURCE, day, todayIso, words } from './format.js';
import { Feedback, SelectField, TextField, useSubmit } from './forms.js';
import { governancePath } from './paths.js';
import { useGovernance } from './useGovernance.js';

const isOverdue = (a: ActionRowFragment, today: string) =>
  (a.status === 'OPEN' || a.status === 'IN_PROGRESS') && a.due !== null && a.due !== undefined && a.due < today;

/** Actions as cards: what, who, when, where from, progress; with progress and status forms for those allowed. */
export function ActionList({
  actions,
  onChanged,
  label = 'Actions',
}: {
  actions: readonly ActionRowFragment[];
  onChanged?: () => void;
  label?: string;
}) {
  return (
    <ul className="action-list" aria-label={label}>
      {actions.map((a) => (
        <ActionItem key={a.id} action={a} onChanged={onChanged} />
      ))}
    </ul>
  );
}

function ActionItem({ action: a, onChanged }: { action: ActionRowFragment; onChanged?: () => void }) {
  const { gss, can } = useGovernance();
  const overdue = isOverdue(a, todayIso());
  const mayChange = can.changeAction({ ownerId: a.owner?.id, source: a.source });
  return (
    <li className={`action-card action-card--${a.status}${overdue ? ' is-overdue' : ''}`}>
      <h3>
        <span className={`status-tag status-tag--${a.status}`}>{words(a.status)}</span> {a.title}
        {overdue && <span className="tag tag--warn">Overdue</span>}
      </h3>
      <p className="small">
        {a.owner ? a.owner.name : <span className="tag tag--warn">No owner</span>} · due {day(a.due)} · {words(a.source, ACTION_SOURCE)}
        {a.risk && (
          <>
            {' '}
            (<Link href={governancePath(gss, 'risks', a.risk.id)}>{a.risk.reference}</Link>)
          </>
        )}
        {a.service && ` · ${a.service.name}`}
      </p>
      {a.description && <p className="small muted">{a.description}</p>}
      {a.status === 'DROPPED' && a.droppedReason && <p className="small">Dropped: {a.droppedReason}</p>}
      {a.status === 'DONE' && a.completedOn && <p className="small">Done on {day(a.completedOn)}</p>}
      {a.updates.length > 0 && (
        <ol className="action-card__updates" aria-label={`Progress on ${a.title}`}>
          {a.updates.map((u) => (
            <li key={u.id}>
              <span className="muted">
                {day(u.on)}
                {u.by && `, ${u.by.name}`}:
              </span>{' '}
              {u.text}
            </li>
          ))}
        </ol>
      )}
      {mayChange && (
        <details className="action-card__forms">
          <summary>
            Progress or status<span className="visually-hidden"> of {a.title}</span>
          </summary>
          <ProgressForm action={a} onChanged={onChanged} />
          <MoveForm action={a} onChanged={onChanged} />
        </details>
      )}
    </li>
  );
}

function ProgressForm({ action, onChanged }: { action: ActionRowFragment; onChanged?: () => void }) {
  const [text, setText] = useState('');
  const [add] = useMutation(AddActionUpdateMutation);
  const [outcome, submit] = useSubmit(async () => {
    await add({ variables: { input: { actionId: action.id, text: text.trim() } } });
    setText('');
    onChanged?.();
    return 'Progress recorded.';
  });
  return (
    <form aria-label={`Add progress to ${action.title}`} onSubmit={(e) => void submit(e)}>
      <TextField label="Progress" name="text" value={text} onChange={setText} outcome={outcome} multiline required />
      <Feedback outcome={outcome} />
      <button type="submit" className="button" disabled={outcome.busy}>
        Add progress
      </button>
    </form>
  );
}

const MOVES: Record<string, string[]> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'DROPPED'],
  IN_PROGRESS: ['OPEN', 'DONE', 'DROPPED'],
  DONE: ['OPEN', 'IN_PROGRESS'],
  DROPPED: ['OPEN', 'IN_PROGRESS'],
};

function MoveForm({ action, onChanged }: { action: ActionRowFragment; onChanged?: () => void }) {
  const moves = MOVES[action.status] ?? [];
  const [status, setStatus] = useState(moves[0] ?? '');
  const [reason, setReason] = useState('');
  const [move] = useMutation(MoveActionMutation);
  const [outcome, submit] = useSubmit(async () => {
    type S = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
    await move({
      variables: {
        input: {
          id: action.id,
          version: action.version,
          status: status as S,
          ...(status === 'DROPPED' ? { droppedReason: reason.trim() } : {}),
        },
      },
    });
    setReason('');
    onChanged?.();
    return `Now ${words(status).toLowerCase()}.`;
  });
  return (
    <form aria-label={`Move ${action.title}`} onSubmit={(e) => void submit(e)}>
      <SelectField
        label="Move to"
        name="status"
        value={status}
        onChange={setStatus}
        choices={moves.map((m) => ({ value: m, label: words(m) }))}
        outcome={outcome}
      />
      {status === 'DROPPED' && (
        <TextField label="Why it is dropped" name="droppedReason" value={reason} onChange={setReason} outcome={outcome} required />
      )}
      <Feedback outcome={outcome} />
      <button type="submit" className="button" disabled={outcome.busy}>
        Move
      </button>
    </form>
  );
}
