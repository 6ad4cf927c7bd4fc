import { useQuery } from '@apollo/client/react';
import { navigate, PERIODS } from '../../app/router.js';
import { ColumnChart, RowChart } from '../../charts/bars/BarCharts.js';
import { PeriodPicker } from '../../ui/PeriodPicker.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { TableHead } from '../../ui/TableHead.js';
import { ComplaintRegister } from './ComplaintRegister.js';
import { ComplaintStatisticsQuery } from './complaints.queries.js';
import { financialQuarters, financialYear, percent } from './format.js';
import { governancePath } from './paths.js';
import { useGovernance } from './useGovernance.js';
import { TableScroll } from '../../ui/TableScroll.js';

export const DEFAULT_COMPLAINTS_YEAR = '2024-25';

/** Complaint statistics for everyone (d3 charts); the register of individual complaints for those the API returns them to. */
export function ComplaintsView({ params }: { params: URLSearchParams }) {
  const { gss, councilId, councilName } = useGovernance();
  const year = params.get('year') ?? DEFAULT_COMPLAINTS_YEAR;
  const quarters = financialQuarters(year);
  const fy = financialYear(year);
  const vars: Record<string, string> = { councilId, from: fy.from, to: fy.to };
  quarters.forEach((q, i) => {
    vars[`from${i}`] = q.from;
    vars[`to${i}`] = q.to;
  });
  const q = useQuery(ComplaintStatisticsQuery, { variables: vars as never });
  const d = q.data;
  const perQuarter = d
    ? [d.q0, d.q1, d.q2, d.q3, d.q4, d.q5, d.q6, d.q7].map((x, i) => ({ label: quarters[i]!.label.replace(' 20', ' '), ...x.total }))
    : [];
  const t = d?.year.total;
  return (
    <>
      <div className="page__head">
        <div>
          <h1 id="governance-title">Complaints</h1>
          <p className="lead">
            Formal complaints about {councilName}’s services, as published: how many, how many upheld and how many answered in time. No
            complainant can be told from these figures.
          </p>
        </div>
        <div className="page__tools">
          <PeriodPicker
            value={year}
            periods={PERIODS}
            onChange={(y) =>
              navigate(governancePath(gss, 'complaints', null, { year: y === DEFAULT_COMPLAINTS_YEAR ? null : y }), { replace: true })
            }
          />
        </div>
      </div>
      {q.error && !d ? (
        <ErrorState title="The complaint statistics could not be loaded" error={q.error} onRetry={() => void q.refetch()} />
      ) : !d || !t ? (
        <Loading label="Loading the statistics…" />
      ) : (
        <>
          <ul className="stats" aria-label={`Complaints in ${year}`}>
            <li>
              <strong>{t.received}</strong> <span>received in {year}</span>
            </li>
            <li>
              <strong>{percent(t.upheldShare)}</strong> <span>upheld or partly upheld, of those decided</span>
            </li>
            <li>
              <strong>{percent(t.withinTimescaleShare)}</strong> <span>answered within the timescale</span>
            </li>
          </ul>
          <div className="gov-grid">
            <section className="card" aria-labelledby="c-received">
              <h2 id="c-received">Received per quarter</h2>
              <ColumnChart items={perQuarter.map((p) => ({ label: p.label, value: p.received }))} label="Complaints received per quarter" />
            </section>
            <section className="card" aria-labelledby="c-upheld">
              <h2 id="c-upheld">Upheld share per quarter</h2>
              <ColumnChart
                items={perQuarter.map((p) => ({ label: p.label, value: p.upheldShare ?? null }))}
                max={1}
                format={percent}
                label="Share upheld per quarter"
              />
            </section>
            <section className="card" aria-labelledby="c-timely">
              <h2 id="c-timely">Answered in time per quarter</h2>
              <ColumnChart
                items={perQuarter.map((p) => ({ label: p.label, value: p.withinTimescaleShare ?? null }))}
                max={1}
                format={percent}
                label="Share answered within the timescale per quarter"
              />
            </section>
            <section className="card" aria-labelledby="c-themes">
              <h2 id="c-themes">Top themes in {year}</h2>
              <RowChart
                items={t.topThemes.map((x) => ({ label: x.theme.name, value: x.count }))}
                label={`Most frequent complaint themes in ${year}`}
              />
            </section>
          </div>
          <section className="card" aria-labelledby="c-services">
            <h2 id="c-services">By service in {year}</h2>
            {d.year.byService.length === 0 ? (
              <p>No complaints were received in {year}.</p>
            ) : (
              <TableScroll label="Complaints by service">
                <table className="table table--cards" aria-labelledby="c-services">
                  <TableHead
                    columns={[
                      'Service',
                      { label: 'Received', className: 'num' },
                      { label: 'Upheld', className: 'num' },
                      { label: 'In time', className: 'num' },
                      'Top themes',
                    ]}
                  />
                  <tbody>
                    {d.year.byService.map((s) => (
                      <tr key={s.service.id}>
                        <td data-label="Service">{s.service.name}</td>
                        <td data-label="Received" className="num">
                          {s.received}
                        </td>
                        <td data-label="Upheld" className="num">
                          {percent(s.upheldShare)}
                        </td>
                        <td data-label="In time" className="num">
                          {percent(s.withinTimescaleShare)}
                        </td>
                        <td data-label="Top themes">{s.topThemes.map((x) => `${x.theme.name} (${x.count})`).join(', ') || '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        </>
      )}
      <ComplaintRegister year={year} />
    </>
  );
}
