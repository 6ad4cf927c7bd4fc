import { useQuery } from '@apollo/client/react';
import { Breadcrumbs } from '../../ui/Page.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ActionForm } from './ActionForm.js';
import { ActionList } from './ActionList.js';
import { BV_STATUS, day, FOUR_C_QUESTION, FOUR_CS, OPTION, words } from './format.js';
import { governancePath } from './paths.js';
import { FindingEdit, OptionEdit, RecommendationEdit, ReviewForms } from './ReviewForms.js';
import { ReviewScopeEdit } from './ReviewScopeForm.js';
import { ReviewQuery } from './reviews.queries.js';
import { StatusTimeline } from './StatusTimeline.js';
import { useGovernance } from './useGovernance.js';

const money = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `£${n.toLocaleString('en-GB')}`);

/** A Best Value review: its stages, the four Cs, the options with the one chosen, recommendations and their actions. */
export function ReviewPage({ reviewId }: { reviewId: string }) {
  const { gss, councilId, can, duties } = useGovernance();
  const q = useQuery(ReviewQuery, { variables: { id: reviewId, councilId, members: duties.member }, fetchPolicy: 'cache-and-network' });
  const r = q.data?.node?.__typename === 'BestValueReview' ? q.data.node : null;
  const crumbs = [
    { label: 'Governance', href: governancePath(gss) },
    { label: 'Best Value reviews', href: governancePath(gss, 'reviews') },
  ];
  if (q.error && !q.data) return <ErrorState title="The review could not be loaded" error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Loading label="Loading the review…" />;
  if (!r) {
    return (
      <>
        <Breadcrumbs items={[...crumbs, { label: 'Not found' }]} />
        <h1 id="governance-title">No such review</h1>
        <p>There is no review at this address that you may see.</p>
      </>
    );
  }
  const refetch = () => void q.refetch();
  const actions = q.data.actions?.nodes ?? [];
  // A closed review's parts are no longer changed (the server refuses).
  const mayChange = r.status !== 'CLOSED' && can.changeReview({ leadOfficerId: r.leadOfficer?.id, panelIds: r.panel.map((p) => p.id) });
  return (
    <>
      <Breadcrumbs items={[...crumbs, { label: r.title }]} />
      <div className="page__head">
        <div>
          <h1 id="governance-title">{r.title}</h1>
          <p className="lead">
            {r.service?.name ?? r.directorate?.name} · {words(r.status, BV_STATUS)} since {day(r.statusSince)}
            {r.stalled && <span className="tag tag--warn">Stalled</span>}
          </p>
        </div>
      </div>
      <section className="card" aria-labelledby="bv-stages">
        <h2 id="bv-stages">Stages</h2>
        <StatusTimeline
          status={r.status}
          dates={{ SCOPING: day(r.startedOn), [r.status]: day(r.statusSince), ...(r.closedOn ? { CLOSED: day(r.closedOn) } : {}) }}
        />
      </section>
      <section className="card" aria-labelledby="bv-scope">
        <h2 id="bv-scope">Scope and evidence of efficiency</h2>
        <p>{r.scope}</p>
        <dl className="facts">
          <div>
            <dt>Lead officer</dt>
            <dd>{r.leadOfficer?.name ?? '—'}</dd>
          </div>
          <div>
            <dt>Panel</dt>
            <dd>{r.panel.map((p) => p.name).join(', ') || '—'}</dd>
          </div>
          <div>
            <dt>Annual spend</dt>
            <dd>{money(r.annualSpend)}</dd>
          </div>
          <div>
            <dt>Unit cost</dt>
            <dd>
              {money(r.unitCost)} against comparators’ {money(r.comparatorUnitCost)}
            </dd>
          </div>
          {r.efficiencyNote && (
            <div>
              <dt>Note</dt>
              <dd>{r.efficiencyNote}</dd>
            </div>
          )}
        </dl>
        {mayChange && <ReviewScopeEdit review={r} onSaved={refetch} />}
      </section>
      <section className="card" aria-labelledby="bv-cs">
        <h2 id="bv-cs">The four Cs</h2>
        <div className="four-cs">
          {FOUR_CS.map((c) => {
            const found = r.findings.filter((f) => f.kind === c);
            return (
              <section key={c} className={`four-cs__c${found.length === 0 ? ' is-missing' : ''}`} aria-labelledby={`c-${c}`}>
                <h3 id={`c-${c}`}>{words(c)}</h3>
                <p className="small muted">{FOUR_C_QUESTION[c]}</p>
                {found.length === 0 ? (
                  <p className="small">
                    <span className="tag tag--warn">Not done</span>
                  </p>
                ) : (
                  <ul>
                    {found.map((f) => (
                      <li key={f.id}>
                        {f.text}
                        {f.evidence && <span className="small muted"> ({f.evidence})</span>}
                        {mayChange && <FindingEdit key={f.id} finding={f} onSaved={refetch} />}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      </section>
      <section className="card" aria-labelledby="bv-options">
        <h2 id="bv-options">Options appraised ({r.options.length})</h2>
        {r.options.length === 0 ? (
          <p>No options appraised yet.</p>
        ) : (
          <ul className="option-list">
            {r.options.map((o) => (
              <li key={o.id} className={o.option === r.chosenOption ? 'is-chosen' : undefined}>
                <strong>{words(o.option, OPTION)}</strong>
                {o.option === r.chosenOption && <span className="tag tag--ok">✓ Chosen</span>}
                {o.appraisal && <p className="small">{o.appraisal}</p>}
                {o.option === r.chosenOption && r.chosenReason && <p className="small">Why: {r.chosenReason}</p>}
                {mayChange && <OptionEdit key={o.id} reviewId={r.id} option={o} onSaved={refetch} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="bv-recs">
        <h2 id="bv-recs">Recommendations ({r.recommendations.length})</h2>
        {r.recommendations.length === 0 && <p>No recommendations yet.</p>}
        <ol className="rec-list">
          {r.recommendations.map((rec) => {
            const mine = actions.filter((a) => a.bestValueRecommendationId === rec.id);
            return (
              <li key={rec.id}>
                <p>
                  {rec.text} <span className="small muted">{rec.agreedOn ? `agreed ${day(rec.agreedOn)}` : 'not agreed yet'}</span>
                </p>
                {mayChange && <RecommendationEdit key={rec.id} recommendation={rec} onSaved={refetch} />}
                {mine.length > 0 && <ActionList actions={mine} onChanged={refetch} label={`Actions of the recommendation ${rec.text}`} />}
                {duties.member && mine.length === 0 && <p className="small">No action yet.</p>}
                {can.addAction && (
                  <ActionForm
                    fixed={{ source: 'BEST_VALUE_RECOMMENDATION', bestValueRecommendationId: rec.id }}
                    onSaved={refetch}
                    title="Add an action"
                  />
                )}
              </li>
            );
          })}
        </ol>
      </section>
      {mayChange && <ReviewForms review={r} onSaved={refetch} />}
    </>
  );
}
