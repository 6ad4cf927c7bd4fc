import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { ComparatorGroupsQuery as Data } from '../../graphql/graphql.js';
import type { ConflictField } from '../../ui/conflict.js';
import { ConflictAnswer, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import { Feedback, fieldError, TextField, useSubmit } from '../../ui/forms.js';
import { StoredIndicatorRecordQuery } from './stored.queries.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ConfirmButton } from '../priorities/forms.js';
import {
  ComparatorGroupsQuery,
  CreateComparatorGroupMutation,
  DeleteComparatorGroupMutation,
  UpdateComparatorGroupMutation,
} from './indicators.queries.js';

type Group = Data['comparatorGroups'][number];
type CouncilChoice = { id: string; name: string; type: string; region: string };

const TYPE: Record<string, string> = {
  CC: 'city corporations',
  CTY: 'county councils',
  UA: 'unitary authorities',
  MD: 'metropolitan districts',
  LBO: 'London boroughs',
};

/**
 * The councils the council compares its indicators with: the derived groups every council has (shown,
 * not changed) and its own named groups, which those `viewerCan` allows create, change and delete,
 * picking councils from a searchable list.
 */
export function ComparatorGroups({ councilId }: { councilId: string }) {
  const q = useQuery(ComparatorGroupsQuery, { variables: { councilId }, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<string | null>(null);
  const [remove] = useMutation(DeleteComparatorGroupMutation);
  if (q.error) return <ErrorState title="The comparator groups could not be loaded" error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Loading label="Loading the comparator groups…" />;
  const council = q.data.council!;
  const councils = q.data.councils.nodes;
  const sameType = councils.filter((c) => c.type === council.type);
  const sameRegion = councils.filter((c) => c.region === council.region);
  const done = async () => {
    setOpen(null);
    await q.refetch();
  };
  const derived = [
    { name: 'All of England', about: 'Every English council with social services.', members: councils },
    { name: 'Councils of the same type', about: `The ${TYPE[council.type] ?? council.type}.`, members: sameType },
    { name: 'Councils in the same region', about: `Councils in ${council.region}.`, members: sameRegion },
  ];
  return (
    <div className="ind-split">
      <section className="card" aria-labelledby="groups-derived-title">
        <h2 id="groups-derived-title">Every council’s groups</h2>
        <p className="small muted">Derived from each council’s type and region: they cannot be changed.</p>
        <ul className="ind-groups">
          {derived.map((g) => (
            <li key={g.name}>
              <h3>{g.name}</h3>
              <p className="small">
                {g.about} {g.members.length} councils today.
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="groups-own-title">
        <h2 id="groups-own-title">{council.name}’s own groups</h2>
        {council.indicatorsViewerCan.createComparatorGroup && open !== 'new' && (
          <p>
            <button type="button" className="button button--primary" onClick={() => setOpen('new')}>
              New comparator group
            </button>
          </p>
        )}
        {open === 'new' && <GroupForm councilId={councilId} councils={councils} onSaved={done} onCancel={() => setOpen(null)} />}
        {q.data.comparatorGroups.length === 0 && <p className="muted">No groups of its own yet.</p>}
        <ul className="ind-groups" aria-label="The council’s comparator groups">
          {q.data.comparatorGroups.map((g) => (
            <li key={g.id} aria-label={g.name}>
              <h3>{g.name}</h3>
              {g.description && <p className="small">{g.description}</p>}
              <p className="small">
                {g.members.length} council{g.members.length === 1 ? '' : 's'}: {g.members.map((m) => m.name).join(', ')}
              </p>
              {(g.viewerCan.update || g.viewerCan.delete) && (
                <p className="actions">
                  {g.viewerCan.update && (
                    <button
                      type="button"
                      className="button"
                      aria-expanded={open === g.id}
                      onClick={() => setOpen(open === g.id ? null : g.id)}
                    >
                      Change “{g.name}”
                    </button>
                  )}
                  {g.viewerCan.delete && (
                    <DeleteGroup
                      group={g}
                      councils={councils}
                      onDelete={async (version) => {
                        await remove({ variables: { id: g.id, version } });
                        await done();
                      }}
                    />
                  )}
                </p>
              )}
              {open === g.id && (
                <GroupForm councilId={councilId} councils={councils} group={g} onSaved={done} onCancel={() => setOpen(null)} />
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** A group's fields as the conflict panel names them (its form and its delete), members by their councils' names. */
function groupFields(councils: readonly CouncilChoice[]): ReadonlyArray<ConflictField<GroupValues>> {
  const byId = new Map(councils.map((c) => [c.id, c.name]));
  const namesOf = (ids: string) =>
    ids
      .split(',')
      .filter(Boolean)
      .map((id) => byId.get(id) ?? id)
      .join(', ') || 'None';
  return [
    { key: 'name', label: 'Name' },
    { key: 'description', label: 'Description' },
    { key: 'members', label: 'Councils in the group', show: namesOf },
  ];
}

/**
 * Deletes a group at the version the page read: a stale one (changed since) is answered with their change and
 * do it anyway / cancel (ConfirmButton's `versioned`), never deleted unseen.
 */
function DeleteGroup({
  group: g,
  councils,
  onDelete,
}: {
  group: Group;
  councils: readonly CouncilChoice[];
  onDelete: (version: number) => Promise<void>;
}) {
  const load = useStoredNodeOf(StoredIndicatorRecordQuery, g.id, 'ComparatorGroup', (n) => groupValues(n));
  return (
    <ConfirmButton
      label="Delete"
      ariaLabel={`Delete “${g.name}”`}
      question={`Delete the comparator group “${g.name}”? Comparisons with it are no longer offered.`}
      confirmLabel="Yes, delete it"
      versioned={{ what: `the group “${g.name}”`, fields: groupFields(councils), base: groupValues(g), version: g.version, load }}
      onConfirm={onDelete}
    />
  );
}

const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

/** A group as the conflict panel compares it: the members' ids sorted, one string. */
interface GroupValues {
  name: string;
  description: string;
  members: string;
}
const groupValues = (g: { name: string; description?: string | null; members: ReadonlyArray<{ id: string }> }): GroupValues => ({
  name: g.name,
  description: g.description ?? '',
  members: g.members
    .map((m) => m.id)
    .sort()
    .join(','),
});

function GroupForm({
  councilId,
  councils,
  group,
  onSaved,
  onCancel,
}: {
  councilId: string;
  councils: readonly CouncilChoice[];
  group?: Group;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(group?.name ?? '');
  const [description, setDescription] = useState(group?.description ?? '');
  const [members, setMembers] = useState<string[]>(group?.members.map((m) => m.id) ?? []);
  const [search, setSearch] = useState('');
  const [create] = useMutation(CreateComparatorGroupMutation);
  const [update] = useMutation(UpdateComparatorGroupMutation);
  const byId = useMemo(() => new Map(councils.map((c) => [c.id, c])), [councils]);
  const found = useMemo(() => {
    const w = words(search);
    if (w.length === 0) return [];
    return councils.filter((c) => w.every((x) => `${c.name} ${c.region}`.toLowerCase().includes(x)));
  }, [councils, search]);
  const read = useStoredNodeOf(StoredIndicatorRecordQuery, group?.id, 'ComparatorGroup', (n) => groupValues(n));
  const c = useConflictForm<GroupValues>(groupFields(councils), read);
  const [answer, submit] = useSubmit(async () => {
    if (group) {
      const input = { id: group.id, version: c.version(group.version), name, description, memberIds: members };
      await c.guard(groupValues(group), groupValues({ name, description, members: members.map((id) => ({ id })) }), () =>
        update({ variables: { input } }),
      );
    } else await create({ variables: { input: { councilId, name, description, memberIds: members } } });
    await onSaved();
    return `Saved “${name.trim()}”.`;
  });
  const outcome = c.outcome(answer);
  const toggle = (id: string) => setMembers((m) => (m.includes(id) ? m.filter((x) => x !== id) : [...m, id]));
  const label = group ? `Change “${group.name}”` : 'A new comparator group';
  const membersError = fieldError('memberIds', outcome);
  return (
    <form
      className="card card--inset"
      aria-label={label}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h3>{label}</h3>
      <ConflictAnswer
        c={c}
        what="this group"
        busy={outcome.busy}
        submit={submit}
        show={(t) => {
          setName(t.name);
          setDescription(t.description);
          setMembers(t.members.split(',').filter(Boolean));
        }}
      />
      <TextField label="Name" name="name" value={name} onChange={setName} outcome={outcome} required />
      <TextField label="Description" name="description" value={description} onChange={setDescription} outcome={outcome} multiline />
      <fieldset className="ind-pick" aria-describedby={membersError ? 'group-members-error' : undefined}>
        <legend>Councils in the group ({members.length})</legend>
        {members.length > 0 && (
          <ul className="ind-members" aria-label="Chosen councils">
            {members.map((id) => (
              <li key={id}>
                {byId.get(id)?.name ?? id}
                <button type="button" onClick={() => toggle(id)} aria-label={`Remove ${byId.get(id)?.name ?? id}`}>
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="field">
          <label htmlFor="group-search">Find a council</label>
          <input
            id="group-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => {
              // Enter adds the only match, so a council can be added from the keyboard without leaving the box.
              if (e.key === 'Enter') {
                e.preventDefault();
                if (found.length === 1 && !members.includes(found[0]!.id)) toggle(found[0]!.id);
              }
            }}
            autoComplete="off"
            aria-describedby="group-search-count"
          />
          <span className="field__hint" id="group-search-count" aria-live="polite">
            {search.trim()
              ? `${found.length} of ${councils.length} councils match`
              : `Type part of a name or a region (${councils.length} councils)`}
          </span>
        </div>
        {found.length > 0 && (
          <ul className="ind-matches" aria-label="Matching councils">
            {found.slice(0, 30).map((c) => (
              <li key={c.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={members.includes(c.id)} onChange={() => toggle(c.id)} /> {c.name}
                  <span className="small muted">{c.region}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {membersError && (
          <span className="field__error" id="group-members-error">
            {membersError}
          </span>
        )}
      </fieldset>
      <Feedback outcome={outcome} besideFields={['name', 'description', 'memberIds']} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          {group ? 'Save the group' : 'Create the group'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
