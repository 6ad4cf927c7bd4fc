import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { navigate } from '../../app/router.js';
import type { WardEnquiryRowFragment } from '../../graphql/graphql.js';
import { TableHead } from '../../ui/TableHead.js';
import { Counted, FilterSelect, ShowFilter, ViewHead } from './Filters.js';
import { ChangeEnquiryForm, EnquiryForm, RespondForm, type Ward } from './EnquiryForms.js';
import { day } from './format.js';
import { FormPanel } from './forms.js';
import { Loaded } from './Loaded.js';
import { governancePath } from './paths.js';
import { type RolesAbilities, rolesAbilities, tallyEnquiries, wardsOf } from './roles.model.js';
import { MyWardsQuery, WardEnquiriesQuery } from './roles.queries.js';
import { useGovernance, useLookups } from './useGovernance.js';
import { TableScroll } from '../../ui/TableScroll.js';

type Show = 'all' | 'awaiting' | 'overdue';

const SHOWS = [
  { value: 'all', label: 'All' },
  { value: 'awaiting', label: 'Awaiting an answer' },
  { value: 'overdue', label: 'Overdue' },
] as const;

/** Ward casework: enquiries by ward and service, when an answer is due, the overdue ones; forms for those allowed. */
export function EnquiriesView({ params }: { params: URLSearchParams }) {
  const { gss, councilId, councilName, duties } = useGovernance();
  const lookups = useLookups();
  const mine = useQuery(MyWardsQuery, { variables: { personId: duties.personId ?? '' }, skip: !duties.personId });
  const can = rolesAbilities(duties, wardsOf(mine.data?.person?.roles ?? []));
  const show: Show = params.get('show') === 'overdue' ? 'overdue' : params.get('show') === 'awaiting' ? 'awaiting' : 'all';
  const ward = params.get('ward') || null;
  const serviceId = params.get('service') || null;
  const q = useQuery(WardEnquiriesQuery, {
    variables: { councilId, ward, serviceId, overdue: show === 'overdue' ? true : null },
    fetchPolicy: 'cache-and-network',
  });
  const set = (changes: Record<string, string | null>) =>
    navigate(governancePath(gss, 'enquiries', null, { show: show === 'all' ? null : show, ward, service: serviceId, ...changes }), {
      replace: true,
    });
  const wards = useMemo<Ward[]>(() => {
    const by = new Map<string, Ward>();
    for (const r of q.data?.council?.wards ?? []) {
      if (!r.ward) continue;
      const w = by.get(r.ward) ?? { ward: r.ward, councillors: [] };
      w.councillors.push(r.person);
      by.set(r.ward, w);
    }
    return [...by.values()].sort((a, b) => a.ward.localeCompare(b.ward));
  }, [q.data]);
  const rows = (q.data?.wardEnquiries.nodes ?? []).filter((e) => show !== 'awaiting' || e.status === 'OPEN');
  const refetch = () => void q.refetch();
  return (
    <>
      <ViewHead title="Ward enquiries">
        Local issues {councilName}’s ward councillors have raised with services on behalf of residents (never a resident’s name or contact
        details), when an answer is due and what it was.
      </ViewHead>
      <form className="filters" aria-label="Filter the enquiries" onSubmit={(e) => e.preventDefault()}>
        <ShowFilter label="Which enquiries" value={show} options={SHOWS} onChange={(s) => set({ show: s })} />
        <FilterSelect
          label="Ward"
          value={ward}
          any="Every ward"
          choices={wards.map((w) => ({ value: w.ward, label: w.ward }))}
          onChange={(w) => set({ ward: w })}
        />
        <FilterSelect
          label="Service"
          value={serviceId}
          any="Every service"
          choices={lookups.services.map((x) => ({ value: x.id, label: x.name }))}
          onChange={(x) => set({ service: x })}
          wide
        />
      </form>
      {can.recordEnquiry && <EnquiryForm wards={wards} can={can} onSaved={refetch} />}
      <Loaded q={q} failed="The enquiries could not be loaded" loading="Loading the ward enquiries…">
        {() => (
          <div className="gov-stack">
            <Counted id="enquiries-title" title="Enquiries" count={rows.length}>
              {rows.length === 0 ? (
                <p>No enquiries match.</p>
              ) : (
                <ul className="gov-records" aria-label="Enquiries">
                  {rows.map((e) => (
                    <EnquiryItem key={e.id} enquiry={e} can={can} onSaved={refetch} />
                  ))}
                </ul>
              )}
            </Counted>
            {rows.length > 0 && (
              <div className="gov-grid">
                <Tally rows={rows} by="ward" />
                <Tally rows={rows} by="service" />
              </div>
            )}
          </div>
        )}
      </Loaded>
    </>
  );
}

