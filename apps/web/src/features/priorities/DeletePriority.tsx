import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorOf, Field, InPlaceForm, inputProps, text } from './forms.js';
import { DeletePriorityMutation, RelinkChoicesQuery } from './queries.js';
import { PRIORITY_STEP_FIELDS, priorityStepValues, useStoredRecord } from './stored.js';
import type { Priority } from './types.js';

const LEVEL: Record<string, string> = { CORPORATE: 'corporate', DIRECTORATE: 'directorate', SERVICE: 'service' };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Deleting a priority, confirmed first. While objectives deliver it, priorities sit under it or
 * appraisal objectives aim at it, the server refuses unless they move to another priority of the year
 * (of the same level when priorities sit under it) that the viewer may change: the form asks which.
 */
export function DeletePriority({
  p,
  councilId,
  onDeleted,
}: {
  p: Priority;
  councilId: string;
  onDeleted: (movedTo: string | null) => void;
}) {
  const [asking, setAsking] = useState(false);
  const [remove] = useMutation(DeletePriorityMutation);
  const load = useStoredRecord('Priority', p.id, (x) => priorityStepValues(x, x.priorityStatus));
  const base = priorityStepValues(p, p.status);
  const hanging = [
    p.objectives.length ? plural(p.objectives.length, 'objective') : '',
    p.children.length ? plural(p.children.length, 'priority', 'priorities') : '',
    p.appraisalObjectives.length ? plural(p.appraisalObjectives.length, 'appraisal objective') : '',
  ].filter(Boolean);
  const choices = useQuery(RelinkChoicesQuery, { variables: { councilId, period: p.period }, skip: !asking || hanging.length === 0 });
  const council = choices.data?.node?.__typename === 'Council' ? choices.data.node : null;
  const successors = (council?.priorities ?? []).filter(
    (x) => x.id !== p.id && !x.isNonPriority && x.viewerCan.update && (p.children.length === 0 || x.level === p.level),
  );
  if (!asking) {
    return (
      <p className="actions">
        <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
          Delete this priority
        </button>
      </p>
    );
  }
  return (
    <InPlaceForm
      title="Delete this priority"
      submitLabel="Yes, delete it"
      fields={['relinkObjectivesTo']}
      onCancel={() => setAsking(false)}
      // Deleted as read: a stale version shows their change first, and deletes only on "do it anyway".
      versioned={{
        what: 'this priority',
        fields: PRIORITY_STEP_FIELDS,
        base,
        version: p.version,
        values: () => base,
        load,
        step: 'delete this priority',
      }}
      onSubmit={async (d, version) => {
        const to = text(d, 'relinkObjectivesTo') || null;
        await remove({ variables: { id: p.id, version, relinkObjectivesTo: to } });
        onDeleted(to);
      }}
    >
      {(f) => (
        <>
          <p>
            Delete “{p.name}”? It cannot be undone.
            {hanging.length > 0 && ` ${hanging.join(', ')} hang on it: choose the priority that takes them on.`}
          </p>
          {hanging.length > 0 && (
            <Field id="pd-relink" label="Move them to" error={errorOf(f, 'relinkObjectivesTo')}>
              <select {...inputProps('pd-relink', 'relinkObjectivesTo', f)} defaultValue="">
                <option value="">Choose a priority…</option>
                {successors.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.name} ({LEVEL[x.level] ?? x.level})
                  </option>
                ))}
              </select>
            </Field>
          )}
        </>
      )}
    </InPlaceForm>
  );
}
