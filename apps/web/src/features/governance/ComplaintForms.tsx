import { useMutation } from '@apollo/client/react';
import type { ComplaintRowFragment } from '../../graphql/graphql.js';
import { ConflictAnswer, dateShown, formAnswers, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import type { ConflictField } from '../../ui/conflict.js';
import { CreateComplaintMutation, UpdateComplaintMutation } from './complaints.queries.js';
import { COMPLAINT_STAGES, STAGE, todayIso, words } from './format.js';
import {
  CheckList,
  type Outcome as FormOutcome,
  codeChoices,
  DateField,
  GovForm,
  PeopleChecks,
  Row,
  SelectField,
  ServicePicker,
  TextField,
  textOrNull,
  useForm,
} from './forms.js';
import { StoredGovernanceRecordQuery } from './stored.queries.js';
import { useGovernance, usePeopleOf } from './useGovernance.js';

type Theme = { id: string; name: string };
type Stage = (typeof COMPLAINT_STAGES)[number];
type Outcome = 'UPHELD' | 'PARTLY_UPHELD' | 'NOT_UPHELD' | 'WITHDRAWN';
const OUTCOMES: Outcome[] = ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN'];
const PRIVACY = 'No complainant’s name, e-mail address or telephone number: the case system holds those.';
const atPanel = (stage: string) => stage === 'REVIEW_PANEL' || stage === 'OMBUDSMAN';
const fresh = () => ({ reference: '', serviceId: '', receivedOn: todayIso(), responseDue: '', summary: '', themeIds: [] as string[] });

function ThemeChecks({
  themes,
  values,
  onChange,
  outcome,
}: {
  themes: readonly Theme[];
  values: readonly string[];
  onChange: (v: string[]) => void;
  outcome: FormOutcome;
}) {
  return (
    <CheckList
      legend="Themes"
      name="themeIds"
      values={values}
      onChange={onChange}
      choices={themes.map((t) => ({ value: t.id, label: t.name }))}
      outcome={outcome}
    />
  );
}

/** Records a complaint (complaints officers): the case reference, service, dates, summary and themes. */
export function RecordComplaintForm({ themes, onSaved }: { themes: readonly Theme[]; onSaved: () => void }) {
  const { councilId } = useGovernance();
  const [create] = useMutation(CreateComplaintMutation);
  const f = useForm(fresh, async (v) => {
    const res = await create({
      variables: {
        input: {
          councilId,
          reference: v.reference.trim(),
          serviceId: v.serviceId,
          receivedOn: v.receivedOn,
          responseDue: v.responseDue,
          summary: textOrNull(v.summary),
          themeIds: v.themeIds,
        },
      },
    });
    f.setV(fresh);
    onSaved();
    return `Complaint ${res.data?.createComplaint.complaint.reference ?? ''} is recorded at local resolution.`;
  });
  return (
    <GovForm panel="Record a complaint" label="Record a complaint" form={f} submit="Record the complaint" primary>
      <Row>
        <TextField label="Case reference" {...f.field('reference')} required />
        <ServicePicker label="Service" {...f.field('serviceId')} empty="Choose a service" required />
      </Row>
      <Row>
        <DateField label="Received" {...f.field('receivedOn')} required />
        <DateField label="Response due" {...f.field('responseDue')} required />
      </Row>
      <TextField label="Summary" {...f.field('summary')} multiline hint={PRIVACY} />
      <ThemeChecks themes={themes} values={f.v.themeIds} onChange={f.set('themeIds')} outcome={f.outcome} />
    </GovForm>
  );
}

/**
 * Moves a complaint's stage forward (with its new response date), sets its outcome, panel, themes and
 * lessons. Every stage is offered: a move back is the server's refusal, shown beside the stage.
 */
interface ComplaintValues {
  stage: string;
  responseDue: string;
  respondedOn: string;
  outcome: string;
  lessons: string;
  themeIds: string[];
  panelIds: string[];
}

const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id).sort();
const complaintValues = (c: {
  stage: string;
  responseDue: string;
  respondedOn?: string | null;
  outcome?: string | null;
  lessons?: string | null;
  themes: ReadonlyArray<{ id: string }>;
  panel: ReadonlyArray<{ id: string }>;
}): ComplaintValues => ({
  stage: c.stage,
  responseDue: c.responseDue,
  respondedOn: c.respondedOn ?? '',
  outcome: c.outcome ?? '',
  lessons: c.lessons ?? '',
  themeIds: ids(c.themes),
  panelIds: ids(c.panel),
});

