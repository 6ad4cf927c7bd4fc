/** The scrutiny view's exceptions: a period's indicators off target, in the bottom quartile or worse than before. */
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import type { CascadeNode } from '../cascade/tree.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ExceptionCommentary } from './Commentary.js';
import { LEVEL } from './PriorityScrutiny.js';
import type { ExceptionsViewQuery } from '../../graphql/graphql.js';
import { ExceptionsQuery } from './queries.js';

/** The periods exceptions are judged for: financial years newest first, then the months of the newest (monthly indicators). */
const EXCEPTION_YEARS = ['2025-26', '2024-25', '2023-24', '2022-23', '2021-22', '2020-21', '2019-20', '2018-19'];
const EXCEPTION_MONTHS = ['2025-03', '2025-02', '2025-01', '2024-12', '2024-09', '2024-06'];
/** How a monthly or quarterly indicator's exception says which period it was judged at. */
const LATEST_OF: Record<string, string> = { MONTHLY: 'Monthly: latest month', QUARTERLY: 'Quarterly: latest quarter' };
const REASON: Record<string, string> = {
  RED: 'Off target',
  BOTTOM_QUARTILE: 'Bottom quartile',
  DETERIORATING: 'Worse than the previous figure',
};
/** Years looked back from the year picker's when it has no annual exceptions yet (national figures come out a year or two late). */
const LOOK_BACK = 3;

interface Props {
  gss: string;
  chosen: string | null;
  year: string;
  affects: Map<string, CascadeNode[]>;
  qp: string | null;
  onPeriod: (p: string) => void;
}

/**
 * A period's exceptions: the one chosen, or the year picker's year (its monthly and quarterly indicators
 * at their latest month or quarter of it). While that year has no exception of an annual indicator (the
 * national figures are not out), the annual ones of the year before, at most LOOK_BACK years back,
 * saying so, with the picker's year's monthly and quarterly ones kept beside them.
 */
