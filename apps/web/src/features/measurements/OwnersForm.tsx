/**
 * Who answers for an indicator in a council: its data owner and responsible manager (setIndicatorOwnership), for those
 * `viewerCan.setOwnership` allows. On the Indicators page it saves at once; from a DATA_OWNER_MISSING finding it asks first.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { ConflictAnswer, useConflictForm, useStored } from '../../ui/conflict-form.js';
import { Feedback, SearchSelectField, useSubmit } from '../../ui/forms.js';
import { Loading } from '../../ui/Status.js';
import { CouncilOfficersQuery } from '../../ui/people.queries.js';
import { SetOwnershipMutation } from './indicators.queries.js';
import { StoredOwnershipQuery } from './stored.queries.js';

interface Person {
  id: string;
  name: string;
}
export interface OwnedIndicator {
  id: string;
  title: string;
  /** `version`: of the ownership read, to send back (none read: 0). */
  ownership?: { version?: number; dataOwner?: Person | null; responsibleManager?: Person | null } | null;
}

interface OwnerValues {
  dataOwnerId: string;
  responsibleManagerId: string;
}

const ownerValues = (
  o: { dataOwner?: { id: string } | null; responsibleManager?: { id: string } | null } | null | undefined,
): OwnerValues => ({
  dataOwnerId: o?.dataOwner?.id ?? '',
  responsibleManagerId: o?.responsibleManager?.id ?? '',
});

export function OwnersForm({
  i,
  councilId,
  onSaved,
  onCancel,
  confirm = false,
}: {
  i: OwnedIndicator;
  councilId: string;
  onSaved: (done: string) => Promise<void>;
  onCancel: () => void;
  /** Ask before writing, naming who will answer for it. */
  confirm?: boolean;
}) {
  const people = useQuery(CouncilOfficersQuery, { variables: { councilId } });
  const all = people.data?.council?.people.nodes;
  const choices = useMemo(
    () =>
      [...(all ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name })),
    [all],
  );
  const [owner, setOwner] = useState(i.ownership?.dataOwner?.id ?? '');
  const [manager, setManager] = useState(i.ownership?.responsibleManager?.id ?? '');
  const [asking, setAsking] = useState(false);
  const [save] = useMutation(SetOwnershipMutation);
  const nameOf = (id: string) => all?.find((p) => p.id === id)?.name;
  const show = (id: string) => (id ? (nameOf(id) ?? id) : 'Nobody');
  const read = useStored(StoredOwnershipQuery, { id: i.id, councilId }, (d) =>
    d.indicator ? { version: d.indicator.ownership?.version ?? 0, values: ownerValues(d.indicator.ownership) } : null,
  );
  const c = useConflictForm<OwnerValues>(
    [
      { key: 'dataOwnerId', label: 'Data owner', show },
      { key: 'responsibleManagerId', label: 'Responsible manager', show },
    ],
    read,
  );
  const [answer, submit] = useSubmit(async () => {
    const version = c.version(i.ownership?.version ?? 0);
    const input = { councilId, indicatorId: i.id, dataOwnerId: owner || null, responsibleManagerId: manager || null, version };
    const mine = { dataOwnerId: owner, responsibleManagerId: manager };
    await c.guard(ownerValues(i.ownership), mine, () => save({ variables: { input } }));
    const done = owner ? `${nameOf(owner) ?? 'They'} is now the data owner of “${i.title}”.` : 'Saved who answers for it.';
    await onSaved(done);
    return done;
  });
  const outcome = c.outcome(answer);
  const change = (set: (v: string) => void) => (v: string) => {
    set(v);
    setAsking(false);
  };
  return (
    <form
      className="card card--inset"
      aria-label="Who answers for it"
      onSubmit={(e) => {
        e.preventDefault();
        if (confirm && !asking) setAsking(true);
        else void submit();
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h3>Who answers for “{i.title}”</h3>
      <ConflictAnswer
        c={c}
        what={`who answers for “${i.title}”`}
        busy={outcome.busy}
        submit={submit}
        show={(t) => {
          setOwner(t.dataOwnerId);
          setManager(t.responsibleManagerId);
          setAsking(false);
        }}
      />
      {people.loading && <Loading compact label="Loading the council’s people…" />}
      <SearchSelectField
        label="Data owner"
        name="dataOwnerId"
        value={owner}
        onChange={change(setOwner)}
        choices={choices}
        empty="Nobody"
        searchLabel="Find the data owner"
        hint="Answerable for the accuracy of its figures: enters and validates them"
        outcome={outcome}
      />
      <SearchSelectField
        label="Responsible manager"
        name="responsibleManagerId"
        value={manager}
        onChange={change(setManager)}
        choices={choices}
        empty="Nobody"
        searchLabel="Find the responsible manager"
        hint="Answers for the performance it shows"
        outcome={outcome}
      />
      {asking && (
        <p role="alert">
          {owner
            ? `Make ${nameOf(owner) ?? 'them'} answerable for the accuracy of “${i.title}”’s figures?`
            : `Leave “${i.title}” with no data owner?`}
        </p>
      )}
      <Feedback outcome={outcome} besideFields={['dataOwnerId', 'responsibleManagerId']} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          {asking ? 'Yes, save who answers for it' : 'Save who answers for it'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
