import { useQuery } from '@apollo/client/react';
import { DEFAULT_PERIOD, navigate, routePath } from '../../app/router.js';
import { ScoresChart } from '../../charts/scores/ScoresChart.js';
import type { HealthCheckFieldsFragment as Check } from '../../graphql/graphql.js';
import { councilView, type CouncilViewProps, Page } from '../../ui/Page.js';
import { PeriodPicker } from '../../ui/PeriodPicker.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { AnswerCard } from './AnswerCard.js';
import { pickerPeriods, shortName } from './board.js';
import { HealthCheckHistoryQuery, HealthCheckQuery } from './queries.js';
import './health-check.css';
import { TableScroll } from '../../ui/TableScroll.js';

type SectionKey = 'questions' | 'barriers' | 'habits';

const SECTIONS: ReadonlyArray<{ key: SectionKey; title: string; summary: string }> = [
  {
    key: 'questions',
    title: 'The seven questions',
    summary: 'What senior managers and political leaders must be able to answer.',
  },
  {
    key: 'barriers',
    title: 'The six barriers',
    summary: 'Why performance management fails, scored as how far each barrier is absent: 4 means it is not a barrier here.',
  },
  {
    key: 'habits',
    title: 'The eight habits',
    summary: 'What leaders and managers need to do.',
  },
];

function HealthCheck({ gss, councilId, councilName, params }: CouncilViewProps) {
  // Asked again each time the view opens: a commentary, a priority agreed or an action closed elsewhere in the app shows at once.
  const history = useQuery(HealthCheckHistoryQuery, { variables: { councilId }, fetchPolicy: 'cache-and-network' });
  const years = history.data?.leadershipHealthCheckHistory ?? [];
  const latest = years[years.length - 1]?.period ?? null;
  const period = params.get('period') ?? latest ?? DEFAULT_PERIOD;
  const compare = params.get('compare');
  const fromHistory = years.find((y) => y.period === period) ?? null;
  // The history already holds each year compared with the year before; another year or comparison is asked for.
  const ask = Boolean(history.data) && (!fromHistory || compare !== null);
  const own = useQuery(HealthCheckQuery, {
    variables: { councilId, period, compareWith: compare },
    skip: !ask,
    fetchPolicy: 'cache-and-network',
  });
  const check = ask ? (own.data?.leadershipHealthCheck ?? null) : fromHistory;
  const set = (changes: Record<string, string | null>) =>
    navigate(routePath(gss, 'health-check', null, { period: params.get('period'), compare, ...changes }), { replace: true });
  const periods = pickerPeriods(
    years.map((y) => y.period),
    period,
  );
  const error = history.error ?? (ask ? own.error : undefined);
  return (
    <Page labelledBy="hc-title">
      <div className="page__head">
        <div>
          <h1 id="hc-title">Health check</h1>
          <p className="lead">
            How {councilName} answers the guidance’s leadership health check for {period}: seven questions for leaders, six reasons
            performance management fails and eight things leaders need to do, each scored 0 to 4 from the council’s own records.
          </p>
        </div>
        <form className="page__tools" aria-label="Choose the year" onSubmit={(e) => e.preventDefault()}>
          <PeriodPicker value={period} periods={periods} onChange={(p) => set({ period: p === latest ? null : p, compare: null })} />
          <label>
            Compared with
            <select value={compare ?? ''} onChange={(e) => set({ compare: e.target.value || null })}>
              <option value="">The year before</option>
              {periods
                .filter((p) => p !== period)
                .map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
            </select>
          </label>
        </form>
      </div>
      {error ? (
        <ErrorState
          title="The health check could not be loaded"
          error={error}
          onRetry={() => void (history.error ? history.refetch() : own.refetch())}
        />
      ) : !check ? (
        <Loading label="Answering the health check from the council’s records…" />
      ) : (
        <>
          <Summary check={check} />
          {SECTIONS.map((s) => (
            <section key={s.key} className="hc-section" aria-labelledby={`hc-${s.key}`}>
              <h2 id={`hc-${s.key}`}>{s.title}</h2>
              <p className="hc-note">{s.summary}</p>
              <ol className="hc-board" aria-labelledby={`hc-${s.key}`}>
                {check[s.key].map((a) => (
                  <AnswerCard key={a.key} answer={a} gss={gss} period={check.period} comparedWith={check.comparedWith ?? null} />
                ))}
              </ol>
            </section>
          ))}
          <Trend years={years} />
        </>
      )}
    </Page>
  );
}

/** Points scored in each section, with how many answers could be scored. */
function Summary({ check }: { check: Check }) {
  return (
    <>
      <p className="hc-note">
        Judged on the records as at {check.asOf}
        {check.comparedWith ? `; each change is against ${check.comparedWith}.` : '; there is no earlier year to compare with.'}
      </p>
      <ul className="stats hc-stats" aria-label="Scores by section">
        {SECTIONS.map((s) => {
          const answers = check[s.key];
          const scored = answers.filter((a) => a.score !== null);
          const points = scored.reduce((sum, a) => sum + (a.score ?? 0), 0);
          const max = scored.reduce((sum, a) => sum + a.maxScore, 0);
          return (
            <li key={s.key}>
              <strong>
                {points} of {max}
              </strong>
              <span>
                {s.title.replace(/^The /, '').replace(/^./, (c) => c.toUpperCase())}, {scored.length} of {answers.length} scored
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The scores over every year with priorities, as small multiples per section, and the same figures as a table. */
function Trend({ years }: { years: readonly Check[] }) {
  if (years.length === 0) return null;
  const lines = (key: SectionKey) =>
    (years[years.length - 1]?.[key] ?? []).map((a) => ({
      key: a.key,
      label: shortName(a.key),
      points: years.map((y) => ({ period: y.period, score: y[key].find((b) => b.key === a.key)?.score ?? null })),
    }));
  const all = SECTIONS.flatMap((s) => lines(s.key));
  return (
    <section className="card hc-trend" aria-labelledby="hc-trend">
      <h2 id="hc-trend">Scores over time</h2>
      {years.length < 2 ? (
        <p className="hc-trend__note" role="note">
          Only {years[0]?.period} has a health check so far, so each panel shows one point: the trend needs more than one year. It appears
          once the council records its priorities for another year.
        </p>
      ) : (
        <p className="muted">
          Each answer’s score (0 to 4) for every year from {years[0]?.period} to {years[years.length - 1]?.period}; a question mark is a
          year the records could not answer.
        </p>
      )}
      {SECTIONS.map((s) => (
        <div key={s.key} className="hc-trend__section">
          <h3>{s.title}</h3>
          <ScoresChart lines={lines(s.key)} label={`${s.title}: scores over time`} />
        </div>
      ))}
      <details className="hc-trend__table">
        <summary>The scores as a table</summary>
        <TableScroll label="The scores as a table">
          <table className="table">
            <caption className="visually-hidden">Each answer’s score by year (out of 4)</caption>
            <thead>
              <tr>
                <th scope="col">Answer</th>
                {years.map((y) => (
                  <th key={y.period} scope="col" className="num">
                    {y.period}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {all.map((l) => (
                <tr key={l.key}>
                  <th scope="row">{l.label}</th>
                  {l.points.map((p) => (
                    <td key={p.period} className="num">
                      {p.score ?? '–'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}

export const HealthCheckPage = councilView(HealthCheck);
