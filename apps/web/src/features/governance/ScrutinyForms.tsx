import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { CreateMeetingMutation, CreateTopicMutation, MakeRecommendationMutation, RespondMutation } from './scrutiny.queries.js';
import { REASON, todayIso, words } from './format.js';
import { CheckList, Feedback, FormPanel, SelectField, TextField, textOrNull, useSubmit } from './forms.js';
import { useGovernance, useLookups } from './useGovernance.js';

type Reason = 'BOTTOM_QUARTILE' | 'DETERIORATING' | 'HEALTH_SCRUTINY' | 'OFF_TARGET' | 'OTHER' | 'POLICY_DEVELOPMENT' | 'PUBLIC_CONCERN';
const REASONS: Reason[] = [
  'BOTTOM_QUARTILE',
  'DETERIORATING',
  'OFF_TARGET',
  'PUBLIC_CONCERN',
  'HEALTH_SCRUTINY',
  'POLICY_DEVELOPMENT',
  'OTHER',
];
type Response = 'ACCEPTED' | 'PARTLY_ACCEPTED' | 'REJECTED';
type TopicRef = { id: string; title: string };

export function TopicForm({ committeeId, onSaved }: { committeeId: string; onSaved: () => void }) {
  const { councilId } = useGovernance();
  const { services } = useLookups();
  const [v, setV] = useState({ title: '', reason: 'BOTTOM_QUARTILE', reasonNote: '', serviceId: '', plannedFor: '', health: false });
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const [create] = useMutation(CreateTopicMutation);
  const [outcome, submit] = useSubmit(async () => {
    await create({
      variables: {
        input: {
          councilId,
          committeeId,
          title: v.title.trim(),
          reason: v.reason as Reason,
          reasonNote: textOrNull(v.reasonNote),
          serviceId: v.serviceId || null,
          plannedFor: v.plannedFor || null,
          ...(v.health ? { health: true } : {}),
        },
      },
    });
    setV((old) => ({ ...old, title: '', reasonNote: '', plannedFor: '' }));
    onSaved();
    return 'The topic is in the work programme.';
  });
  return (
    <FormPanel title="Add a topic">
      <form aria-label="Add a topic" onSubmit={(e) => void submit(e)} className="gov-form">
        <TextField label="Topic" name="title" value={v.title} onChange={set('title')} outcome={outcome} required />
        <div className="gov-form__row">
          <SelectField
            label="Why"
            name="reason"
            value={v.reason}
            onChange={set('reason')}
            choices={REASONS.map((r) => ({ value: r, label: words(r, REASON) }))}
            outcome={outcome}
          />
          <TextField
            label="Planned for"
            name="plannedFor"
            type="date"
            value={v.plannedFor}
            onChange={set('plannedFor')}
            outcome={outcome}
          />
        </div>
        <TextField
          label="Why, in words"
          name="reasonNote"
          value={v.reasonNote}
          onChange={set('reasonNote')}
          outcome={outcome}
          hint="e.g. bottom quartile for three years"
        />
        <SelectField
          label="Service examined"
          name="serviceId"
          value={v.serviceId}
          onChange={set('serviceId')}
          empty="None"
          choices={services.map((s) => ({ value: s.id, label: s.name }))}
          outcome={outcome}
        />
        <label className="checkbox">
          <input type="checkbox" checked={v.health} onChange={(e) => setV((old) => ({ ...old, health: e.target.checked }))} /> Health
          scrutiny topic
        </label>
        <Feedback outcome={outcome} />
        <button type="submit" className="button" disabled={outcome.busy}>
          Add the topic
        </button>
      </form>
    </FormPanel>
  );
}

