import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from '../../app/Link.js';
import { navigate } from '../../app/router.js';
import { HeatMap } from '../../charts/heatmap/HeatMap.js';
import type { RiskRowFragment } from '../../graphql/graphql.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { TableHead } from '../../ui/TableHead.js';
import { CsvPanel } from './CsvPanel.js';
import { day, words } from './format.js';
import { registerOf, Score } from './RiskScore.js';
import { governancePath } from './paths.js';
import { RiskForm } from './RiskForm.js';
import { RiskPanel } from './RiskPanel.js';
import { RisksQuery } from './risks.queries.js';
import { useGovernance, useLookups } from './useGovernance.js';
import { TableScroll } from '../../ui/TableScroll.js';

type Scores = 'INHERENT' | 'RESIDUAL';
const STATUSES = ['OPEN', 'TOLERATED', 'CLOSED'] as const;

/** The risk register: filters, the heat map (a cell filters the table), the table and the form to add a risk. */
export function RisksView({ riskId, params }: { riskId: string | null; params: URLSearchParams }) {
  const { gss, councilId, councilName, can } = useGovernance();
  const lookups = useLookups();
  const register = params.get('register') ?? '';
  const status = params.get('status') ?? 'OPEN';
  const scores: Scores = params.get('scores') === 'INHERENT' ? 'INHERENT' : 'RESIDUAL';
  const cellParam = params.get('cell');
  const cell = cellParam && /^[1-5]-[1-5]$/.test(cellParam) ? { likelihood: Number(cellParam[0]), impact: Number(cellParam[2]) } : null;
  const filter = {
    corporate: register === 'corporate' ? true : register === 'directorates' ? false : null,
    directorateId: register && register !== 'corporate' && register !== 'directorates' ? register : null,
    status: status === 'ALL' ? null : (status as (typeof STATUSES)[number]),
  };
  const q = useQuery(RisksQuery, { variables: { councilId, ...filter, scores }, fetchPolicy: 'cache-and-network' });
  const set = (changes: Record<string, string | null>) => {
    const next = {
      register: register || null,
      status: status === 'OPEN' ? null : status,
      scores: scores === 'RESIDUAL' ? null : scores,
      cell: cellParam,
      ...changes,
    };
    navigate(governancePath(gss, 'risks', null, next), { replace: true });
  };
  const inCell = useMemo(() => {
    if (!cell || !q.data) return null;
    return new Set(q.data.riskHeatMap.find((c) => c.likelihood === cell.likelihood && c.impact === cell.impact)?.riskIds ?? []);
  }, [cell, q.data]);
  const rows = (q.data?.risks.nodes ?? []).filter((r) => !inCell || inCell.has(r.id));

  if (riskId) return <RiskPanel riskId={riskId} />;
  return (
    <>
      <div className="page__head">
        <div>
          <h1 id="governance-title">Risk register</h1>
          <p className="lead">
            {councilName}’s corporate and directorate risks: likelihood and impact (1 to 5 each) before controls (inherent) and after them
            (residual).
          </p>
        </div>
      </div>
      <form className="filters" aria-label="Filter the risks" onSubmit={(e) => e.preventDefault()}>
        <label>
          Register
          <select value={register} onChange={(e) => set({ register: e.target.value || null, cell: null })}>
            <option value="">All registers</option>
            <option value="corporate">Corporate</option>
            <option value="directorates">Directorates’</option>
            {lookups.directorates.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => set({ status: e.target.value === 'OPEN' ? null : e.target.value, cell: null })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {words(s)}
              </option>
            ))}
            <option value="ALL">Any status</option>
          </select>
        </label>
        <fieldset className="segmented" aria-label="Scores on the heat map">
          {(['RESIDUAL', 'INHERENT'] as const).map((s) => (
            <label key={s} className={scores === s ? 'is-on' : undefined}>
              <input
                type="radio"
                name="scores"
                value={s}
                checked={scores === s}
                onChange={() => set({ scores: s === 'RESIDUAL' ? null : s, cell: null })}
              />
              {s === 'RESIDUAL' ? 'Residual' : 'Inherent'}
            </label>
          ))}
        </fieldset>
      </form>
      {q.error && !q.data ? (
        <ErrorState title="The risks could not be loaded" error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading label="Loading the risk register…" />
      ) : (
        <div className="gov-stack">
          <section className="card gov-heatmap-card" aria-labelledby="heatmap-title">
            <h2 id="heatmap-title">Heat map ({scores === 'RESIDUAL' ? 'after controls' : 'before controls'})</h2>
            <p className="small muted">Choose a cell to list its risks; choose it again to list them all.</p>
            <HeatMap
              cells={q.data.riskHeatMap}
              label={`${scores === 'RESIDUAL' ? 'Residual' : 'Inherent'} scores`}
              selected={cell}
              onSelect={(c) => set({ cell: c ? `${c.likelihood}-${c.impact}` : null })}
            />
          </section>
          <section className="card" aria-labelledby="risks-title">
            <h2 id="risks-title">
              Risks <span className="muted">({inCell ? `${rows.length} of ${q.data.risks.totalCount}` : q.data.risks.totalCount})</span>
            </h2>
            {cell && (
              <p className="pill pill--info">
                Likelihood {cell.likelihood}, impact {cell.impact}{' '}
                <button type="button" className="link-button" onClick={() => set({ cell: null })}>
                  Show all
                </button>
              </p>
            )}
            <RiskTable rows={rows} />
          </section>
        </div>
      )}
      {can.addRisk && <RiskForm directorates={lookups.directorates} onSaved={() => void q.refetch()} />}
      <CsvPanel file="risks.csv" what="Risk register" onApplied={() => void q.refetch()} />
    </>
  );
}

function RiskTable({ rows }: { rows: readonly RiskRowFragment[] }) {
  const { gss } = useGovernance();
  if (rows.length === 0) return <p>No risks match.</p>;
  return (
    <TableScroll label="Risks">
      <table className="table table--cards" aria-labelledby="risks-title">
        <TableHead columns={['Ref', 'Risk', 'Register', 'Owner', 'Inherent', 'Residual', 'Review due', 'Status']} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td data-label="Ref">{r.reference}</td>
              <td data-label="Risk">
                <Link href={governancePath(gss, 'risks', r.id)}>{r.title}</Link>
              </td>
              <td data-label="Register">{registerOf(r)}</td>
              <td data-label="Owner">{r.owner?.name ?? <span className="tag tag--warn">No owner</span>}</td>
              <td data-label="Inherent">
                <Score score={r.inherentScore} rating={r.inherentRating} />
              </td>
              <td data-label="Residual">
                <Score score={r.residualScore} rating={r.residualRating} />
              </td>
              <td data-label="Review due">{day(r.reviewDue)}</td>
              <td data-label="Status">{words(r.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
