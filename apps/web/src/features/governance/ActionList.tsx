import { useMutation } from '@apollo/client/react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import type { ActionRowFragment } from '../../graphql/graphql.js';
import { ConflictAnswer, dateShown, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import { AddActionUpdateMutation, MoveActionMutation } from './actions.queries.js';
import { ACTION_SOURCE, day, todayIso, words } from './format.js';
import { codeChoices, GovForm, SelectField, TextField, useForm } from './forms.js';
import { governancePath } from './paths.js';
import { StoredGovernanceStepQuery } from './stored-steps.queries.js';
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
        {a.commentary && (
          <>
            {' '}
            (on{' '}
            <Link href={routePath(gss, 'indicator', a.commentary.indicator.id)}>
              {a.commentary.indicator.displayCode ?? a.commentary.indicator.code}, {a.commentary.period}
            </Link>
            )
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
  const [add] = useMutation(AddActionUpdateMutation);
  const f = useForm({ text: '' }, async (v) => {
    await add({ variables: { input: { actionId: action.id, text: v.text.trim() } } });
    f.setV(() => ({ text: '' }));
    onChanged?.();
    return 'Progress recorded.';
  });
  return (
    <GovForm label={`Add progress to ${action.title}`} form={f} submit="Add progress">
      <TextField label="Progress" {...f.field('text')} multiline required />
    </GovForm>
  );
}

const MOVES: Record<string, string[]> = {
  OPEN: ['IN_PROGRESS', 'DONE', 'DROPPED'],
  IN_PROGRESS: ['OPEN', 'DONE', 'DROPPED'],
  DONE: ['OPEN', 'IN_PROGRESS'],
  DROPPED: ['OPEN', 'IN_PROGRESS'],
};

/** An action as the conflict panel of a stale move compares it (an owner by name). */
const actionValues = (a: {
  status: string;
  title: string;
  description?: string | null;
  owner?: { name: string } | null;
  due?: string | null;
  completedOn?: string | null;
  droppedReason?: string | null;
}) => ({
  status: a.status,
  title: a.title,
  description: a.description ?? '',
  owner: a.owner?.name ?? '',
  due: a.due ?? '',
  completedOn: a.completedOn ?? '',
  droppedReason: a.droppedReason ?? '',
});
const ACTION_FIELDS = [
  { key: 'status', label: 'Status', show: (v: string) => words(v) },
  { key: 'title', label: 'What must be done' },
  { key: 'description', label: 'Details' },
  { key: 'owner', label: 'Owner', show: (v: string) => v || 'No owner' },
  { key: 'due', label: 'Due', show: dateShown },
  { key: 'completedOn', label: 'Done on', show: dateShown },
  { key: 'droppedReason', label: 'Why it is dropped' },
] as const;

/**
 * Moves an action's status (closing it as done, dropping it with a reason) at the version read: a stale one is
 * answered with their change to the action and do it anyway / cancel.
 */
function MoveForm({ action, onChanged }: { action: ActionRowFragment; onChanged?: () => void }) {
  const moves = MOVES[action.status] ?? [];
  const [move] = useMutation(MoveActionMutation);
  const read = useStoredNodeOf(StoredGovernanceStepQuery, action.id, 'Action', (n) => actionValues({ ...n, status: n.actionStatus }));
  const c = useConflictForm(ACTION_FIELDS, read);
  const f = useForm(
    { status: moves[0] ?? '', droppedReason: '' },
    async (v) => {
      type S = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DROPPED';
      const input = {
        id: action.id,
        version: c.version(action.version),
        status: v.status as S,
        ...(v.status === 'DROPPED' ? { droppedReason: v.droppedReason.trim() } : {}),
      };
      const read = actionValues(action);
      await c.guard(read, read, () => move({ variables: { input } }));
      f.setV((old) => ({ ...old, droppedReason: '' }));
      onChanged?.();
      return `Now ${words(v.status).toLowerCase()}.`;
    },
    action.version,
  );
  return (
    <GovForm label={`Move ${action.title}`} form={{ ...f, outcome: c.outcome(f.outcome) }} submit="Move">
      <ConflictAnswer
        c={c}
        what="this action"
        busy={f.outcome.busy}
        submit={f.submit}
        show={f.reset}
        step={`move it to ${words(f.v.status).toLowerCase()}`}
      />
      <SelectField label="Move to" {...f.field('status')} choices={codeChoices(moves)} />
      {f.v.status === 'DROPPED' && (
        <TextField label="Why it is dropped" {...f.field('droppedReason')} hint="A dropped action needs a reason." />
      )}
    </GovForm>
  );
}
