import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ConfirmButton } from '../priorities/forms.js';
import { FIELDS, IndicatorForm, useStoredIndicator, valuesOf } from './IndicatorForm.js';
import { OwnersForm } from './OwnersForm.js';
import { DeleteIndicatorMutation, IndicatorEditQuery as EditQuery } from './indicators.queries.js';

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
  const load = useStoredIndicator(q.data?.indicator ?? undefined);
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
              versioned={{ what: `“${i.title}”`, fields: FIELDS, base: valuesOf(i), version: i.version, load }}
              onConfirm={async (version) => {
                await remove({ variables: { id: i.id, version } });
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
