import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { navigate } from '../../app/router.js';
import type { WardEnquiryRowFragment, WardEnquiryStatus } from '../../graphql/graphql.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { TableHead } from '../../ui/TableHead.js';
import { FilterSelect, Segmented } from './Filters.js';
import { day, todayIso } from './format.js';
import { type Choice, Feedback, FormPanel, SelectField, TextField, textOrNull, useSubmit } from './forms.js';
import { governancePath } from './paths.js';
import { addDays, type RolesAbilities, rolesAbilities, tallyEnquiries, wardsOf } from './roles.model.js';
import {
  CreateWardEnquiryMutation,
  MyWardsQuery,
  RespondToWardEnquiryMutation,
  UpdateWardEnquiryMutation,
  WardEnquiriesQuery,
} from './roles.queries.js';
import { useGovernance, useLookups } from './useGovernance.js';

type Show = 'all' | 'awaiting' | 'overdue';
type Ward = { ward: string; councillors: Array<{ id: string; name: string }> };

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
      <div className="page__head">
        <div>
          <h1 id="governance-title">Ward enquiries</h1>
          <p className="lead">
            Local issues {councilName}’s ward councillors have raised with services on behalf of residents (never a resident’s name or
            contact details), when an answer is due and what it was.
          </p>
        </div>
      </div>
      <form className="filters" aria-label="Filter the enquiries" onSubmit={(e) => e.preventDefault()}>
        <Segmented
          label="Which enquiries"
          name="show"
          value={show}
          options={[
            { value: 'all', label: 'All' },
            { value: 'awaiting', label: 'Awaiting an answer' },
            { value: 'overdue', label: 'Overdue' },
          ]}
          onChange={(s) => set({ show: s === 'all' ? null : s })}
        />
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
      {q.error && !q.data ? (
        <ErrorState title="The enquiries could not be loaded" error={q.error} onRetry={refetch} />
      ) : !q.data ? (
        <Loading label="Loading the ward enquiries…" />
      ) : (
        <div className="gov-stack">
          <section className="card" aria-labelledby="enquiries-title">
            <h2 id="enquiries-title">
              Enquiries <span className="muted">({rows.length})</span>
            </h2>
            {rows.length === 0 ? (
              <p>No enquiries match.</p>
            ) : (
              <ul className="gov-records" aria-label="Enquiries">
                {rows.map((e) => (
                  <EnquiryItem key={e.id} enquiry={e} can={can} onSaved={refetch} />
                ))}
              </ul>
            )}
          </section>
          {rows.length > 0 && (
            <div className="gov-grid">
              <Tally rows={rows} by="ward" />
              <Tally rows={rows} by="service" />
            </div>
          )}
        </div>
      )}
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
        {e.ward} · {e.service?.name ?? 'A service'} · raised by {e.councillor?.name ?? 'a councillor'} on {day(e.raisedOn)} · answer due{' '}
        {day(e.responseDue)}
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
      <div className="table-scroll">
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
      </div>
    </section>
  );
}

function EnquiryForm({ wards, can, onSaved }: { wards: readonly Ward[]; can: RolesAbilities; onSaved: () => void }) {
  const { councilId } = useGovernance();
  const { services } = useLookups();
  const offered = can.enquiryWards === null ? wards : wards.filter((w) => can.enquiryWards!.includes(w.ward));
  const today = todayIso();
  const empty = {
    ward: offered.length === 1 ? offered[0]!.ward : '',
    councillorId: '',
    serviceId: '',
    subject: '',
    raisedOn: today,
    due: addDays(today, 14),
  };
  const [v, setV] = useState(empty);
  const [create] = useMutation(CreateWardEnquiryMutation);
  const set = (k: keyof typeof v) => (value: string) =>
    setV((old) => ({ ...old, [k]: value, ...(k === 'ward' ? { councillorId: '' } : {}) }));
  // An administrator says which ward councillor raised it; a ward councillor records their own (councillorId left out).
  const pickCouncillor = can.enquiryWards === null;
  const ward = v.ward || (offered.length === 1 ? offered[0]!.ward : '');
  const councillors: Choice[] = (wards.find((w) => w.ward === ward)?.councillors ?? []).map((p) => ({ value: p.id, label: p.name }));
  const [outcome, submit] = useSubmit(async () => {
    await create({
      variables: {
        input: {
          councilId,
          ward,
          serviceId: v.serviceId,
          subject: v.subject.trim(),
          raisedOn: v.raisedOn,
          responseDue: v.due,
          ...(pickCouncillor ? { councillorId: v.councillorId || null } : {}),
        },
      },
    });
    onSaved();
    setV(empty);
    return `The enquiry is recorded for ${ward}.`;
  });
  return (
    <FormPanel title="Record an enquiry">
      <form aria-label="Record an enquiry" onSubmit={(e) => void submit(e)} className="gov-form">
        <div className="gov-form__row">
          <SelectField
            label="Ward"
            name="ward"
            value={ward}
            onChange={set('ward')}
            empty={offered.length === 1 ? undefined : 'Choose a ward'}
            choices={offered.map((w) => ({ value: w.ward, label: w.ward }))}
            outcome={outcome}
            required
          />
          {pickCouncillor && (
            <SelectField
              label="Raised by"
              name="councillorId"
              value={v.councillorId}
              onChange={set('councillorId')}
              empty={ward ? 'Choose a ward councillor' : 'Choose the ward first'}
              choices={councillors}
              outcome={outcome}
              required
            />
          )}
        </div>
        <SelectField
          label="Service"
          name="serviceId"
          value={v.serviceId}
          onChange={set('serviceId')}
          empty="Choose a service"
          choices={services.map((s) => ({ value: s.id, label: `${s.name} (${s.directorate})` }))}
          outcome={outcome}
          required
        />
        <TextField
          label="What was raised"
          name="subject"
          value={v.subject}
          onChange={set('subject')}
          outcome={outcome}
          multiline
          required
          hint="Without the resident’s name or contact details."
        />
        <div className="gov-form__row">
          <TextField
            label="Raised on"
            name="raisedOn"
            type="date"
            value={v.raisedOn}
            onChange={set('raisedOn')}
            outcome={outcome}
            required
          />
          <TextField label="Answer due" name="responseDue" type="date" value={v.due} onChange={set('due')} outcome={outcome} required />
        </div>
        <Feedback outcome={outcome} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={outcome.busy}>
            Record the enquiry
          </button>
        </div>
      </form>
    </FormPanel>
  );
}

