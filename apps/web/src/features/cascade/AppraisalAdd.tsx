/**
 * Giving a person an appraisal objective of the year on their golden thread, for those `viewerCan.addAppraisalObjective`
 * allows (their managers and administrators): its name, the service objective it is aimed at (the thread it joins, needed),
 * and whether it is agreed with them today. The server's refusals are shown on their fields.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { graphql } from '../../graphql/index.js';
import { errorOf, Field, InPlaceForm, inputProps, text, today } from '../priorities/forms.js';
import type { AppraisedPerson } from './AppraisalActions.js';

export const AppraisalAimsQuery = graphql(`
  query AppraisalAims($councilId: ID!, $period: String!) {
    node(id: $councilId) {
      ... on Council {
        id
        priorities(period: $period) {
          id
          objectives {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateAppraisalMutation = graphql(`
  mutation CreateAppraisalInPlace($input: CreateAppraisalObjectiveInput!) {
    createAppraisalObjective(input: $input) {
      appraisalObjective {
        id
        name
      }
    }
  }
`);

export function AppraisalAdd({
  person,
  period,
  onChanged,
}: {
  person: AppraisedPerson;
  period: string;
  onChanged: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const aims = useQuery(AppraisalAimsQuery, { variables: { councilId: person.council.id, period }, skip: !open });
  const [create] = useMutation(CreateAppraisalMutation, { refetchQueries: ['PersonAppraisals'], awaitRefetchQueries: true });
  const objectives = useMemo(() => {
    const council = aims.data?.node && 'priorities' in aims.data.node ? aims.data.node : null;
    const seen = new Map<string, string>();
    for (const p of council?.priorities ?? []) for (const o of p.objectives) seen.set(o.id, o.name);
    return [...seen.entries()].sort((a, b) => a[1].localeCompare(b[1], 'en-GB'));
  }, [aims.data]);
  if (!person.viewerCan.addAppraisalObjective) return null;
  if (!open) {
    return (
      <section className="card" aria-label={`Add an appraisal objective for ${person.name}`}>
        {done && (
          <p className="form-ok" role="status">
            ✓ {done}
          </p>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            setDone(null);
            setOpen(true);
          }}
        >
          Add an appraisal objective
        </button>
      </section>
    );
  }
  return (
    <InPlaceForm
      title={`An appraisal objective for ${person.name}, ${period}`}
      submitLabel="Add the appraisal objective"
      fields={['name', 'objectiveId', 'agreedOn']}
      onCancel={() => setOpen(false)}
      onSubmit={async (d) => {
        const name = text(d, 'name');
        const input = {
          personId: person.id,
          period,
          name,
          objectiveId: text(d, 'objectiveId') || null,
          agreedOn: d.get('agreed') ? today() : null,
        };
        await create({ variables: { input } });
        setOpen(false);
        setDone(`Added “${name}” to ${person.name}’s objectives.`);
        await onChanged();
      }}
    >
      {(f) => (
        <>
          <Field id="aa-name" label="Appraisal objective" error={errorOf(f, 'name')}>
            <input {...inputProps('aa-name', 'name', f)} type="text" required />
          </Field>
          <Field id="aa-aim" label="Aimed at the service objective" error={errorOf(f, 'objectiveId')}>
            <select {...inputProps('aa-aim', 'objectiveId', f)} defaultValue="">
              <option value="">{aims.loading ? 'Loading the objectives…' : 'Choose the objective it serves'}</option>
              {objectives.map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </Field>
          <div className="field field--check">
            <label htmlFor="aa-agreed">
              <input id="aa-agreed" name="agreed" type="checkbox" /> Agreed with {person.name} today
            </label>
          </div>
        </>
      )}
    </InPlaceForm>
  );
}