export function Exceptions(props: Props) {
  const { gss, chosen, year, onPeriod } = props;
  const [back, setBack] = useState(0);
  const start = EXCEPTION_YEARS.indexOf(year);
  const period = chosen ?? (start >= 0 ? (EXCEPTION_YEARS[Math.min(start + back, EXCEPTION_YEARS.length - 1)] ?? year) : year);
  const { data, loading, error, refetch } = useQuery(ExceptionsQuery, { variables: { gss, period } });
  const lookedBack = !chosen && back > 0;
  const ofYear = useQuery(ExceptionsQuery, { variables: { gss, period: year }, skip: !lookedBack });
  const annual = data?.performanceExceptions.filter((e) => e.indicator.frequency === 'ANNUAL');
  const noAnnual = annual !== undefined && annual.length === 0;
  useEffect(() => {
    if (!chosen && noAnnual && start >= 0 && back < LOOK_BACK && start + back + 1 < EXCEPTION_YEARS.length) setBack(back + 1);
  }, [chosen, noAnnual, start, back]);
  const skipped = chosen || start < 0 ? [] : EXCEPTION_YEARS.slice(start, start + back);
  const shown = (lookedBack ? annual : data?.performanceExceptions) ?? [];
  const recent = lookedBack ? (ofYear.data?.performanceExceptions ?? []).filter((e) => e.indicator.frequency !== 'ANNUAL') : [];
  const reload = () => void Promise.all([refetch(), lookedBack ? ofYear.refetch() : null]);
  const item = (e: Exception, i: number, at: string) => <ExceptionItem key={i} e={e} period={at} {...props} onSaved={reload} />;
  return (
    <section className="card" aria-labelledby="exceptions-title">
      <div className="page__head">
        <h2 id="exceptions-title">Exceptions</h2>
        <div className="page__tools">
          <label>
            Period
            <select value={period} onChange={(e) => onPeriod(e.target.value)}>
              {![...EXCEPTION_YEARS, ...EXCEPTION_MONTHS].includes(period) && <option>{period}</option>}
              <optgroup label="Financial years">
                {EXCEPTION_YEARS.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </optgroup>
              <optgroup label="Months (monthly indicators)">
                {EXCEPTION_MONTHS.map((p) => (
                  <option key={p}>{p}</option>
                ))}
              </optgroup>
            </select>
          </label>
        </div>
      </div>
      {error ? (
        <ErrorState title="Exceptions could not be loaded" error={error} onRetry={() => void refetch()} compact />
      ) : loading || !data ? (
        <Loading label="Loading exceptions…" compact />
      ) : (
        <>
          {skipped.length > 0 && (
            <p className="small muted" role="status">
              No exceptions of annual indicators in {skipped.join(' or ')} yet (no figures out): these are {period}'s, the newest year with
              any.
            </p>
          )}
          {shown.length === 0 ? (
            <p className="muted">No exceptions in {period}.</p>
          ) : (
            <>
              <p className="small muted" data-testid="exceptions-rule">
                “Worse than the previous figure” is the direction of travel: {period}'s figure against the one before it, beyond a 2%
                no-significant-change band. Monthly and quarterly indicators are judged at their latest month or quarter of the year with a
                figure. The longer-run trend is on each indicator's page and does not make exceptions.
              </p>
              <ul className="finding-list" aria-label={`Exceptions in ${period}`}>
                {shown.map((e, i) => item(e, i, period))}
              </ul>
            </>
          )}
        </>
      )}
      {/* Outside the loading state: kept in place while the years looked back load, instead of blinking out and back. */}
      {recent.length > 0 && (
        <>
          <h3>Monthly and quarterly indicators in {year}</h3>
          <ul className="finding-list" aria-label={`Monthly and quarterly exceptions in ${year}`}>
            {recent.map((e, i) => item(e, i, year))}
          </ul>
        </>
      )}
    </section>
  );
}

type Exception = ExceptionsViewQuery['performanceExceptions'][number];

function ExceptionItem({ e, period, gss, qp, year, affects, onSaved }: Props & { e: Exception; period: string; onSaved: () => void }) {
  return (
    <li className={`finding-card finding-card--${e.severity}`}>
      <h3>
        <span className={`sev sev--${e.severity}`}>{e.severity}</span>
        <Link href={routePath(gss, 'indicator', e.indicator.id, { period: e.period ?? null })}>{e.indicator.title}</Link>
      </h3>
      {e.period && e.period !== period && (
        <p className="small">
          <span className="tag">{LATEST_OF[e.indicator.frequency] ?? 'Latest period'}</span> {e.period}
        </p>
      )}
      <p>{e.message}</p>
      <Affects gss={gss} qp={qp} year={year} priorities={affects.get(e.indicator.id) ?? []} />
      <p className="small">
        {e.reasons.map((r) => (
          <span key={r} className="tag tag--warn">
            {r === 'DETERIORATING' ? '↘' : r === 'BOTTOM_QUARTILE' ? '▁' : '✕'} {REASON[r] ?? r}
          </span>
        ))}
      </p>
      <ExceptionCommentary
        gss={gss}
        indicatorId={e.indicator.id}
        period={e.period}
        commentary={e.commentary}
        mayComment={e.viewerMayComment}
        onSaved={onSaved}
      />
    </li>
  );
}

function Affects({ gss, qp, year, priorities }: { gss: string; qp: string | null; year: string; priorities: CascadeNode[] }) {
  if (priorities.length === 0) return <p className="small muted">Affects no priority of {year}: no priority's target uses it.</p>;
  return (
    <p className="small">
      Affects{' '}
      {priorities.map((p, i) => (
        <span key={p.id}>
          {i > 0 && ', '}
          {LEVEL[p.level]?.toLowerCase()} priority <Link href={routePath(gss, 'scrutiny', p.id, { period: qp })}>{p.name}</Link>
        </span>
      ))}
    </p>
  );
}
