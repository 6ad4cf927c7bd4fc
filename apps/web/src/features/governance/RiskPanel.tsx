import { useQuery } from '@apollo/client/react';
import { HistoryChart } from '../../charts/history/HistoryChart.js';
import { Breadcrumbs } from '../../ui/Page.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ActionForm } from './ActionForm.js';
import { ActionList } from './ActionList.js';
import { day, todayIso, words } from './format.js';
import { governancePath } from './paths.js';
import { RiskForm, riskValues } from './RiskForm.js';
import { RiskQuery } from './risks.queries.js';
import { registerOf, Score } from './RiskScore.js';
import { useGovernance, useLookups } from './useGovernance.js';

/** A risk's page: what it is, its score history, its mitigating actions, and the forms to change them. */
export function RiskPanel({ riskId }: { riskId: string }) {
  const { gss, can } = useGovernance();
  const lookups = useLookups();
  const q = useQuery(RiskQuery, { variables: { id: riskId }, fetchPolicy: 'cache-and-network' });
  const risk = q.data?.node?.__typename === 'Risk' ? q.data.node : null;
  const crumbs = [
    { label: 'Governance', href: governancePath(gss) },
    { label: 'Risk register', href: governancePath(gss, 'risks') },
  ];
  if (q.error && !q.data) return <ErrorState title="The risk could not be loaded" error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Loading label="Loading the risk…" />;
  if (!risk) {
    return (
      <>
        <Breadcrumbs items={[...crumbs, { label: 'Not found' }]} />
        <h1 id="governance-title">No such risk</h1>
        <p>There is no risk at this address that you may see.</p>
      </>
    );
  }
  const refetch = () => void q.refetch();
  return (
    <>
      <Breadcrumbs items={[...crumbs, { label: risk.reference }]} />
      <div className="page__head">
        <div>
          <h1 id="governance-title">
            {risk.reference}: {risk.title}
          </h1>
          <p className="lead">
            {registerOf(risk)} register{risk.service ? ` · ${risk.service.name}` : ''} · {words(risk.status)}
          </p>
        </div>
      </div>
      <div className="gov-split">
        <section className="card" aria-labelledby="risk-facts">
          <h2 id="risk-facts">The risk</h2>
          <dl className="facts">
            <div>
              <dt>Inherent</dt>
              <dd>
                <Score score={risk.inherentScore} rating={risk.inherentRating} /> (likelihood {risk.inherentLikelihood} × impact{' '}
                {risk.inherentImpact})
              </dd>
            </div>
            <div>
              <dt>Residual</dt>
              <dd>
                <Score score={risk.residualScore} rating={risk.residualRating} /> (likelihood {risk.residualLikelihood} × impact{' '}
                {risk.residualImpact})
              </dd>
            </div>
            <div>
              <dt>Owner</dt>
              <dd>{risk.owner?.name ?? 'Nobody'}</dd>
            </div>
            <div>
              <dt>Review due</dt>
              <dd>{day(risk.reviewDue)}</dd>
            </div>
            {risk.priority && (
              <div>
                <dt>Priority</dt>
                <dd>{risk.priority.name}</dd>
              </div>
            )}
            <div>
              <dt>Cause</dt>
              <dd>{risk.cause ?? '—'}</dd>
            </div>
            <div>
              <dt>Effect</dt>
              <dd>{risk.effect ?? '—'}</dd>
            </div>
            <div>
              <dt>Controls</dt>
              <dd>{risk.controls ?? '—'}</dd>
            </div>
          </dl>
        </section>
        <section className="card" aria-labelledby="risk-history">
          <h2 id="risk-history">Score history ({risk.history.length})</h2>
          <HistoryChart history={risk.history} until={todayIso()} label={`Scores of ${risk.reference} over time`} />
          <ol className="history-list">
            {[...risk.history].reverse().map((h) => (
              <li key={h.id}>
                {day(h.assessedOn)}: inherent {h.inherentScore}, residual {h.residualScore}
                {h.by && ` · ${h.by.name}`}
                {h.note && <span className="muted"> · {h.note}</span>}
              </li>
            ))}
          </ol>
        </section>
      </div>
      <section className="card" aria-labelledby="risk-actions">
        <h2 id="risk-actions">Mitigating actions ({risk.actions.nodes.length})</h2>
        {risk.actions.nodes.length === 0 ? (
          <p>No action mitigates this risk yet.</p>
        ) : (
          <ActionList actions={risk.actions.nodes} onChanged={refetch} />
        )}
        {can.addAction && <ActionForm fixed={{ source: 'RISK_MITIGATION', riskId: risk.id }} onSaved={refetch} />}
      </section>
      {can.changeRisk({ ownerId: risk.owner?.id }) && (
        <RiskForm key={risk.id} directorates={lookups.directorates} onSaved={refetch} initial={riskValues(risk)} />
      )}
    </>
  );
}
