/**
 * Who answers for an indicator in a council: its data owner and responsible manager (setIndicatorOwnership), for those
 * `viewerCan.setOwnership` allows. On the Indicators page it saves at once; from a DATA_OWNER_MISSING finding it asks first.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Feedback, SearchSelectField, useSubmit } from '../../ui/forms.js';
import { Loading } from '../../ui/Status.js';
import { CouncilOfficersQuery } from '../../ui/people.queries.js';
import { SetOwnershipMutation } from './indicators.queries.js';

interface Person {
  id: string;
  name: string;
}
export interface OwnedIndicator {
  id: string;
  title: string;
  ownership?: { dataOwner?: Person | null; responsibleManager?: Person | null } | null;
}

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
  const [outcome, submit] = useSubmit(async () => {
    await save({
      variables: { input: { councilId, indicatorId: i.id, dataOwnerId: owner || null, responsibleManagerId: manager || null } },
    });
    const done = owner ? `${nameOf(owner) ?? 'They'} is now the data owner of “${i.title}”.` : 'Saved who answers for it.';
    await onSaved(done);
    return done;
  });
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