export function MeetingForm({ committeeId, topics, onSaved }: { committeeId: string; topics: readonly TopicRef[]; onSaved: () => void }) {
  const { councilId } = useGovernance();
  const [heldOn, setHeldOn] = useState(todayIso());
  const [taken, setTaken] = useState<string[]>([]);
  const [create] = useMutation(CreateMeetingMutation);
  const [outcome, submit] = useSubmit(async () => {
    await create({ variables: { input: { councilId, committeeId, heldOn, items: taken.map((topicId) => ({ topicId })) } } });
    setTaken([]);
    onSaved();
    return 'The meeting is recorded.';
  });
  return (
    <FormPanel title="Record a meeting">
      <form aria-label="Record a meeting" onSubmit={(e) => void submit(e)} className="gov-form">
        <TextField label="Held on" name="heldOn" type="date" value={heldOn} onChange={setHeldOn} outcome={outcome} required />
        <CheckList
          legend="Topics taken"
          name="items"
          values={taken}
          onChange={setTaken}
          choices={topics.map((t) => ({ value: t.id, label: t.title }))}
          outcome={outcome}
        />
        <Feedback outcome={outcome} />
        <button type="submit" className="button" disabled={outcome.busy}>
          Record the meeting
        </button>
      </form>
    </FormPanel>
  );
}

export function RecommendationForm({
  committeeId,
  topics,
  onSaved,
}: {
  committeeId: string;
  topics: readonly TopicRef[];
  onSaved: () => void;
}) {
  const { councilId } = useGovernance();
  const [v, setV] = useState({ text: '', madeOn: todayIso(), topicId: '' });
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const [make] = useMutation(MakeRecommendationMutation);
  const [outcome, submit] = useSubmit(async () => {
    await make({ variables: { input: { councilId, committeeId, text: v.text.trim(), madeOn: v.madeOn, topicId: v.topicId || null } } });
    setV((old) => ({ ...old, text: '' }));
    onSaved();
    return 'The recommendation is made: the executive’s response is due in two months.';
  });
  return (
    <FormPanel title="Make a recommendation">
      <form aria-label="Make a recommendation" onSubmit={(e) => void submit(e)} className="gov-form">
        <TextField label="Recommendation" name="text" value={v.text} onChange={set('text')} outcome={outcome} multiline required />
        <div className="gov-form__row">
          <TextField label="Made on" name="madeOn" type="date" value={v.madeOn} onChange={set('madeOn')} outcome={outcome} required />
          <SelectField
            label="Topic"
            name="topicId"
            value={v.topicId}
            onChange={set('topicId')}
            empty="None"
            choices={topics.map((t) => ({ value: t.id, label: t.title }))}
            outcome={outcome}
          />
        </div>
        <Feedback outcome={outcome} />
        <button type="submit" className="button" disabled={outcome.busy}>
          Make the recommendation
        </button>
      </form>
    </FormPanel>
  );
}

export function ResponseForm({
  recommendation: r,
  onSaved,
}: {
  recommendation: { id: string; version: number; response?: string | null; responseText?: string | null };
  onSaved: () => void;
}) {
  const [response, setResponse] = useState<string>(r.response ?? 'ACCEPTED');
  const [text, setText] = useState(r.responseText ?? '');
  const [respondedOn, setRespondedOn] = useState(todayIso());
  const [respond] = useMutation(RespondMutation);
  const [outcome, submit] = useSubmit(async () => {
    await respond({
      variables: {
        input: { id: r.id, response: response as Response, text: text.trim(), respondedOn, ...(r.response ? { version: r.version } : {}) },
      },
    });
    onSaved();
    return 'The executive’s response is recorded.';
  });
  return (
    <FormPanel title={r.response ? "Correct the executive's response" : "Record the executive's response"}>
      <form aria-label="The executive's response" onSubmit={(e) => void submit(e)} className="gov-form">
        <div className="gov-form__row">
          <SelectField
            label="Response"
            name="response"
            value={response}
            onChange={setResponse}
            choices={(['ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED'] as const).map((x) => ({ value: x, label: words(x) }))}
            outcome={outcome}
          />
          <TextField
            label="Responded on"
            name="respondedOn"
            type="date"
            value={respondedOn}
            onChange={setRespondedOn}
            outcome={outcome}
            required
          />
        </div>
        <TextField
          label="What the executive will do, or why not"
          name="text"
          value={text}
          onChange={setText}
          outcome={outcome}
          multiline
          required
        />
        <Feedback outcome={outcome} />
        <button type="submit" className="button" disabled={outcome.busy}>
          Record the response
        </button>
      </form>
    </FormPanel>
  );
}
