import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { ComplaintRowFragment } from '../../graphql/graphql.js';
import { CreateComplaintMutation, UpdateComplaintMutation } from './complaints.queries.js';
import { COMPLAINT_STAGES, forwardFrom, STAGE, todayIso, words } from './format.js';
import { CheckList, Feedback, FormPanel, SelectField, TextField, textOrNull, useSubmit } from './forms.js';
import { useGovernance, useLookups, usePeopleOf } from './useGovernance.js';

type Theme = { id: string; name: string };
type Stage = (typeof COMPLAINT_STAGES)[number];
type Outcome = 'UPHELD' | 'PARTLY_UPHELD' | 'NOT_UPHELD' | 'WITHDRAWN';
const OUTCOMES: Outcome[] = ['UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN'];
const PRIVACY = 'No complainant’s name, e-mail address or telephone number: the case system holds those.';

/** Records a complaint (complaints officers): the case reference, service, dates, summary and themes. */
export function RecordComplaintForm({ themes, onSaved }: { themes: readonly Theme[]; onSaved: () => void }) {
  const { councilId } = useGovernance();
  const { services } = useLookups();
  const [v, setV] = useState({ reference: '', serviceId: '', receivedOn: todayIso(), responseDue: '', summary: '' });
  const [themeIds, setThemeIds] = useState<string[]>([]);
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const [create] = useMutation(CreateComplaintMutation);
  const [outcome, submit] = useSubmit(async () => {
    const res = await create({
      variables: {
        input: {
          councilId,
          reference: v.reference.trim(),
          serviceId: v.serviceId,
          receivedOn: v.receivedOn,
          responseDue: v.responseDue,
          summary: textOrNull(v.summary),
          themeIds,
        },
      },
    });
    setV({ reference: '', serviceId: '', receivedOn: todayIso(), responseDue: '', summary: '' });
    setThemeIds([]);
    onSaved();
    return `Complaint ${res.data?.createComplaint.complaint.reference ?? ''} is recorded at local resolution.`;
  });
  return (
    <FormPanel title="Record a complaint">
      <form aria-label="Record a complaint" onSubmit={(e) => void submit(e)} className="gov-form">
        <div className="gov-form__row">
          <TextField label="Case reference" name="reference" value={v.reference} onChange={set('reference')} outcome={outcome} required />
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
        </div>
        <div className="gov-form__row">
          <TextField
            label="Received"
            name="receivedOn"
            type="date"
            value={v.receivedOn}
            onChange={set('receivedOn')}
            outcome={outcome}
            required
          />
          <TextField
            label="Response due"
            name="responseDue"
            type="date"
            value={v.responseDue}
            onChange={set('responseDue')}
            outcome={outcome}
            required
          />
        </div>
        <TextField label="Summary" name="summary" value={v.summary} onChange={set('summary')} outcome={outcome} multiline hint={PRIVACY} />
        <CheckList
          legend="Themes"
          name="themeIds"
          values={themeIds}
          onChange={setThemeIds}
          choices={themes.map((t) => ({ value: t.id, label: t.name }))}
          outcome={outcome}
        />
        <Feedback outcome={outcome} />
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          Record the complaint
        </button>
      </form>
    </FormPanel>
  );
}

/** Moves a complaint's stage forward (with its new response date), sets its outcome, panel, themes and lessons. */
export function ComplaintChangeForm({
  complaint: c,
  themes,
  onSaved,
}: {
  complaint: ComplaintRowFragment;
  themes: readonly Theme[];
  onSaved: () => void;
}) {
  const councillors = usePeopleOf('COUNCILLOR');
  const [stage, setStage] = useState<string>(c.stage);
  const [v, setV] = useState({
    responseDue: c.responseDue,
    respondedOn: c.respondedOn ?? '',
    outcome: c.outcome ?? '',
    lessons: c.lessons ?? '',
  });
  const [themeIds, setThemeIds] = useState<string[]>(c.themes.map((t) => t.id));
  const [panelIds, setPanelIds] = useState<string[]>(c.panel.map((p) => p.id));
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const [update] = useMutation(UpdateComplaintMutation);
  const moving = stage !== c.stage;
  const atPanel = stage === 'REVIEW_PANEL' || stage === 'OMBUDSMAN';
  const [outcome, submit] = useSubmit(async () => {
    await update({
      variables: {
        input: {
          id: c.id,
          version: c.version,
          ...(moving ? { stage: stage as Stage } : {}),
          responseDue: v.responseDue,
          respondedOn: v.respondedOn || null,
          outcome: (v.outcome || null) as Outcome | null,
          lessons: textOrNull(v.lessons),
          themeIds,
          ...(atPanel ? { panelIds } : {}),
        },
      },
    });
    onSaved();
    return moving ? `${c.reference} is now at ${words(stage, STAGE).toLowerCase()}.` : `${c.reference} is saved.`;
  });
  return (
    <form aria-label={`Change complaint ${c.reference}`} onSubmit={(e) => void submit(e)} className="gov-form">
      <div className="gov-form__row">
        <SelectField
          label="Stage"
          name="stage"
          value={stage}
          onChange={setStage}
          choices={forwardFrom(COMPLAINT_STAGES, c.stage).map((s) => ({ value: s, label: words(s, STAGE) }))}
          outcome={outcome}
          hint="Forward only."
        />
        <TextField
          label={moving ? 'Response due at the new stage' : 'Response due'}
          name="responseDue"
          type="date"
          value={v.responseDue}
          onChange={set('responseDue')}
          outcome={outcome}
          required
        />
      </div>
      <div className="gov-form__row">
        <TextField
          label="Responded on"
          name="respondedOn"
          type="date"
          value={v.respondedOn}
          onChange={set('respondedOn')}
          outcome={outcome}
        />
        <SelectField
          label="Outcome"
          name="outcome"
          value={v.outcome}
          onChange={set('outcome')}
          empty="Not decided"
          choices={OUTCOMES.map((o) => ({ value: o, label: words(o) }))}
          outcome={outcome}
        />
      </div>
      {atPanel && (
        <CheckList
          legend="Review panel (councillors)"
          name="panelIds"
          values={panelIds}
          onChange={setPanelIds}
          choices={councillors.map((p) => ({ value: p.id, label: p.name }))}
          outcome={outcome}
        />
      )}
      <CheckList
        legend="Themes"
        name="themeIds"
        values={themeIds}
        onChange={setThemeIds}
        choices={themes.map((t) => ({ value: t.id, label: t.name }))}
        outcome={outcome}
      />
      <TextField
        label="Lessons learned"
        name="lessons"
        value={v.lessons}
        onChange={set('lessons')}
        outcome={outcome}
        multiline
        hint={PRIVACY}
      />
      <Feedback outcome={outcome} />
      <button type="submit" className="button button--primary" disabled={outcome.busy}>
        Save {c.reference}
      </button>
    </form>
  );
}