/** Status words: answered, closed, overdue or awaiting an answer. */
function state(e: WardEnquiryRowFragment): { label: string; className: string } {
  if (e.overdue) return { label: 'Overdue', className: 'tag tag--warn' };
  if (e.status === 'RESPONDED') return { label: `Answered ${day(e.respondedOn)}`, className: 'tag tag--ok' };
  if (e.status === 'CLOSED') return { label: `Closed${e.respondedOn ? ` ${day(e.respondedOn)}` : ''}`, className: 'tag' };
  return { label: 'Awaiting an answer', className: 'tag' };
}

function EnquiryItem({ enquiry: e, can, onSaved }: { enquiry: WardEnquiryRowFragment; can: RolesAbilities; onSaved: () => void }) {
  const s = state(e);
  const mayChange = can.changeEnquiry({ councillorId: e.councillor?.id });
  return (
    <li className={`gov-record${e.overdue ? ' is-overdue' : ''}`}>
      <h3>
        {e.subject} <span className={s.className}>{s.label}</span>
      </h3>
      <p className="small">
        {e.ward} · {e.service?.name ?? 'A service'} · raised by {e.councillor?.name ?? 'a councillor'} on {day(e.raisedOn)}
        {` · answer due ${day(e.responseDue)}`}
      </p>
      {e.outcome && (
        <p className="small">
          <strong>Answer:</strong> {e.outcome}
        </p>
      )}
      {(mayChange || can.respondToEnquiry) && (
        <div className="gov-record__forms">
          {mayChange && (
            <FormPanel title="Correct the enquiry">
              <ChangeEnquiryForm enquiry={e} onSaved={onSaved} />
            </FormPanel>
          )}
          {can.respondToEnquiry && (
            <FormPanel title={e.status === 'OPEN' ? 'Record the answer' : 'Change the answer'}>
              <RespondForm enquiry={e} onSaved={onSaved} />
            </FormPanel>
          )}
        </div>
      )}
    </li>
  );
}

/** The enquiries of each ward or service: how many, how many awaiting an answer, how many overdue (most overdue first). */
function Tally({ rows, by }: { rows: readonly WardEnquiryRowFragment[]; by: 'ward' | 'service' }) {
  const list = tallyEnquiries(rows, (e) =>
    by === 'ward' ? { key: e.ward, name: e.ward } : { key: e.service?.id ?? '', name: e.service?.name ?? 'Unknown service' },
  );
  const title = by === 'ward' ? 'By ward' : 'By service';
  const id = `by-${by}-title`;
  const first = by === 'ward' ? 'Ward' : 'Service';
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <TableScroll label={title}>
        <table className="table table--cards" aria-labelledby={id}>
          <TableHead
            columns={[
              first,
              { label: 'Enquiries', className: 'num' },
              { label: 'Awaiting', className: 'num' },
              { label: 'Overdue', className: 'num' },
            ]}
          />
          <tbody>
            {list.map((t) => (
              <tr key={t.key}>
                <td data-label={first}>{t.name}</td>
                <td data-label="Enquiries" className="num">
                  {t.all}
                </td>
                <td data-label="Awaiting" className="num">
                  {t.open}
                </td>
                <td data-label="Overdue" className="num">
                  {t.overdue > 0 ? <span className="tag tag--warn">{t.overdue}</span> : 0}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