export function ComplaintChangeForm({
  complaint: c,
  themes,
  onSaved,
}: {
  complaint: ComplaintRowFragment;
  themes: readonly Theme[];
  onSaved: () => void;
}) {
  const [update] = useMutation(UpdateComplaintMutation);
  const councillors = usePeopleOf('COUNCILLOR');
  const names = (all: ReadonlyArray<{ id: string; name: string }>) => (v: string) =>
    v
      .split(',')
      .filter(Boolean)
      .map((id) => all.find((x) => x.id === id)?.name ?? id)
      .join(', ') || 'None';
  const fields: ConflictField<ComplaintValues>[] = [
    { key: 'stage', label: 'Stage', show: (v) => words(v, STAGE) },
    { key: 'responseDue', label: 'Response due', show: dateShown },
    { key: 'respondedOn', label: 'Responded on', show: dateShown },
    { key: 'outcome', label: 'Outcome', show: (v) => (v ? words(v) : 'Not decided') },
    { key: 'lessons', label: 'Lessons learned' },
    { key: 'themeIds', label: 'Themes', show: names(themes) },
    { key: 'panelIds', label: 'Review panel', show: names(councillors) },
  ];
  const cf = useConflictForm(
    fields,
    useStoredNodeOf(StoredGovernanceRecordQuery, c.id, 'Complaint', (n) => complaintValues({ ...n, outcome: n.complaintOutcome })),
  );
  const f = useForm(
    () => complaintValues(c),
    async (v) => {
      const moving = v.stage !== c.stage;
      const version = cf.version(c.version);
      await cf.guard(complaintValues(c), v, () =>
        update({
          variables: {
            input: {
              id: c.id,
              version,
              ...(moving ? { stage: v.stage as Stage } : {}),
              responseDue: v.responseDue,
              respondedOn: v.respondedOn || null,
              outcome: (v.outcome || null) as Outcome | null,
              lessons: textOrNull(v.lessons),
              themeIds: v.themeIds,
              ...(atPanel(v.stage) ? { panelIds: v.panelIds } : {}),
            },
          },
        }),
      );
      onSaved();
      return moving ? `${c.reference} is now at ${words(v.stage, STAGE).toLowerCase()}.` : `${c.reference} is saved.`;
    },
    c.version,
  );
  const moving = f.v.stage !== c.stage;
  const here = COMPLAINT_STAGES.indexOf(c.stage as Stage);
  const stages = COMPLAINT_STAGES.map((s, i) => ({ value: s, label: `${words(s, STAGE)}${i < here ? ' (earlier)' : ''}` }));
  return (
    <GovForm
      label={`Change complaint ${c.reference}`}
      form={{ ...f, outcome: cf.outcome(f.outcome) }}
      submit={`Save ${c.reference}`}
      primary
    >
      <ConflictAnswer c={cf} what={`complaint ${c.reference}`} busy={f.outcome.busy} {...formAnswers(f)} />
      <Row>
        <SelectField label="Stage" {...f.field('stage')} choices={stages} hint="Forward only." />
        <DateField label={moving ? 'Response due at the new stage' : 'Response due'} {...f.field('responseDue')} required />
      </Row>
      <Row>
        <DateField label="Responded on" {...f.field('respondedOn')} />
        <SelectField label="Outcome" {...f.field('outcome')} empty="Not decided" choices={codeChoices(OUTCOMES)} />
      </Row>
      {atPanel(f.v.stage) && (
        <PeopleChecks
          legend="Review panel (councillors)"
          name="panelIds"
          values={f.v.panelIds}
          onChange={f.set('panelIds')}
          outcome={f.outcome}
        />
      )}
      <ThemeChecks themes={themes} values={f.v.themeIds} onChange={f.set('themeIds')} outcome={f.outcome} />
      <TextField label="Lessons learned" {...f.field('lessons')} multiline hint={PRIVACY} />
    </GovForm>
  );
}
