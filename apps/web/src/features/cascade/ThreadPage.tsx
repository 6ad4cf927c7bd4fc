import { useQuery } from '@apollo/client/react';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, navigate, routePath } from '../../app/router.js';
import { useViewer } from '../../auth/viewer.js';
import { Breadcrumbs, Page } from '../../ui/Page.js';
import { PeriodPicker } from '../../ui/PeriodPicker.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { AppraisalActions, useAppraisals } from './AppraisalActions.js';
import { AppraisalAdd } from './AppraisalAdd.js';
import { PerformanceBadge } from './PerformanceStatus.js';
import { PersonThreadQuery } from './queries.js';

const STEP: Record<string, string> = { AppraisalObjective: 'Appraisal objective', Objective: 'Service objective', Priority: 'Priority' };
const LEVEL: Record<string, string> = { CORPORATE: 'corporate', DIRECTORATE: 'directorate', SERVICE: 'service' };

/**
 * A person's golden thread: each appraisal objective traced up to a corporate priority, or where it
 * breaks; agreeing, reviewing and rating it for those the server allows.
 */
export function ThreadPage({ gss, personId, params }: { gss: string; personId: string | null; params: URLSearchParams }) {
  const viewer = useViewer();
  const period = params.get('period') ?? DEFAULT_PERIOD;
  const id = personId ?? viewer.personId;
  const { data, error, refetch } = useQuery(PersonThreadQuery, { variables: { personId: id ?? '', period }, skip: !id });
  const t = data?.personThread;
  const { person, byId: records } = useAppraisals(id, period);
  return (
    <Page labelledBy="thread-title">
      <Breadcrumbs
        items={[
          { label: 'Priority cascade', href: routePath(gss, 'priorities', null, { period }) },
          { label: t ? t.person.name : 'Golden thread' },
        ]}
      />
      <div className="page__head">
        <div>
          <h1 id="thread-title">Golden thread{t ? ` of ${t.person.name}` : ''}</h1>
          <p className="lead">
            Each appraisal objective of {period}, traced up through service objectives and priorities to a corporate priority.
          </p>
        </div>
        <div className="page__tools">
          <PeriodPicker value={period} onChange={(p) => navigate(routePath(gss, 'thread', id, { period: p }))} />
          {id && (
            <Link className="button" href={routePath(gss, 'explorer', id)}>
              Show in the explorer
            </Link>
          )}
        </div>
      </div>
      {!id ? (
        <p>Choose a person in the accountability explorer to see their thread.</p>
      ) : error ? (
        <ErrorState title="The thread could not be loaded" error={error} onRetry={() => void refetch()} />
      ) : !t ? (
        // Only before the first answer: a refetch after a change keeps the thread, and what was said about the change, in place.
        <Loading label="Tracing the thread…" />
      ) : (
        <>
          <p className={t.hasThread ? 'form-ok' : 'form-error'} role="status">
            {t.hasThread
              ? `✓ ${t.person.name} has an agreed appraisal objective that traces to a corporate priority.`
              : `✕ ${t.person.name} has no agreed appraisal objective tracing to a corporate priority in ${period}.`}
          </p>
          {t.appraisalObjectives.length === 0 && <p className="muted">No appraisal objectives recorded for {period}.</p>}
          {person && <AppraisalAdd person={person} period={period} onChanged={() => refetch()} />}
          {t.appraisalObjectives.map((a) => (
            <div key={a.appraisalObjective.id} className="card">
              <h2>
                {a.complete ? '✓' : '✕'} {a.appraisalObjective.name}
              </h2>
              <p className="small muted">{a.agreed ? 'Agreed with the line manager' : '⚠ Not agreed yet: it does not count until it is'}</p>
              <p>
                <Link
                  href={routePath(gss, 'priorities', null, {
                    period: period === DEFAULT_PERIOD ? null : period,
                    thread: a.appraisalObjective.id,
                  })}
                >
                  Show this thread in the cascade drawing
                </Link>
              </p>
              {records.get(a.appraisalObjective.id) && (
                <AppraisalActions a={records.get(a.appraisalObjective.id)!} onChanged={() => refetch()} />
              )}
              {a.chains.map((c, i) => (
                <div key={i}>
                  <ol className="chain" aria-label={c.complete ? 'Complete thread' : 'Broken thread'}>
                    {c.steps.map((s) => (
                      <li key={s.id}>
                        <span className="small muted">
                          {STEP[s.type] ?? s.type}
                          {s.level ? ` (${LEVEL[s.level] ?? s.level})` : ''}:{' '}
                        </span>
                        {s.type === 'Priority' ? (
                          <Link href={routePath(gss, 'priorities', s.id, { period: period === DEFAULT_PERIOD ? null : period })}>
                            {s.name}
                          </Link>
                        ) : (
                          s.name
                        )}
                        {s.performanceStatus && (
                          <div className="chain__perf">
                            <PerformanceBadge p={s.performanceStatus} />
                          </div>
                        )}
                      </li>
                    ))}
                  </ol>
                  {!c.complete && (
                    <p className="warning-text">
                      ✕ The thread breaks{c.breaksAt ? ` at “${c.breaksAt.name}”` : ''}: {c.reason}
                    </p>
                  )}
                </div>
              ))}
            </div>
          ))}
        </>
      )}
    </Page>
  );
}
