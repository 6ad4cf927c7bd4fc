import { useQuery } from '@apollo/client/react';
import { createContext, useContext, type ReactNode } from 'react';
import { Link } from '../../app/Link.js';
import { DEFAULT_PERIOD, navigate, routePath } from '../../app/router.js';
import type { PublicViewQuery as PublicViewData } from '../../graphql/graphql.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { PublicMeasureIdsQuery, PublicViewQuery } from './queries.js';
import { easyRead, plainChange, plainComplaints, plainFigure, plainPosition, plainStatus, PUBLIC_MEASURES } from './text.js';
import './public.css';

/** Easy read: every text on the page as short sentences, one a line. */
const EasyRead = createContext(false);

/** A text that the easy-read mode splits into one idea a line. */
function Say({ children, as: Tag = 'p' }: { children: string; as?: 'p' | 'span' }) {
  const easy = useContext(EasyRead);
  if (!easy) return <Tag>{children}</Tag>;
  return (
    <Tag className="easy">
      {easyRead(children).map((line, i) => (
        <span key={i} className="easy__line">
          {line}
        </span>
      ))}
    </Tag>
  );
}

export function PublicPage({ gss, params }: { gss: string; params: URLSearchParams }) {
  const easy = params.get('easy') === '1';
  const period = params.get('period') ?? DEFAULT_PERIOD;
  const toggle = () => {
    const here = window.location.pathname;
    const search = new URLSearchParams(window.location.search);
    if (easy) search.delete('easy');
    else search.set('easy', '1');
    const qs = search.toString();
    navigate(`${here}${qs ? `?${qs}` : ''}`, { replace: true });
  };
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
                <button type="button" className="button public__easy" aria-pressed={easy} onClick={toggle}>
                  {easy ? 'Easy read is on' : 'Easy read'}
                </button>
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
  const byCode = new Map((ids.data?.indicators.edges ?? []).map((e) => [e.node.code, e.node.id]));
  const measureIds = PUBLIC_MEASURES.map((m) => byCode.get(m.code)).filter((id): id is string => Boolean(id));
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
  return (
    <>
      <Priorities data={data} period={period} />
      <Figures data={data} />
      <Heard data={data} />
      <Complaints data={data} period={period} />
      <HaveYourSay councilName={councilName} gss={gss} period={period} />
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="public__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
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
  const series = new Map(data.indicatorSeries.map((s) => [s.indicator.code, s]));
  const shown = PUBLIC_MEASURES.flatMap((m) => {
    const s = series.get(m.code);
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
              const notDone = s.points.filter((p) => p.valueStatus === 'NOT_AVAILABLE' && p.period > latest.period).map((p) => p.period);
              return (
                <li key={m.code} className="public__figure">
                  <h3>{m.plain}</h3>
                  <p className="public__number">
                    <strong>{plainFigure(latest.value, s.indicator.unit)}</strong> <span>in {latest.period}</span>
                  </p>
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

function HaveYourSay({ councilName, gss, period }: { councilName: string; gss: string; period: string }) {
  return (
    <Section id="public-say" title="How to complain or have your say">
      <ol className="public__steps">
        <li>
          <Say>
            {`Tell ${councilName} first. You can phone, write or fill in the form on the council's website. Ask for the complaints team.`}
          </Say>
        </li>
        <li>
          <Say>You can ask a friend, a carer or an advocate to help you, or to complain for you.</Say>
        </li>
        <li>
          <Say>We will tell you we have your complaint, and when we will answer.</Say>
        </li>
        <li>
          <Say>If you are still not happy, you can ask the Local Government and Social Care Ombudsman to look at it. It is free.</Say>
          <p>
            <a href="https://www.lgo.org.uk/">The Ombudsman’s website (opens a new site)</a>
          </p>
        </li>
      </ol>
      <Say>To have your say about care in your area, you can also talk to your local Healthwatch.</Say>
      <p>
        <a href="https://www.healthwatch.co.uk/">Find your local Healthwatch (opens a new site)</a>
      </p>
      <p className="public__more">
        Want more detail? See the <Link href={routePath(gss, 'scrutiny')}>figures for each plan</Link> or the{' '}
        <a href={`/reports/public/${encodeURIComponent(gss)}/${period}.pdf`}>summary to print (PDF)</a>.
      </p>
    </Section>
  );
}
