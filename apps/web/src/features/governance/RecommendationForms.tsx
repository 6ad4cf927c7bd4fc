import { useMutation } from '@apollo/client/react';
import { ConflictAnswer, dateShown, formAnswers, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import { todayIso, words } from './format.js';
import { codeChoices, DateField, GovForm, Row, SelectField, TextField, useForm } from './forms.js';
import type { TopicRef } from './ScrutinyForms.js';
import { MakeRecommendationMutation, RespondMutation, UpdateRecommendationMutation } from './scrutiny.queries.js';
import { StoredGovernanceRecordQuery } from './stored.queries.js';
import { useGovernance } from './useGovernance.js';

type Response = 'ACCEPTED' | 'PARTLY_ACCEPTED' | 'REJECTED';
interface Saved {
  onSaved: () => void;
}

export function RecommendationForm({ committeeId, topics, onSaved }: { committeeId: string; topics: readonly TopicRef[] } & Saved) {
  const { councilId } = useGovernance();
  const [make] = useMutation(MakeRecommendationMutation);
  const f = useForm({ text: '', madeOn: todayIso(), topicId: '' }, async (v) => {
    await make({ variables: { input: { councilId, committeeId, text: v.text.trim(), madeOn: v.madeOn, topicId: v.topicId || null } } });
    f.setV((old) => ({ ...old, text: '' }));
    onSaved();
    return 'The recommendation is made: the executive’s response is due in two months.';
  });
  return (
    <GovForm panel="Make a recommendation" label="Make a recommendation" form={f} submit="Make the recommendation">
      <TextField label="Recommendation" {...f.field('text')} multiline required />
      <Row>
        <DateField label="Made on" {...f.field('madeOn')} required />
        <SelectField label="Topic" {...f.field('topicId')} empty="None" choices={topics.map((t) => ({ value: t.id, label: t.title }))} />
      </Row>
    </GovForm>
  );
}

export function ResponseForm({
  recommendation: r,
  onSaved,
}: {
  recommendation: { id: string; version: number; response?: string | null; responseText?: string | null };
} & Saved) {
  const [respond] = useMutation(RespondMutation);
  const values = (x: { response?: string | null; responseText?: string | null }) => ({
    response: x.response ?? '',
    text: x.responseText ?? '',
  });
  const fields = [
    { key: 'response', label: 'Response', show: (v: string) => (v ? words(v) : 'None yet') },
    { key: 'text', label: 'What the executive will do, or why not' },
  ] as const;
  const c = useConflictForm(fields, useStoredNodeOf(StoredGovernanceRecordQuery, r.id, 'ScrutinyRecommendation', values));
  const f = useForm(
    () => ({ response: r.response ?? 'ACCEPTED', text: r.responseText ?? '', respondedOn: todayIso() }),
    async (v) => {
      // A first response sends no version; after "keep mine" over a response given meanwhile it sends the stored one.
      const version = c.version(r.version);
      const input = {
        id: r.id,
        response: v.response as Response,
        text: v.text.trim(),
        respondedOn: v.respondedOn,
        ...(r.response || version !== r.version ? { version } : {}),
      };
      await c.guard({ ...v, ...values(r) }, v, () => respond({ variables: { input } }));
      onSaved();
      return 'The executive’s response is recorded.';
    },
    r.version,
  );
  return (
    <GovForm
      panel={r.response ? "Correct the executive's response" : "Record the executive's response"}
      label="The executive's response"
      form={{ ...f, outcome: c.outcome(f.outcome) }}
      submit="Record the response"
    >
      <ConflictAnswer c={c} what="the executive’s response" busy={f.outcome.busy} {...formAnswers(f)} />
      <Row>
        <SelectField label="Response" {...f.field('response')} choices={codeChoices(['ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED'])} />
        <DateField label="Responded on" {...f.field('respondedOn')} required />
      </Row>
      <TextField label="What the executive will do, or why not" {...f.field('text')} multiline required />
    </GovForm>
  );
}

/** Corrects a recommendation's words or the date the executive's response is due (the committee's people; before or after the response). */
export function RecommendationEdit({
  recommendation: r,
  onSaved,
}: {
  recommendation: { id: string; version: number; text: string; responseDue: string };
} & Saved) {
  const [update] = useMutation(UpdateRecommendationMutation);
  const values = (x: { text: string; responseDue: string }) => ({ text: x.text, responseDue: x.responseDue });
  const fields = [
    { key: 'text', label: 'Recommendation' },
    { key: 'responseDue', label: 'Response due', show: dateShown },
  ] as const;
  const c = useConflictForm(fields, useStoredNodeOf(StoredGovernanceRecordQuery, r.id, 'ScrutinyRecommendation', values));
  const f = useForm(
    () => values(r),
    async (v) => {
      const input = { id: r.id, version: c.version(r.version), text: v.text, responseDue: v.responseDue };
      await c.guard(values(r), v, () => update({ variables: { input } }));
      onSaved();
      return 'The recommendation is corrected.';
    },
    r.version,
  );
  return (
    <GovForm
      panel="Correct the recommendation"
      label={`Correct the recommendation ${r.text}`}
      form={{ ...f, outcome: c.outcome(f.outcome) }}
      submit="Save the recommendation"
    >
      <ConflictAnswer c={c} what="this recommendation" busy={f.outcome.busy} {...formAnswers(f)} />
      <TextField label="Recommendation" {...f.field('text')} multiline required />
      <DateField label="Response due" {...f.field('responseDue')} required hint="When the executive must answer by." />
    </GovForm>
  );
}
