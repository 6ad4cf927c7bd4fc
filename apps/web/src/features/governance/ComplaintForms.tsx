import { useMutation } from '@apollo/client/react';
import type { ComplaintRowFragment } from '../../graphql/graphql.js';
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
import { useGovernance } from './useGovernance.js';

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
  const f = useForm(
    {
      stage: c.stage as string,
      responseDue: c.responseDue,
      respondedOn: c.respondedOn ?? '',
      outcome: (c.outcome ?? '') as string,
      lessons: c.lessons ?? '',
      themeIds: c.themes.map((t) => t.id),
      panelIds: c.panel.map((p) => p.id),
    },
    async (v) => {
      const moving = v.stage !== c.stage;
      await update({
        variables: {
          input: {
            id: c.id,
            version: c.version,
            ...(moving ? { stage: v.stage as Stage } : {}),
            responseDue: v.responseDue,
            respondedOn: v.respondedOn || null,
            outcome: (v.outcome || null) as Outcome | null,
            lessons: textOrNull(v.lessons),
            themeIds: v.themeIds,
            ...(atPanel(v.stage) ? { panelIds: v.panelIds } : {}),
          },
        },
      });
      onSaved();
      return moving ? `${c.reference} is now at ${words(v.stage, STAGE).toLowerCase()}.` : `${c.reference} is saved.`;
    },
    c.version,
  );
  const moving = f.v.stage !== c.stage;
  const here = COMPLAINT_STAGES.indexOf(c.stage as Stage);
  const stages = COMPLAINT_STAGES.map((s, i) => ({ value: s, label: `${words(s, STAGE)}${i < here ? ' (earlier)' : ''}` }));
  return (
    <GovForm label={`Change complaint ${c.reference}`} form={f} submit={`Save ${c.reference}`} primary>
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
