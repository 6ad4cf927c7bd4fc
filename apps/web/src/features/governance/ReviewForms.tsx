import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { AddFindingMutation, AddRecommendationMutation, AppraiseOptionMutation, UpdateReviewMutation } from './reviews.queries.js';
import { BV_STATUS, BV_STATUSES, FOUR_CS, forwardFrom, OPTION, todayIso, words } from './format.js';
import { Feedback, FormPanel, SelectField, TextField, textOrNull, useSubmit } from './forms.js';

type Status = (typeof BV_STATUSES)[number];
type Kind = (typeof FOUR_CS)[number];
type Option = 'KEEP_IN_HOUSE' | 'CHANGE' | 'SHARE' | 'COMMISSION_EXTERNALLY' | 'STOP';
const OPTIONS: Option[] = ['KEEP_IN_HOUSE', 'CHANGE', 'SHARE', 'COMMISSION_EXTERNALLY', 'STOP'];

interface Review {
  id: string;
  version: number;
  status: string;
  chosenOption?: string | null;
  chosenReason?: string | null;
  options: ReadonlyArray<{ option: string; version: number }>;
}

/** The forms of a review: move its stage forward (choosing an option), add a finding, appraise an option, add a recommendation. */
export function ReviewForms({ review, onSaved }: { review: Review; onSaved: () => void }) {
  return (
    <section className="card" aria-labelledby="bv-forms">
      <h2 id="bv-forms">Work on the review</h2>
      <StatusForm key={`s${review.version}`} review={review} onSaved={onSaved} />
      <FindingForm review={review} onSaved={onSaved} />
      <OptionForm review={review} onSaved={onSaved} />
      <RecommendationForm review={review} onSaved={onSaved} />
    </section>
  );
}

function StatusForm({ review, onSaved }: { review: Review; onSaved: () => void }) {
  const [status, setStatus] = useState<string>(review.status);
  const [chosen, setChosen] = useState(review.chosenOption ?? '');
  const [reason, setReason] = useState(review.chosenReason ?? '');
  const [update] = useMutation(UpdateReviewMutation);
  const [outcome, submit] = useSubmit(async () => {
    const changedChoice = chosen !== (review.chosenOption ?? '') || reason !== (review.chosenReason ?? '');
    await update({
      variables: {
        input: {
          id: review.id,
          version: review.version,
          ...(status !== review.status ? { status: status as Status } : {}),
          ...(changedChoice ? { chosenOption: (chosen || null) as Option | null, chosenReason: textOrNull(reason) } : {}),
        },
      },
    });
    onSaved();
    return status !== review.status ? `The review is now at ${words(status, BV_STATUS).toLowerCase()}.` : 'The review is saved.';
  });
  return (
    <FormPanel title="Move the review on, or choose an option">
      <form aria-label="Move the review" onSubmit={(e) => void submit(e)} className="gov-form">
        <SelectField
          label="Stage"
          name="status"
          value={status}
          onChange={setStatus}
          choices={forwardFrom(BV_STATUSES, review.status).map((s) => ({ value: s, label: words(s, BV_STATUS) }))}
          outcome={outcome}
          hint="Forward only. Agreeing recommendations needs a chosen option among those appraised."
        />
        <SelectField
          label="Chosen option"
          name="chosenOption"
          value={chosen}
          onChange={setChosen}
          empty="None yet"
          choices={review.options.map((o) => ({ value: o.option, label: words(o.option, OPTION) }))}
          outcome={outcome}
        />
        <TextField label="Why this option" name="chosenReason" value={reason} onChange={setReason} outcome={outcome} multiline />
        <Feedback outcome={outcome} />
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          Save
        </button>
      </form>
    </FormPanel>
  );
}