function ChangeEnquiryForm({ enquiry: e, onSaved }: { enquiry: WardEnquiryRowFragment; onSaved: () => void }) {
  const [v, setV] = useState({ subject: e.subject, due: e.responseDue });
  const [update] = useMutation(UpdateWardEnquiryMutation);
  const [outcome, submit] = useSubmit(async () => {
    await update({ variables: { input: { id: e.id, version: e.version, subject: v.subject.trim(), responseDue: v.due } } });
    onSaved();
    return 'The enquiry is saved.';
  });
  return (
    <form aria-label={`Correct the enquiry: ${e.subject}`} onSubmit={(ev) => void submit(ev)} className="gov-form">
      <TextField
        label="What was raised"
        name="subject"
        value={v.subject}
        onChange={(s) => setV((o) => ({ ...o, subject: s }))}
        outcome={outcome}
        multiline
        required
      />
      <TextField
        label="Answer due"
        name="responseDue"
        type="date"
        value={v.due}
        onChange={(s) => setV((o) => ({ ...o, due: s }))}
        outcome={outcome}
        required
      />
      <Feedback outcome={outcome} />
      <div className="actions">
        <button type="submit" className="button" disabled={outcome.busy}>
          Save the enquiry
        </button>
      </div>
    </form>
  );
}

const ANSWER: Choice[] = [
  { value: 'RESPONDED', label: 'Answered' },
  { value: 'CLOSED', label: 'Closed' },
  { value: 'OPEN', label: 'Open again (awaiting an answer)' },
];

function RespondForm({ enquiry: e, onSaved }: { enquiry: WardEnquiryRowFragment; onSaved: () => void }) {
  const [v, setV] = useState<{ status: string; respondedOn: string; outcome: string }>({
    status: e.status === 'OPEN' ? 'RESPONDED' : e.status,
    respondedOn: e.respondedOn ?? todayIso(),
    outcome: e.outcome ?? '',
  });
  const [respond] = useMutation(RespondToWardEnquiryMutation);
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const reopening = v.status === 'OPEN';
  const [outcome, submit] = useSubmit(async () => {
    await respond({
      variables: {
        input: {
          id: e.id,
          version: e.version,
          status: v.status as WardEnquiryStatus,
          respondedOn: reopening ? null : v.respondedOn || null,
          outcome: textOrNull(v.outcome),
        },
      },
    });
    onSaved();
    return reopening ? 'The enquiry is open again.' : 'The answer is recorded.';
  });
  return (
    <form aria-label={`Answer the enquiry: ${e.subject}`} onSubmit={(ev) => void submit(ev)} className="gov-form">
      <div className="gov-form__row">
        <SelectField label="Status" name="status" value={v.status} onChange={set('status')} choices={ANSWER} outcome={outcome} />
        {!reopening && (
          <TextField
            label="Answered on"
            name="respondedOn"
            type="date"
            value={v.respondedOn}
            onChange={set('respondedOn')}
            outcome={outcome}
            required
          />
        )}
      </div>
      <TextField label="The answer" name="outcome" value={v.outcome} onChange={set('outcome')} outcome={outcome} multiline />
      <Feedback outcome={outcome} />
      <div className="actions">
        <button type="submit" className="button" disabled={outcome.busy}>
          {reopening ? 'Open it again' : 'Save the answer'}
        </button>
      </div>
    </form>
  );
}
