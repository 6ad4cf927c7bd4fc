import { useMutation } from '@apollo/client/react';
import type { WardEnquiryRowFragment, WardEnquiryStatus } from '../../graphql/graphql.js';
import { ConflictAnswer, dateShown, formAnswers, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import { todayIso } from './format.js';
import { type Choice, DateField, GovForm, Row, SelectField, ServicePicker, TextField, textOrNull, useForm } from './forms.js';
import { addDays, type RolesAbilities } from './roles.model.js';
import { CreateWardEnquiryMutation, RespondToWardEnquiryMutation, UpdateWardEnquiryMutation } from './roles.queries.js';
import { StoredGovernanceRecordQuery } from './stored.queries.js';
import { useGovernance } from './useGovernance.js';

export type Ward = { ward: string; councillors: Array<{ id: string; name: string }> };
interface Saved {
  onSaved: () => void;
}

export function EnquiryForm({ wards, can, onSaved }: { wards: readonly Ward[]; can: RolesAbilities } & Saved) {
  const { councilId } = useGovernance();
  const offered = can.enquiryWards === null ? wards : wards.filter((w) => can.enquiryWards!.includes(w.ward));
  const only = offered.length === 1 ? offered[0]!.ward : '';
  const today = todayIso();
  const empty = { ward: only, councillorId: '', serviceId: '', subject: '', raisedOn: today, responseDue: addDays(today, 14) };
  const [create] = useMutation(CreateWardEnquiryMutation);
  // An administrator says which ward councillor raised it; a ward councillor records their own (councillorId left out).
  const pickCouncillor = can.enquiryWards === null;
  const f = useForm(empty, async (v) => {
    const ward = v.ward || only;
    const input = { councilId, ward, serviceId: v.serviceId, subject: v.subject.trim(), raisedOn: v.raisedOn, responseDue: v.responseDue };
    await create({ variables: { input: { ...input, ...(pickCouncillor ? { councillorId: v.councillorId || null } : {}) } } });
    onSaved();
    f.setV(() => empty);
    return `The enquiry is recorded for ${ward}.`;
  });
  const ward = f.v.ward || only;
  const councillors: Choice[] = (wards.find((w) => w.ward === ward)?.councillors ?? []).map((p) => ({ value: p.id, label: p.name }));
  const wardField = { ...f.field('ward'), value: ward, onChange: (w: string) => f.setV((old) => ({ ...old, ward: w, councillorId: '' })) };
  return (
    <GovForm panel="Record an enquiry" label="Record an enquiry" form={f} submit="Record the enquiry" primary>
      <Row>
        <SelectField
          label="Ward"
          {...wardField}
          empty={offered.length === 1 ? undefined : 'Choose a ward'}
          choices={offered.map((w) => ({ value: w.ward, label: w.ward }))}
          required
        />
        {pickCouncillor && (
          <SelectField
            label="Raised by"
            {...f.field('councillorId')}
            empty={ward ? 'Choose a ward councillor' : 'Choose the ward first'}
            choices={councillors}
            required
          />
        )}
      </Row>
      <ServicePicker label="Service" {...f.field('serviceId')} empty="Choose a service" required />
      <TextField
        label="What was raised"
        {...f.field('subject')}
        multiline
        required
        hint="Without the resident’s name or contact details."
      />
      <Row>
        <DateField label="Raised on" {...f.field('raisedOn')} required />
        <DateField label="Answer due" {...f.field('responseDue')} required />
      </Row>
    </GovForm>
  );
}

export function ChangeEnquiryForm({ enquiry: e, onSaved }: { enquiry: WardEnquiryRowFragment } & Saved) {
  const [update] = useMutation(UpdateWardEnquiryMutation);
  const values = (x: { subject: string; responseDue: string }) => ({ subject: x.subject, responseDue: x.responseDue });
  const fields = [
    { key: 'subject', label: 'What was raised' },
    { key: 'responseDue', label: 'Answer due', show: dateShown },
  ] as const;
  const c = useConflictForm(fields, useStoredNodeOf(StoredGovernanceRecordQuery, e.id, 'WardEnquiry', values));
  const f = useForm(
    () => values(e),
    async (v) => {
      const input = { id: e.id, version: c.version(e.version), subject: v.subject.trim(), responseDue: v.responseDue };
      await c.guard(values(e), v, () => update({ variables: { input } }));
      onSaved();
      return 'The enquiry is saved.';
    },
    e.version,
  );
  return (
    <GovForm label={`Correct the enquiry: ${e.subject}`} form={{ ...f, outcome: c.outcome(f.outcome) }} submit="Save the enquiry">
      <ConflictAnswer c={c} what="this enquiry" busy={f.outcome.busy} {...formAnswers(f)} />
      <TextField label="What was raised" {...f.field('subject')} multiline required />
      <DateField label="Answer due" {...f.field('responseDue')} required />
    </GovForm>
  );
}

const ANSWER: Choice[] = [
  { value: 'RESPONDED', label: 'Answered' },
  { value: 'CLOSED', label: 'Closed' },
  { value: 'OPEN', label: 'Open again (awaiting an answer)' },
];

export function RespondForm({ enquiry: e, onSaved }: { enquiry: WardEnquiryRowFragment } & Saved) {
  const [respond] = useMutation(RespondToWardEnquiryMutation);
  // The stored answer as it reads (the form offers today and "answered" for an open enquiry).
  const stored = (x: { status: string; respondedOn?: string | null; outcome?: string | null }) => ({
    status: x.status,
    respondedOn: x.respondedOn ?? '',
    outcome: x.outcome ?? '',
  });
  const status = (v: string) => ANSWER.find((a) => a.value === v)?.label ?? v;
  const fields = [
    { key: 'status', label: 'Status', show: status },
    { key: 'respondedOn', label: 'Answered on', show: dateShown },
    { key: 'outcome', label: 'The answer' },
  ] as const;
  const read = useStoredNodeOf(StoredGovernanceRecordQuery, e.id, 'WardEnquiry', (n) => stored({ ...n, status: n.enquiryStatus }));
  const c = useConflictForm(fields, read);
  const initial = () => ({
    status: e.status === 'OPEN' ? 'RESPONDED' : (e.status as string),
    respondedOn: e.respondedOn ?? todayIso(),
    outcome: e.outcome ?? '',
  });
  const f = useForm(
    initial,
    async (v) => {
      const reopening = v.status === 'OPEN';
      const input = {
        id: e.id,
        version: c.version(e.version),
        status: v.status as WardEnquiryStatus,
        respondedOn: reopening ? null : v.respondedOn || null,
        outcome: textOrNull(v.outcome),
      };
      await c.guard(stored(e), v, () => respond({ variables: { input } }));
      onSaved();
      return reopening ? 'The enquiry is open again.' : 'The answer is recorded.';
    },
    e.version,
  );
  const reopening = f.v.status === 'OPEN';
  return (
    <GovForm
      label={`Answer the enquiry: ${e.subject}`}
      form={{ ...f, outcome: c.outcome(f.outcome) }}
      submit={reopening ? 'Open it again' : 'Save the answer'}
    >
      <ConflictAnswer
        c={c}
        what="this enquiry"
        busy={f.outcome.busy}
        {...formAnswers(f)}
        show={(t) =>
          formAnswers(f).show({ ...t, status: t.status === 'OPEN' ? 'RESPONDED' : t.status, respondedOn: t.respondedOn || todayIso() })
        }
      />
      <Row>
        <SelectField label="Status" {...f.field('status')} choices={ANSWER} />
        {!reopening && <DateField label="Answered on" {...f.field('respondedOn')} required />}
      </Row>
      <TextField label="The answer" {...f.field('outcome')} multiline />
    </GovForm>
  );
}