function FindingForm({ review, onSaved }: { review: Review; onSaved: () => void }) {
  const [kind, setKind] = useState<string>('CHALLENGE');
  const [text, setText] = useState('');
  const [evidence, setEvidence] = useState('');
  const [add] = useMutation(AddFindingMutation);
  const [outcome, submit] = useSubmit(async () => {
    await add({ variables: { input: { reviewId: review.id, kind: kind as Kind, text: text.trim(), evidence: textOrNull(evidence) } } });
    setText('');
    setEvidence('');
    onSaved();
    return `A finding under ${words(kind).toLowerCase()} is added.`;
  });
  return (
    <FormPanel title="Add a finding">
      <form aria-label="Add a finding" onSubmit={(e) => void submit(e)} className="gov-form">
        <SelectField
          label="Under"
          name="kind"
          value={kind}
          onChange={setKind}
          choices={FOUR_CS.map((c) => ({ value: c, label: words(c) }))}
          outcome={outcome}
        />
        <TextField label="Finding" name="text" value={text} onChange={setText} outcome={outcome} multiline required />
        <TextField
          label="Evidence"
          name="evidence"
          value={evidence}
          onChange={setEvidence}
          outcome={outcome}
          hint="A benchmarking table, a survey, a market test."
        />
        <Feedback outcome={outcome} />
        <button type="submit" className="button" disabled={outcome.busy}>
          Add the finding
        </button>
      </form>
    </FormPanel>
  );
}

function OptionForm({ review, onSaved }: { review: Review; onSaved: () => void }) {
  const [option, setOption] = useState<string>('KEEP_IN_HOUSE');
  const [appraisal, setAppraisal] = useState('');
  const [appraise] = useMutation(AppraiseOptionMutation);
  const [outcome, submit] = useSubmit(async () => {
    const existing = review.options.find((o) => o.option === option);
    await appraise({
      variables: {
        input: {
          reviewId: review.id,
          option: option as Option,
          appraisal: textOrNull(appraisal),
          ...(existing ? { version: existing.version } : {}),
        },
      },
    });
    setAppraisal('');
    onSaved();
    return `${words(option, OPTION)} is appraised.`;
  });
  return (
    <FormPanel title="Appraise an option">
      <form aria-label="Appraise an option" onSubmit={(e) => void submit(e)} className="gov-form">
        <SelectField
          label="Option"
          name="option"
          value={option}
          onChange={setOption}
          choices={OPTIONS.map((o) => ({ value: o, label: words(o, OPTION) }))}
          outcome={outcome}
        />
        <TextField
          label="Appraisal"
          name="appraisal"
          value={appraisal}
          onChange={setAppraisal}
          outcome={outcome}
          multiline
          hint="Costs, risks and benefits."
        />
        <Feedback outcome={outcome} />
        <button type="submit" className="button" disabled={outcome.busy}>
          Save the appraisal
        </button>
      </form>
    </FormPanel>
  );
}

function RecommendationForm({ review, onSaved }: { review: Review; onSaved: () => void }) {
  const [text, setText] = useState('');
  const [agreedOn, setAgreedOn] = useState(todayIso());
  const [add] = useMutation(AddRecommendationMutation);
  const [outcome, submit] = useSubmit(async () => {
    await add({ variables: { input: { reviewId: review.id, text: text.trim(), agreedOn: agreedOn || null } } });
    setText('');
    onSaved();
    return 'The recommendation is added.';
  });
  return (
    <FormPanel title="Add a recommendation">
      <form aria-label="Add a recommendation" onSubmit={(e) => void submit(e)} className="gov-form">
        <TextField label="Recommendation" name="text" value={text} onChange={setText} outcome={outcome} multiline required />
        <TextField
          label="Agreed on"
          name="agreedOn"
          type="date"
          value={agreedOn}
          onChange={setAgreedOn}
          outcome={outcome}
          hint="Leave empty if not agreed yet."
        />
        <Feedback outcome={outcome} />
        <button type="submit" className="button" disabled={outcome.busy}>
          Add the recommendation
        </button>
      </form>
    </FormPanel>
  );
}
