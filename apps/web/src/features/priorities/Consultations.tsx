import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { EngagementGroupKind } from '../../graphql/graphql.js';
import { ErrorState } from '../../ui/Status.js';
import { ConfirmButton, errorOf, Field, InPlaceForm, inputProps, text, today } from './forms.js';
import {
  ConsultationPrioritiesQuery,
  DeleteConsultationMutation,
  PriorityConsultationsQuery,
  RecordConsultationMutation,
} from './engagement.queries.js';
import { storedRecord } from './stored.js';

export const GROUP_KIND: Record<EngagementGroupKind, string> = {
  SERVICE_USERS: 'Service users',
  CARERS: 'Carers',
  COMMUNITY: 'Community',
  PROVIDERS: 'Providers',
  PARTNERS: 'Partners',
  STAFF: 'Staff',
};

/** What a stale delete of a consultation may name of the other person's change. */
const CONSULTATION_FIELDS = [
  { key: 'title', label: 'Title' },
  { key: 'date', label: 'Date' },
  { key: 'heard', label: 'What was heard' },
] as const;

/**
 * The consultations that informed a priority (who was heard, hard-to-reach groups marked, what was
 * heard), for everyone who sees the priority; recording one and deleting one where `viewerCan` allows.
 */
export function Consultations({ priorityId, councilId, onChanged }: { priorityId: string; councilId: string; onChanged: () => void }) {
  const { data, error, refetch } = useQuery(PriorityConsultationsQuery, {
    variables: { id: priorityId },
    fetchPolicy: 'cache-and-network',
  });
  const [recording, setRecording] = useState(false);
  const [remove] = useMutation(DeleteConsultationMutation);
  const client = useApolloClient();
  const p = data?.node?.__typename === 'Priority' ? data.node : null;
  const changed = async () => {
    await refetch();
    onChanged();
  };
  if (error) return <ErrorState compact title="The consultations could not be loaded" error={error} onRetry={() => void refetch()} />;
  if (!p) return null;
  return (
    <section aria-labelledby="consultations-title">
      <h3 id="consultations-title">Consultations that informed it ({p.consultations.length})</h3>
      {p.consultations.length === 0 ? (
        <p className="muted">⚠ No consultation is recorded for this priority.</p>
      ) : (
        <ul className="edit-list" aria-label="Consultations">
          {p.consultations.map((c) => (
            <li key={c.id} aria-label={c.title}>
              <strong>{c.title}</strong> <span className="small muted">{c.date}</span>
              <p className="small">
                Heard from:{' '}
                {c.groups.map((g) => `${g.name} (${GROUP_KIND[g.kind].toLowerCase()}${g.hardToReach ? ', hard to reach' : ''})`).join('; ')}
              </p>
              <p className="small">“{c.heard}”</p>
              {c.priorities.length > 1 && (
                <p className="small muted">
                  Also informed:{' '}
                  {c.priorities
                    .filter((x) => x.id !== priorityId)
                    .map((x) => x.name)
                    .join('; ')}
                </p>
              )}
              {c.viewerCan.delete && (
                <ConfirmButton
                  label="Delete"
                  ariaLabel={`Delete consultation “${c.title}”`}
                  question={`Delete the consultation “${c.title}”? It goes from every priority it informed, and cannot be undone.`}
                  confirmLabel="Yes, delete it"
                  versioned={{
                    what: 'this consultation',
                    fields: CONSULTATION_FIELDS,
                    base: { title: c.title, date: c.date, heard: c.heard },
                    version: c.version,
                    load: storedRecord(client, 'Consultation', c.id, (x) => ({ title: x.title, date: x.date, heard: x.heard })),
                  }}
                  onConfirm={async (version) => {
                    await remove({ variables: { id: c.id, version } });
                    await changed();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {p.viewerCan.recordConsultation &&
        (recording ? (
          <RecordConsultation
            priorityId={priorityId}
            period={p.period}
            councilId={councilId}
            onCancel={() => setRecording(false)}
            onDone={async () => {
              setRecording(false);
              await changed();
            }}
          />
        ) : (
          <p className="actions">
            <button type="button" className="button" onClick={() => setRecording(true)}>
              Record a consultation
            </button>
          </p>
        ))}
    </section>
  );
}

function RecordConsultation({
  priorityId,
  period,
  councilId,
  onCancel,
  onDone,
}: {
  priorityId: string;
  period: string;
  councilId: string;
  onCancel: () => void;
  onDone: () => Promise<void>;
}) {
  const [groups, setGroups] = useState(1);
  const [record] = useMutation(RecordConsultationMutation);
  const choices = useQuery(ConsultationPrioritiesQuery, { variables: { councilId, period } });
  const council = choices.data?.node?.__typename === 'Council' ? choices.data.node : null;
  const others = (council?.priorities ?? []).filter((x) => x.id !== priorityId && !x.isNonPriority && x.viewerCan.recordConsultation);
  const indexes = Array.from({ length: groups }, (_, i) => i);
  return (
    <InPlaceForm
      title="Record a consultation"
      submitLabel="Record the consultation"
      fields={['title', 'date', 'heard', ...indexes.map((i) => `groups[${i}].name`), 'priorityIds']}
      onCancel={onCancel}
      onSubmit={async (d) => {
        const named = indexes
          .map((i) => ({
            kind: text(d, `groups[${i}].kind`) as EngagementGroupKind,
            name: text(d, `groups[${i}].name`),
            hardToReach: d.get(`groups[${i}].hardToReach`) !== null,
          }))
          .filter((g) => g.name !== '');
        const input = {
          councilId,
          title: text(d, 'title'),
          date: text(d, 'date'),
          heard: text(d, 'heard'),
          groups: named,
          priorityIds: [priorityId, ...d.getAll('priorityIds').map(String)],
        };
        await record({ variables: { input } });
        await onDone();
      }}
    >
      {(f) => (
        <>
          <Field id="rc-title" label="Title" error={errorOf(f, 'title')}>
            <input {...inputProps('rc-title', 'title', f)} placeholder="Carers' forum" />
          </Field>
          <Field id="rc-date" label="Date" error={errorOf(f, 'date')}>
            <input {...inputProps('rc-date', 'date', f)} type="date" defaultValue={today()} />
          </Field>
          <fieldset className="field">
            <legend>Who was consulted</legend>
            {f?.errors.groups && (
              <span className="field__error" role="alert">
                {f.errors.groups}
              </span>
            )}
            {indexes.map((i) => (
              <div key={i} className="group-row">
                <Field id={`rc-kind-${i}`} label={`Group ${i + 1}: kind`} error={null}>
                  <select id={`rc-kind-${i}`} name={`groups[${i}].kind`} defaultValue="CARERS">
                    {Object.entries(GROUP_KIND).map(([k, label]) => (
                      <option key={k} value={k}>
                        {label}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field id={`rc-name-${i}`} label={`Group ${i + 1}: name`} error={errorOf(f, `groups[${i}].name`)}>
                  <input {...inputProps(`rc-name-${i}`, `groups[${i}].name`, f)} placeholder="Young carers" />
                </Field>
                <label className="check">
                  <input type="checkbox" name={`groups[${i}].hardToReach`} /> Group {i + 1} is hard to reach
                </label>
              </div>
            ))}
            <button type="button" className="button button--quiet" onClick={() => setGroups(groups + 1)}>
              Add another group
            </button>
          </fieldset>
          <Field id="rc-heard" label="What was heard" error={errorOf(f, 'heard')}>
            <textarea {...inputProps('rc-heard', 'heard', f)} rows={3} />
          </Field>
          {others.length > 0 && (
            <fieldset className="field">
              <legend>Other priorities it informed</legend>
              {errorOf(f, 'priorityIds') && <span className="field__error">{errorOf(f, 'priorityIds')}</span>}
              {others.map((x) => (
                <label key={x.id} className="check">
                  <input type="checkbox" name="priorityIds" value={x.id} /> {x.name}
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
    </InPlaceForm>
  );
}
