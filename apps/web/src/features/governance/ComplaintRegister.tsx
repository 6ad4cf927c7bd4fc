import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import type { ComplaintRowFragment } from '../../graphql/graphql.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { TableHead } from '../../ui/TableHead.js';
import { ComplaintDetail } from './ComplaintDetail.js';
import { RecordComplaintForm } from './ComplaintForms.js';
import { ComplaintsQuery } from './complaints.queries.js';
import { day, financialYear, STAGE, words } from './format.js';
import { useGovernance } from './useGovernance.js';
import { TableScroll } from '../../ui/TableScroll.js';

/** The register of individual complaints: only what the API returns to this viewer (never to the public). */
export function ComplaintRegister({ year }: { year: string }) {
  const { councilId, can } = useGovernance();
  const fy = financialYear(year);
  const q = useQuery(ComplaintsQuery, { variables: { councilId, from: fy.from, to: fy.to }, fetchPolicy: 'cache-and-network' });
  const [openId, setOpenId] = useState<string | null>(null);
  const rows = q.data?.complaints.nodes ?? [];
  const themes = q.data?.complaintThemes ?? [];
  const open = rows.find((r) => r.id === openId) ?? null;
  if (q.error && !q.data) return <ErrorState title="The complaints could not be loaded" error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Loading label="Loading the register…" />;
  if (rows.length === 0 && !can.recordComplaints) {
    return (
      <section className="card" aria-labelledby="c-register">
        <h2 id="c-register">Individual complaints</h2>
        <p>
          Individual complaints hold personal data: only the council’s complaints staff, the service’s managers and the review panel see
          them.
        </p>
      </section>
    );
  }
  const refetch = () => void q.refetch();
  return (
    <section className="card" aria-labelledby="c-register">
      <h2 id="c-register">
        Register of complaints received in {year} <span className="muted">({q.data.complaints.totalCount})</span>
      </h2>
      <p className="small muted">The council’s case references only: the case system holds the complainants’ details.</p>
      {can.recordComplaints && <RecordComplaintForm themes={themes} onSaved={refetch} />}
      {rows.length === 0 ? (
        <p>No complaints received in {year}.</p>
      ) : (
        <TableScroll label="Complaints received">
          <table className="table table--cards" aria-labelledby="c-register">
            <TableHead columns={['Reference', 'Service', 'Received', 'Stage', 'Response due', 'Outcome', 'Themes']} action />
            <tbody>
              {rows.map((c) => (
                <Fragment key={c.id}>
                  <ComplaintRow c={c} open={c.id === openId} onOpen={() => setOpenId(c.id === openId ? null : c.id)} />
                  {c.id === openId && open && (
                    <tr className="complaint-detail-row">
                      <td colSpan={8}>
                        <ComplaintDetail complaint={open} themes={themes} onSaved={refetch} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function ComplaintRow({ c, open, onOpen }: { c: ComplaintRowFragment; open: boolean; onOpen: () => void }) {
  return (
    <tr className={open ? 'is-highlighted' : undefined}>
      <td data-label="Reference">{c.reference}</td>
      <td data-label="Service">{c.service.name}</td>
      <td data-label="Received">{day(c.receivedOn)}</td>
      <td data-label="Stage">{words(c.stage, STAGE)}</td>
      <td data-label="Response due">
        {day(c.responseDue)}
        {c.overdue && <span className="tag tag--warn">Overdue</span>}
        {c.respondedOn && <span className="small muted"> answered {day(c.respondedOn)}</span>}
      </td>
      <td data-label="Outcome">{words(c.outcome)}</td>
      <td data-label="Themes">{c.themes.map((t) => t.name).join(', ') || '—'}</td>
      <td>
        <button type="button" className="button" aria-expanded={open} onClick={onOpen}>
          {open ? 'Close' : 'Open'} <span className="visually-hidden">{c.reference}</span>
        </button>
      </td>
    </tr>
  );
}
