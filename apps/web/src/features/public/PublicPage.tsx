import { useQuery } from '@apollo/client/react';
import { DEFAULT_PERIOD, navigate, PERIODS } from '../../app/router.js';
import type { PublicViewQuery as PublicViewData } from '../../graphql/graphql.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { Contact, HaveYourSay } from './Contact.js';
import { NotSetUp } from './NotSetUp.js';
import { EasyRead, Say, Section } from './Say.js';
import { WhoDecides } from './WhoDecides.js';
import { PublicMeasureIdsQuery, PublicViewQuery } from './queries.js';
import { plainChange, plainComplaints, plainFigure, plainPosition, plainStatus, PUBLIC_MEASURES } from './text.js';
import './public.css';

export function PublicPage({ gss, params }: { gss: string; params: URLSearchParams }) {
  const easy = params.get('easy') === '1';
  const period = params.get('period') ?? DEFAULT_PERIOD;
  /** Changes one parameter of the address (easy read, the year), keeping the others. */
  const setParam = (name: string, value: string | null) => {
    const search = new URLSearchParams(window.location.search);
    if (value === null) search.delete(name);
    else search.set(name, value);
    const qs = search.toString();
    navigate(`${window.location.pathname}${qs ? `?${qs}` : ''}`, { replace: true });
  };
  const toggle = () => setParam('easy', easy ? null : '1');
  const years = PERIODS.includes(period) ? PERIODS : [period, ...PERIODS];
  // Asked now, beside the council's own query, not after it: PublicContent reads the same answer from the cache.
  useQuery(PublicMeasureIdsQuery);
  return (
    <WithCouncil gss={gss}>
      {(council) => (
        <EasyRead.Provider value={easy}>
          <Page labelledBy="public-title">
            <div className={`public${easy ? ' public--easy' : ''}`}>
              <header className="public__head">
                <h1 id="public-title">How {council.name} is doing</h1>
                <Say>
                  This page is for people who use care and support, and for carers. It says what we said we would do, and how we are doing.
                </Say>
                <div className="public__tools">
                  <button type="button" className="button public__easy" aria-pressed={easy} onClick={toggle}>
                    {easy ? 'Easy read is on' : 'Easy read'}
                  </button>
                  <label className="public__year">
                    <span>Show the year</span>
                    <select value={period} onChange={(e) => setParam('period', e.target.value === DEFAULT_PERIOD ? null : e.target.value)}>
                      {years.map((p) => (
                        <option key={p} value={p}>
                          {`April ${p.slice(0, 4)} to March ${Number(p.slice(0, 4)) + 1}`}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
              </header>
              <PublicContent gss={gss} councilId={council.id} councilName={council.name} period={period} />
            </div>
          </Page>
        </EasyRead.Provider>
      )}
    </WithCouncil>
  );
}

function previousYear(period: string, back = 1): string {
  const start = Number(period.slice(0, 4)) - back;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

function PublicContent({ gss, councilId, councilName, period }: { gss: string; councilId: string; councilName: string; period: string }) {
  const ids = useQuery(PublicMeasureIdsQuery);
  const byCode = new Map([
    ...(ids.data?.indicators.edges ?? []).map((e) => [`ASCOF:${e.node.code}`, e.node.id] as const),
    ...(ids.data?.oflog.edges ?? []).map((e) => [`OFLOG:${e.node.code}`, e.node.id] as const),
  ]);
  const measureIds = PUBLIC_MEASURES.map((m) => byCode.get(`${m.framework}:${m.code}`)).filter((id): id is string => Boolean(id));
  const start = Number(period.slice(0, 4));
  const view = useQuery(PublicViewQuery, {
    skip: !ids.data,
    variables: {
      councilId,
      period,
      ids: measureIds,
      // The surveys behind these figures are published years late, and the carers’ survey every other year.
      from: previousYear(period, 9),
      to: period,
      since: `${start}-04-01`,
      until: `${start + 1}-03-31`,
    },
  });
  const error = ids.error ?? view.error;
  if (error) return <ErrorState title="This page could not be loaded" error={error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <Loading label="Loading…" />;
  const data = view.data;
  if (data.council?.directorates.totalCount === 0 && data.cascade.corporate.length === 0)
    return (
      <>
        <NotSetUp councilName={councilName} gss={gss} />
        <Figures data={data} />
        <HaveYourSay councilName={councilName} gss={gss} period={period} />
        <Contact council={data.council} councilName={councilName} />
      </>
    );
  return (
    <>
      <Priorities data={data} period={period} />
      <Figures data={data} />
      <Heard data={data} />
      <Complaints data={data} period={period} />
      <WhoDecides councilId={councilId} councilName={councilName} />
      <HaveYourSay councilName={councilName} gss={gss} period={period} />
      <Contact council={data.council} councilName={councilName} />
    </>
  );
}

function Priorities({ data, period }: { data: PublicViewData; period: string }) {
  const corporate = data.cascade.corporate;
  return (
    <Section id="public-priorities" title="What we said we would do">
      {corporate.length === 0 ? (
        <Say>{`We have not yet told people our plans for ${period}.`}</Say>
      ) : (
        <>
          <Say>{`These are our main plans for ${period}. Next to each one, we say how it is going.`}</Say>
          <ul className="public__plans">
            {corporate.map((p) => (
              <li key={p.id}>
                <span className="public__plan">{p.name}</span>
                <span className={`public__status public__status--${p.performanceStatus.status.toLowerCase()}`}>
                  {plainStatus(p.performanceStatus.status)}
                </span>
                <span className="public__why">{p.performanceStatus.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function Figures({ data }: { data: PublicViewData }) {
  const series = new Map(data.indicatorSeries.map((s) => [`${s.indicator.framework}:${s.indicator.code}`, s]));
  const shown = PUBLIC_MEASURES.flatMap((m) => {
    const s = series.get(`${m.framework}:${m.code}`);
    const points = (s?.points ?? []).filter((p) => p.valueStatus === 'VALUE' && p.value !== null) as Array<{
      period: string;
      value: number;
    }>;
    return s && points.length ? [{ m, s, points }] : [];
  });
  return (
    <Section id="public-figures" title="How we are doing">
      {shown.length === 0 ? (
        <Say>We have no figures to show yet.</Say>
      ) : (
        <>
          <Say>Most of these figures come from national surveys of people who use care and support, and of carers.</Say>
          <ul className="public__figures">
            {shown.map(({ m, s, points }) => {
              const latest = points[points.length - 1]!;
              const before = points.find((p) => p.period === previousYear(latest.period)) ?? null;
              const lower = s.indicator.polarity === 'LOWER_IS_BETTER';
              const pos = s.position;
              const england = s.englandPublished.find((e) => e.period === latest.period && e.value != null);
              const notDone = s.points.filter((p) => p.valueStatus === 'NOT_AVAILABLE' && p.period > latest.period).map((p) => p.period);
              return (
                <li key={m.code} className="public__figure">
                  <h3>{m.plain}</h3>
                  <p className="public__number">
                    <strong>{plainFigure(latest.value, s.indicator.unit)}</strong> <span>in {latest.period}</span>
                  </p>
                  {england?.value != null && (
                    <p className="public__england" data-testid="england-published">
                      {`England: ${plainFigure(england.value, s.indicator.unit)} in ${england.period}`}
                    </p>
                  )}
                  <Say>{plainChange(latest, before, s.indicator.unit, lower)}</Say>
                  {notDone.length > 0 && <Say>{`There is no newer figure. The survey was not done in ${notDone.join(' or ')}.`}</Say>}
                  <Say>{plainPosition(pos?.rank, pos?.count ?? 0, pos?.betterThanMedian)}</Say>
                  {pos?.median != null && (
                    <Say>{`The middle figure for similar councils was ${plainFigure(pos.median, s.indicator.unit)}.`}</Say>
                  )}
                  {points.length > 1 && (
                    <table className="public__years">
                      <caption>Each year</caption>
                      <thead>
                        <tr>
                          <th scope="col">Year</th>
                          <th scope="col">Figure</th>
                        </tr>
                      </thead>
                      <tbody>
                        {points.map((p) => (
                          <tr key={p.period}>
                            <th scope="row">{p.period}</th>
                            <td>{plainFigure(p.value, s.indicator.unit)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Section>
  );
}

const DAY = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

type Consultation = NonNullable<PublicViewData['council']>['priorities'][number]['consultations'][number];

function Heard({ data }: { data: PublicViewData }) {
  const consultations = new Map<string, { c: Consultation; plans: string[] }>();
  for (const p of data.council?.priorities ?? []) {
    for (const c of p.consultations) {
      const entry = consultations.get(c.id) ?? { c, plans: [] };
      if (!entry.plans.includes(p.name)) entry.plans.push(p.name);
      consultations.set(c.id, entry);
    }
  }
  const list = [...consultations.values()].sort((a, b) => b.c.date.localeCompare(a.c.date));
  return (
    <Section id="public-heard" title="What you told us and what changed">
      {list.length === 0 ? (
        <Say>We have not shared what people told us yet.</Say>
      ) : (
        <ul className="public__heard">
          {list.map(({ c, plans }) => (
            <li key={c.id}>
              <h3>{c.title}</h3>
              <p className="public__when">
                {DAY.format(new Date(`${c.date}T00:00:00Z`))}
                {c.groups.length > 0 && <>. We asked: {c.groups.map((g) => g.name).join(', ')}</>}
              </p>
              <p className="public__label">What you told us</p>
              <Say>{c.heard}</Say>
              <p className="public__label">What changed</p>
              <Say>{`It helped shape our plan: ${plans.join('; ')}.`}</Say>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function Complaints({ data, period }: { data: PublicViewData; period: string }) {
  const total = data.complaintStatistics.total;
  return (
    <Section id="public-complaints" title="Complaints">
      {plainComplaints(period, total).map((line) => (
        <Say key={line}>{line}</Say>
      ))}
    </Section>
  );
}
