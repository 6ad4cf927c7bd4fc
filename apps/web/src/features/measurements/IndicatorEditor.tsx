import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import type { IndicatorEditQuery } from '../../graphql/graphql.js';
import { CouncilOfficersQuery } from '../../ui/people.queries.js';
import { Feedback, SearchSelectField, useSubmit } from '../../ui/forms.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ConfirmButton } from '../priorities/forms.js';
import { IndicatorForm } from './IndicatorForm.js';
import { DeleteIndicatorMutation, IndicatorEditQuery as EditQuery, SetOwnershipMutation } from './indicators.queries.js';

type Indicator = NonNullable<IndicatorEditQuery['indicator']>;

const POLARITY: Record<string, string> = {
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
  WITHIN_BAND: 'Best within a band',
  UNKNOWN: 'Not published',
};

/** The findings and figures that hang on indicators and their owners are read again after a change (Findings, health check). */
export function useForgetFindings() {
  const client = useApolloClient();
  return () => {
    for (const fieldName of ['accountabilityFindings', 'healthCheck', 'cascadeFindings'])
      client.cache.evict({ id: 'ROOT_QUERY', fieldName });
    client.cache.gc();
  };
}

/**
 * One indicator: its definition and who answers for it in the council, with the changes `viewerCan`
 * allows: edit a local indicator, delete it (confirmed first), name its data owner and responsible manager.
 */
export function IndicatorEditor({
  gss,
  councilId,
  indicatorId,
  onChanged,
  onDeleted,
}: {
  gss: string;
  councilId: string;
  indicatorId: string;
  onChanged: () => void;
  onDeleted: () => void;
}) {
  const q = useQuery(EditQuery, { variables: { id: indicatorId, councilId }, fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<null | 'edit' | 'owners'>(null);
  const [remove] = useMutation(DeleteIndicatorMutation);
  const forget = useForgetFindings();
  if (q.error) return <ErrorState title="The indicator could not be loaded" error={q.error} onRetry={() => void q.refetch()} />;
  if (q.loading && !q.data) return <Loading label="Loading the indicator…" />;
  const i = q.data?.indicator;
  if (!i) return <ErrorState title="No such indicator" error="This indicator does not exist (or is another council’s local indicator)." />;
  const can = i.viewerCan;
  const changed = async () => {
    setOpen(null);
    forget();
    await q.refetch();
    onChanged();
  };
  const owner = i.ownership?.dataOwner;
  const manager = i.ownership?.responsibleManager;
  return (
    <section className="card" aria-labelledby="ind-one-title">
      <h2 id="ind-one-title">{i.title}</h2>
      <p className="small muted">
        {i.framework === 'LOCAL' ? 'Local indicator' : `${i.framework} (national: reference data)`} {i.displayCode ?? i.code} ·{' '}
        {i.frequency.toLowerCase()} · {POLARITY[i.polarity] ?? i.polarity}
        {i.unit ? ` · ${i.unit}` : ''} · <Link href={routePath(gss, 'indicator', i.id)}>see the trend</Link>
      </p>
      {i.definition && <p>{i.definition}</p>}
      <dl className="facts" aria-label="Who answers for it">
        <div>
          <dt>Data owner</dt>
          <dd>{owner ? owner.name : <strong>⚠ Nobody named: nobody is answerable for the accuracy of its figures</strong>}</dd>
        </div>
        <div>
          <dt>Responsible manager</dt>
          <dd>{manager ? manager.name : 'Nobody named'}</dd>
        </div>
        {i.tolerance != null && (
          <div>
            <dt>Tolerance</dt>
            <dd>
              {i.tolerance}
              {i.toleranceKind === 'PERCENT' ? '% of the target' : ''}
            </dd>
          </div>
        )}
      </dl>
      {(can.update || can.delete || can.setOwnership) && (
        <p className="actions">
          {can.setOwnership && (
            <button
              type="button"
              className="button"
              aria-expanded={open === 'owners'}
              onClick={() => setOpen(open === 'owners' ? null : 'owners')}
            >
              Name the data owner and manager
            </button>
          )}
          {can.update && (
            <button
              type="button"
              className="button"
              aria-expanded={open === 'edit'}
              onClick={() => setOpen(open === 'edit' ? null : 'edit')}
            >
              Edit the definition
            </button>
          )}
          {can.delete && (
            <ConfirmButton
              label="Delete the indicator"
              question={`Delete “${i.title}”? It goes for good, with who owns its data; an indicator with figures or targets is kept.`}
              confirmLabel="Yes, delete it"
              onConfirm={async () => {
                await remove({ variables: { id: i.id, version: i.version } });
                forget();
                onDeleted();
              }}
            />
          )}
        </p>
      )}
      {open === 'edit' && (
        <div className="card card--inset">
          <IndicatorForm councilId={councilId} indicator={i} onSaved={() => void changed()} onCancel={() => setOpen(null)} />
        </div>
      )}
      {open === 'owners' && <OwnersForm i={i} councilId={councilId} onSaved={changed} onCancel={() => setOpen(null)} />}
    </section>
  );
}

function OwnersForm({
  i,
  councilId,
  onSaved,
  onCancel,
}: {
  i: Indicator;
  councilId: string;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const people = useQuery(CouncilOfficersQuery, { variables: { councilId } });
  const choices = useMemo(
    () =>
      [...(people.data?.council?.people.nodes ?? [])]
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
        .map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name}, ${p.jobTitle}` : p.name })),
    [people.data],
  );
  const [owner, setOwner] = useState(i.ownership?.dataOwner?.id ?? '');
  const [manager, setManager] = useState(i.ownership?.responsibleManager?.id ?? '');
  const [save] = useMutation(SetOwnershipMutation);
  const [outcome, submit] = useSubmit(async () => {
    await save({
      variables: { input: { councilId, indicatorId: i.id, dataOwnerId: owner || null, responsibleManagerId: manager || null } },
    });
    await onSaved();
    return 'Saved who answers for it.';
  });
  return (
    <form
      className="card card--inset"
      aria-label="Who answers for it"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h3>Who answers for “{i.title}”</h3>
      {people.loading && <Loading compact label="Loading the council’s people…" />}
      <SearchSelectField
        label="Data owner"
        name="dataOwnerId"
        value={owner}
        onChange={setOwner}
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
        onChange={setManager}
        choices={choices}
        empty="Nobody"
        searchLabel="Find the responsible manager"
        hint="Answers for the performance it shows"
        outcome={outcome}
      />
      <Feedback outcome={outcome} besideFields={['dataOwnerId', 'responsibleManagerId']} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          Save who answers for it
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
