import { useMutation } from '@apollo/client/react';
import { ConflictAnswer, dateShown, formAnswers, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import { BV_STATUS, BV_STATUSES, FOUR_CS, OPTION, todayIso, words } from './format.js';
import { codeChoices, DateField, type Form, FormPanel, GovForm, SelectField, TextField, textOrNull, useForm } from './forms.js';
import {
  AddFindingMutation,
  AddRecommendationMutation,
  AppraiseOptionMutation,
  RemoveFindingMutation,
  RemoveOptionMutation,
  UpdateFindingMutation,
  UpdateRecommendationMutation,
  UpdateReviewMutation,
} from './reviews.queries.js';
import { StoredGovernanceRecordQuery } from './stored.queries.js';
import { ConfirmButton, type VersionedStep } from '../priorities/forms.js';

type Status = (typeof BV_STATUSES)[number];
type Kind = (typeof FOUR_CS)[number];
type Option = 'KEEP_IN_HOUSE' | 'CHANGE' | 'SHARE' | 'COMMISSION_EXTERNALLY' | 'STOP';
const OPTIONS: Option[] = ['KEEP_IN_HOUSE', 'CHANGE', 'SHARE', 'COMMISSION_EXTERNALLY', 'STOP'];
const KINDS = codeChoices(FOUR_CS);
const EVIDENCE_HINT = 'A benchmarking table, a survey, a market test.';

interface Review {
  id: string;
  version: number;
  status: string;
  chosenOption?: string | null;
  chosenReason?: string | null;
  options: ReadonlyArray<{ option: string; version: number }>;
}
interface Saved {
  onSaved: () => void;
}

/** The forms of a review: move its stage forward (choosing an option), add a finding, appraise an option, add a recommendation. */
export function ReviewForms({ review, onSaved }: { review: Review } & Saved) {
  return (
    <section className="card" aria-labelledby="bv-forms">
      <h2 id="bv-forms">Work on the review</h2>
      <StatusForm review={review} onSaved={onSaved} />
      <FindingForm review={review} onSaved={onSaved} />
      <OptionForm review={review} onSaved={onSaved} />
      <RecommendationForm review={review} onSaved={onSaved} />
    </section>
  );
}

/** Every stage is offered: a move back is the server's refusal, shown beside the stage. */
function StatusForm({ review, onSaved }: { review: Review } & Saved) {
  const [update] = useMutation(UpdateReviewMutation);
  const values = (x: { status: string; chosenOption?: string | null; chosenReason?: string | null }) => ({
    status: x.status,
    chosen: x.chosenOption ?? '',
    reason: x.chosenReason ?? '',
  });
  const fields = [
    { key: 'status', label: 'Stage', show: (v: string) => words(v, BV_STATUS) },
    { key: 'chosen', label: 'Chosen option', show: (v: string) => (v ? words(v, OPTION) : 'None yet') },
    { key: 'reason', label: 'Why this option' },
  ] as const;
  const read = useStoredNodeOf(StoredGovernanceRecordQuery, review.id, 'BestValueReview', (n) => values({ ...n, status: n.reviewStatus }));
  const c = useConflictForm(fields, read);
  const f = useForm(
    () => values(review),
    async (v) => {
      // Keeping mine over their change sends my choice whole (a stage is sent only when moved: the server refuses a move back).
      const version = c.version(review.version);
      const changedChoice =
        version !== review.version || v.chosen !== (review.chosenOption ?? '') || v.reason !== (review.chosenReason ?? '');
      const input = {
        id: review.id,
        version,
        ...(v.status !== review.status ? { status: v.status as Status } : {}),
        ...(changedChoice ? { chosenOption: (v.chosen || null) as Option | null, chosenReason: textOrNull(v.reason) } : {}),
      };
      await c.guard(values(review), v, () => update({ variables: { input } }));
      onSaved();
      return v.status !== review.status ? `The review is now at ${words(v.status, BV_STATUS).toLowerCase()}.` : 'The review is saved.';
    },
    review.version,
  );
  const here = BV_STATUSES.indexOf(review.status as Status);
  const stages = BV_STATUSES.map((s, i) => ({ value: s, label: `${words(s, BV_STATUS)}${i < here ? ' (earlier)' : ''}` }));
  return (
    <GovForm
      panel="Move the review on, or choose an option"
      label="Move the review"
      form={{ ...f, outcome: c.outcome(f.outcome) }}
      submit="Save"
      primary
    >
      <ConflictAnswer c={c} what="this review" busy={f.outcome.busy} {...formAnswers(f)} />
      <SelectField
        label="Stage"
        {...f.field('status')}
        choices={stages}
        hint="Forward only. Agreeing recommendations needs a chosen option among those appraised."
      />
      <SelectField
        label="Chosen option"
        {...f.field('chosen', 'chosenOption')}
        empty="None yet"
        choices={codeChoices(
          review.options.map((o) => o.option),
          OPTION,
        )}
      />
      <TextField label="Why this option" {...f.field('reason', 'chosenReason')} multiline />
    </GovForm>
  );
}

function FindingForm({ review, onSaved }: { review: Review } & Saved) {
  const [add] = useMutation(AddFindingMutation);
  const f = useForm({ kind: 'CHALLENGE', text: '', evidence: '' }, async (v) => {
    const input = { reviewId: review.id, kind: v.kind as Kind, text: v.text.trim(), evidence: textOrNull(v.evidence) };
    await add({ variables: { input } });
    f.setV((old) => ({ ...old, text: '', evidence: '' }));
    onSaved();
    return `A finding under ${words(v.kind).toLowerCase()} is added.`;
  });
  return (
    <GovForm panel="Add a finding" label="Add a finding" form={f} submit="Add the finding">
      <SelectField label="Under" {...f.field('kind')} choices={KINDS} />
      <TextField label="Finding" {...f.field('text')} multiline required />
      <TextField label="Evidence" {...f.field('evidence')} hint={EVIDENCE_HINT} />
    </GovForm>
  );
}

function OptionForm({ review, onSaved }: { review: Review } & Saved) {
  const [appraise] = useMutation(AppraiseOptionMutation);
  const f = useForm({ option: 'KEEP_IN_HOUSE', appraisal: '' }, async (v) => {
    const existing = review.options.find((o) => o.option === v.option);
    await appraise({
      variables: {
        input: {
          reviewId: review.id,
          option: v.option as Option,
          appraisal: textOrNull(v.appraisal),
          ...(existing ? { version: existing.version } : {}),
        },
      },
    });
    f.setV((old) => ({ ...old, appraisal: '' }));
    onSaved();
    return `${words(v.option, OPTION)} is appraised.`;
  });
  return (
    <GovForm panel="Appraise an option" label="Appraise an option" form={f} submit="Save the appraisal">
      <SelectField label="Option" {...f.field('option')} choices={codeChoices(OPTIONS, OPTION)} />
      <TextField label="Appraisal" {...f.field('appraisal')} multiline hint="Costs, risks and benefits." />
    </GovForm>
  );
}

function RecommendationForm({ review, onSaved }: { review: Review } & Saved) {
  const [add] = useMutation(AddRecommendationMutation);
  const f = useForm({ text: '', agreedOn: todayIso() }, async (v) => {
    await add({ variables: { input: { reviewId: review.id, text: v.text.trim(), agreedOn: v.agreedOn || null } } });
    f.setV((old) => ({ ...old, text: '' }));
    onSaved();
    return 'The recommendation is added.';
  });
  return (
    <GovForm panel="Add a recommendation" label="Add a recommendation" form={f} submit="Add the recommendation">
      <RecommendationFields f={f} />
    </GovForm>
  );
}

function RecommendationFields({ f }: { f: Form<{ text: string; agreedOn: string }> }) {
  return (
    <>
      <TextField label="Recommendation" {...f.field('text')} multiline required />
      <DateField label="Agreed on" {...f.field('agreedOn')} hint="Leave empty if not agreed yet." />
    </>
  );
}

/**
 * A button that removes a part of the review at the version read (the server may refuse: the chosen option); a stale
 * version is answered with their change and do it anyway / cancel (ConfirmButton's `versioned`).
 */
function RemoveButton<V>({
  label,
  run,
  versioned,
}: {
  label: string;
  run: (version: number) => Promise<void>;
  versioned: VersionedStep<V>;
}) {
  return (
    <div className="gov-form gov-form--remove">
      <ConfirmButton label={label} onConfirm={run} versioned={versioned} />
    </div>
  );
}

/** Changes a finding (its C, text, evidence) or removes it. */
export function FindingEdit({
  finding: x,
  onSaved,
}: { finding: { id: string; version: number; kind: string; text: string; evidence?: string | null } } & Saved) {
  const [update] = useMutation(UpdateFindingMutation);
  const [remove] = useMutation(RemoveFindingMutation);
  const values = (n: { kind: string; text: string; evidence?: string | null }) => ({
    kind: n.kind,
    text: n.text,
    evidence: n.evidence ?? '',
  });
  const fields = [
    { key: 'kind', label: 'Under', show: (v: string) => words(v) },
    { key: 'text', label: 'Finding' },
    { key: 'evidence', label: 'Evidence' },
  ] as const;
  const read = useStoredNodeOf(StoredGovernanceRecordQuery, x.id, 'BestValueFinding', values);
  const c = useConflictForm(fields, read);
  const f = useForm(
    () => values(x),
    async (v) => {
      const input = {
        id: x.id,
        version: c.version(x.version),
        kind: v.kind as Kind,
        text: v.text.trim(),
        evidence: textOrNull(v.evidence),
      };
      await c.guard(values(x), v, () => update({ variables: { input } }));
      onSaved();
      return 'The finding is saved.';
    },
    x.version,
  );
  return (
    <FormPanel title="Change or remove">
      <GovForm label={`Change the finding: ${x.text}`} form={{ ...f, outcome: c.outcome(f.outcome) }} submit="Save the finding">
        <ConflictAnswer c={c} what="this finding" busy={f.outcome.busy} {...formAnswers(f)} />
        <SelectField label="Under" {...f.field('kind')} choices={KINDS} />
        <TextField label="Finding" {...f.field('text')} multiline required />
        <TextField label="Evidence" {...f.field('evidence')} hint={EVIDENCE_HINT} />
      </GovForm>
      <RemoveButton
        label="Remove the finding"
        versioned={{ what: 'this finding', fields, base: values(x), version: x.version, load: read }}
        run={async (version) => {
          await remove({ variables: { id: x.id, version } });
          onSaved();
        }}
      />
    </FormPanel>
  );
}

/** Revises an option's appraisal, or removes the option (refused for the chosen one). */
export function OptionEdit({
  reviewId,
  option: o,
  onSaved,
}: { reviewId: string; option: { id: string; version: number; option: string; appraisal?: string | null } } & Saved) {
  const [appraise] = useMutation(AppraiseOptionMutation);
  const [remove] = useMutation(RemoveOptionMutation);
  const values = (n: { appraisal?: string | null }) => ({ appraisal: n.appraisal ?? '' });
  const fields = [{ key: 'appraisal', label: 'Appraisal' }] as const;
  const read = useStoredNodeOf(StoredGovernanceRecordQuery, o.id, 'BestValueOption', values);
  const c = useConflictForm(fields, read);
  const f = useForm(
    () => values(o),
    async (v) => {
      const input = { reviewId, option: o.option as Option, appraisal: textOrNull(v.appraisal), version: c.version(o.version) };
      await c.guard(values(o), v, () => appraise({ variables: { input } }));
      onSaved();
      return `${words(o.option, OPTION)} is appraised again.`;
    },
    o.version,
  );
  return (
    <FormPanel title="Change or remove">
      <GovForm
        label={`Appraise ${words(o.option, OPTION)} again`}
        form={{ ...f, outcome: c.outcome(f.outcome) }}
        submit="Save the appraisal"
      >
        <ConflictAnswer c={c} what="this option’s appraisal" busy={f.outcome.busy} {...formAnswers(f)} />
        <TextField label="Appraisal" {...f.field('appraisal')} multiline hint="Costs, risks and benefits." />
      </GovForm>
      <RemoveButton
        label="Remove the option"
        versioned={{ what: 'this option’s appraisal', fields, base: values(o), version: o.version, load: read }}
        run={async (version) => {
          await remove({ variables: { id: o.id, version } });
          onSaved();
        }}
      />
    </FormPanel>
  );
}

/** Corrects a recommendation's text or the date it was agreed. */
export function RecommendationEdit({
  recommendation: r,
  onSaved,
}: { recommendation: { id: string; version: number; text: string; agreedOn?: string | null } } & Saved) {
  const [update] = useMutation(UpdateRecommendationMutation);
  const values = (n: { text: string; agreedOn?: string | null }) => ({ text: n.text, agreedOn: n.agreedOn ?? '' });
  const fields = [
    { key: 'text', label: 'Recommendation' },
    { key: 'agreedOn', label: 'Agreed on', show: dateShown },
  ] as const;
  const c = useConflictForm(fields, useStoredNodeOf(StoredGovernanceRecordQuery, r.id, 'BestValueRecommendation', values));
  const f = useForm(
    () => values(r),
    async (v) => {
      const input = { id: r.id, version: c.version(r.version), text: v.text.trim(), agreedOn: v.agreedOn || null };
      await c.guard(values(r), v, () => update({ variables: { input } }));
      onSaved();
      return 'The recommendation is saved.';
    },
    r.version,
  );
  return (
    <GovForm
      panel="Change the recommendation"
      label={`Change the recommendation: ${r.text}`}
      form={{ ...f, outcome: c.outcome(f.outcome) }}
      submit="Save the recommendation"
    >
      <ConflictAnswer c={c} what="this recommendation" busy={f.outcome.busy} {...formAnswers(f)} />
      <RecommendationFields f={f} />
    </GovForm>
  );
}
