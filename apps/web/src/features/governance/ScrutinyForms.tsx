import { useMutation } from '@apollo/client/react';
import { ConflictAnswer, dateShown, formAnswers, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import type { ConflictField } from '../../ui/conflict.js';
import { REASON, todayIso, words } from './format.js';
import {
  CheckList,
  codeChoices,
  DateField,
  type Form,
  FormPanel,
  GovForm,
  Row,
  SelectField,
  ServicePicker,
  TextField,
  textOrNull,
  useForm,
} from './forms.js';
import { ConfirmButton } from '../priorities/forms.js';
import { IndicatorPicker, PriorityPicker } from './pickers.js';
import { StoredGovernanceRecordQuery } from './stored.queries.js';
import {
  AddMeetingItemMutation,
  CreateMeetingMutation,
  CreateTopicMutation,
  RemoveMeetingItemMutation,
  UpdateMeetingMutation,
  UpdateTopicMutation,
} from './scrutiny.queries.js';
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
type TopicStatus = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETE' | 'DROPPED';
const TOPIC_STATUSES: TopicStatus[] = ['PLANNED', 'IN_PROGRESS', 'COMPLETE', 'DROPPED'];
export type TopicRef = { id: string; title: string };
interface Saved {
  onSaved: () => void;
}

interface TopicValues {
  title: string;
  reason: string;
  reasonNote: string;
  serviceId: string;
  priorityId: string;
  indicatorId: string;
  plannedFor: string;
  health: boolean;
  status: string;
}

type Named = { id: string; label: string } | null;

type StoredTopic = Omit<TopicValues, 'serviceId' | 'priorityId' | 'indicatorId' | 'reasonNote' | 'plannedFor'> & {
  reasonNote?: string | null;
  plannedFor?: string | null;
  service?: { id: string } | null;
  priority?: { id: string } | null;
  indicator?: { id: string } | null;
};
const topicValues = (t: StoredTopic): TopicValues => ({
  title: t.title,
  reason: t.reason,
  reasonNote: t.reasonNote ?? '',
  serviceId: t.service?.id ?? '',
  priorityId: t.priority?.id ?? '',
  indicatorId: t.indicator?.id ?? '',
  plannedFor: t.plannedFor ?? '',
  health: t.health,
  status: t.status,
});
/** The topic's fields the conflict panel names (`services`, and the priority and indicator the form read, to name them). */
const topicFields = (services: ReadonlyArray<{ id: string; name: string }>, named: { priority: Named; indicator: Named }) => {
  const one = (n: Named, other: string) => (v: string) => (!v ? 'None' : n?.id === v ? n.label : other);
  const fields: ConflictField<TopicValues>[] = [
    { key: 'title', label: 'Title' },
    { key: 'reason', label: 'Why it is on the programme', show: (v) => REASON[v] ?? words(v) },
    { key: 'reasonNote', label: 'Note on why' },
    { key: 'serviceId', label: 'Service', show: (v) => (v ? (services.find((x) => x.id === v)?.name ?? v) : 'None') },
    { key: 'priorityId', label: 'Priority', show: one(named.priority, 'Another priority') },
    { key: 'indicatorId', label: 'Indicator', show: one(named.indicator, 'Another indicator') },
    { key: 'plannedFor', label: 'Planned for', show: dateShown },
    { key: 'health', label: 'Health scrutiny', show: (v) => (v === 'true' ? 'Yes' : 'No') },
    { key: 'status', label: 'Status', show: (v) => words(v) },
  ];
  return fields;
};

/** What a topic is, what it examines, why and when: the fields of both its forms. */
function TopicFields({
  f,
  withStatus = false,
  named,
}: {
  f: Form<TopicValues>;
  withStatus?: boolean;
  /** The priority and indicator it names now (kept in the lists). */
  named?: { priority: Named; indicator: Named };
}) {
  return (
    <>
      <TextField label="Topic" {...f.field('title')} required />
      <Row>
        <SelectField label="Why" {...f.field('reason')} choices={codeChoices(REASONS, REASON)} />
        <DateField label="Planned for" {...f.field('plannedFor')} />
      </Row>
      <TextField label="Why, in words" {...f.field('reasonNote')} hint="e.g. bottom quartile for three years" />
      <fieldset className="gov-form__subjects">
        <legend>What it examines</legend>
        <p className="field__hint">A priority, a service or an indicator: at least one.</p>
        <PriorityPicker label="Priority examined" {...f.field('priorityId')} current={named?.priority} />
        <ServicePicker label="Service examined" {...f.field('serviceId')} bare />
        <IndicatorPicker label="Indicator examined" {...f.field('indicatorId')} current={named?.indicator} />
      </fieldset>
      {withStatus && (
        <SelectField
          label="Status"
          {...f.field('status')}
          choices={codeChoices(TOPIC_STATUSES)}
          hint="Planned, in progress, complete; or dropped."
        />
      )}
      <label className="checkbox">
        <input type="checkbox" checked={f.v.health} onChange={(e) => f.set('health')(e.target.checked)} /> Health scrutiny topic
      </label>
    </>
  );
}

const topicInput = (v: TopicValues) => ({
  title: v.title.trim(),
  reason: v.reason as Reason,
  reasonNote: textOrNull(v.reasonNote),
  serviceId: v.serviceId || null,
  priorityId: v.priorityId || null,
  indicatorId: v.indicatorId || null,
  plannedFor: v.plannedFor || null,
});

export function TopicForm({ committeeId, onSaved }: { committeeId: string } & Saved) {
  const { councilId } = useGovernance();
  const [create] = useMutation(CreateTopicMutation);
  const f = useForm<TopicValues>(
    {
      title: '',
      reason: 'BOTTOM_QUARTILE',
      reasonNote: '',
      serviceId: '',
      priorityId: '',
      indicatorId: '',
      plannedFor: '',
      health: false,
      status: 'PLANNED',
    },
    async (v) => {
      await create({ variables: { input: { councilId, committeeId, ...topicInput(v), ...(v.health ? { health: true } : {}) } } });
      f.setV((old) => ({ ...old, title: '', reasonNote: '', plannedFor: '' }));
      onSaved();
      return 'The topic is in the work programme.';
    },
  );
  return (
    <GovForm panel="Add a topic" label="Add a topic" form={f} submit="Add the topic">
      <TopicFields f={f} />
    </GovForm>
  );
}

/** Changes a topic, or moves its status. */
export function TopicEdit({
  topic: t,
  onSaved,
}: {
  topic: {
    id: string;
    version: number;
    title: string;
    reason: string;
    reasonNote?: string | null;
    service?: { id: string } | null;
    priority?: { id: string; name: string } | null;
    indicator?: { id: string; title: string } | null;
    plannedFor?: string | null;
    health: boolean;
    status: string;
  };
} & Saved) {
  const [update] = useMutation(UpdateTopicMutation);
  const read = useStoredNodeOf(StoredGovernanceRecordQuery, t.id, 'ScrutinyTopic', (n) => topicValues({ ...n, status: n.topicStatus }));
  const { services } = useLookups();
  const named = {
    priority: t.priority ? { id: t.priority.id, label: t.priority.name } : null,
    indicator: t.indicator ? { id: t.indicator.id, label: t.indicator.title } : null,
  };
  const c = useConflictForm(topicFields(services, named), read);
  const f = useForm<TopicValues>(
    () => topicValues(t),
    async (v) => {
      const input = { id: t.id, version: c.version(t.version), ...topicInput(v), health: v.health, status: v.status as TopicStatus };
      await c.guard(topicValues(t), v, () => update({ variables: { input } }));
      onSaved();
      return `“${v.title.trim()}” is saved.`;
    },
    t.version,
  );
  return (
    <GovForm
      panel="Change the topic"
      label={`Change the topic ${t.title}`}
      form={{ ...f, outcome: c.outcome(f.outcome) }}
      submit="Save the topic"
    >
      <ConflictAnswer c={c} what="this topic" busy={f.outcome.busy} {...formAnswers(f)} />
      <TopicFields
        f={f}
        withStatus
        named={{
          priority: t.priority ? { id: t.priority.id, label: t.priority.name } : null,
          indicator: t.indicator ? { id: t.indicator.id, label: t.indicator.title } : null,
        }}
      />
    </GovForm>
  );
}

export function MeetingForm({ committeeId, topics, onSaved }: { committeeId: string; topics: readonly TopicRef[] } & Saved) {
  const { councilId } = useGovernance();
  const [create] = useMutation(CreateMeetingMutation);
  const f = useForm({ heldOn: todayIso(), taken: [] as string[] }, async (v) => {
    await create({ variables: { input: { councilId, committeeId, heldOn: v.heldOn, items: v.taken.map((topicId) => ({ topicId })) } } });
    f.setV((old) => ({ ...old, taken: [] }));
    onSaved();
    return 'The meeting is recorded.';
  });
  return (
    <GovForm panel="Record a meeting" label="Record a meeting" form={f} submit="Record the meeting">
      <DateField label="Held on" {...f.field('heldOn')} required />
      <CheckList
        legend="Topics taken"
        name="items"
        values={f.v.taken}
        onChange={f.set('taken')}
        choices={topics.map((t) => ({ value: t.id, label: t.title }))}
        outcome={f.outcome}
      />
    </GovForm>
  );
}

/** Moves a meeting to another date, adds an item (a topic, or one of its own), removes one. */
export function MeetingEdit({
  meeting: m,
  topics,
  onSaved,
}: {
  meeting: { id: string; version: number; heldOn: string; items: readonly Item[] };
  topics: readonly TopicRef[];
} & Saved) {
  const [update] = useMutation(UpdateMeetingMutation);
  const [addItem] = useMutation(AddMeetingItemMutation);
  const c = useConflictForm(
    [{ key: 'heldOn', label: 'Held on', show: dateShown }],
    useStoredNodeOf(StoredGovernanceRecordQuery, m.id, 'ScrutinyMeeting', (n) => ({ heldOn: n.heldOn })),
  );
  const date = useForm(
    { heldOn: m.heldOn },
    async (v) => {
      await c.guard({ heldOn: m.heldOn }, v, () =>
        update({ variables: { input: { id: m.id, version: c.version(m.version), heldOn: v.heldOn } } }),
      );
      onSaved();
      return 'The meeting is moved.';
    },
    m.version,
  );
  const item = useForm({ topicId: '', title: '', notes: '' }, async (v) => {
    const input = { meetingId: m.id, topicId: v.topicId || null, title: textOrNull(v.title), notes: textOrNull(v.notes) };
    await addItem({ variables: { input } });
    item.setV(() => ({ topicId: '', title: '', notes: '' }));
    onSaved();
    return 'The item is added.';
  });
  return (
    <FormPanel title="Change the meeting">
      <GovForm label="Move the meeting" form={{ ...date, outcome: c.outcome(date.outcome) }} submit="Move the meeting">
        <ConflictAnswer c={c} what="this meeting" busy={date.outcome.busy} {...formAnswers(date)} />
        <DateField label="Held on" {...date.field('heldOn')} required />
      </GovForm>
      <GovForm label="Add an item" form={item} submit="Add the item">
        <Row>
          <SelectField
            label="Topic taken"
            {...item.field('topicId')}
            empty="An item of its own"
            choices={topics.map((t) => ({ value: t.id, label: t.title }))}
          />
          <TextField label="Item title" {...item.field('title')} hint="For an item of its own, or another title for the topic." />
        </Row>
        <TextField label="Notes" {...item.field('notes')} />
      </GovForm>
      {m.items.map((i) => (
        <RemoveItem key={`${i.id}:${i.version}`} item={i} onSaved={onSaved} />
      ))}
    </FormPanel>
  );
}

type Item = { id: string; version: number; title: string; notes?: string | null };
const itemValues = (i: { title: string; notes?: string | null }) => ({ title: i.title, notes: i.notes ?? '' });
const ITEM_FIELDS: ConflictField<ReturnType<typeof itemValues>>[] = [
  { key: 'title', label: 'Item title' },
  { key: 'notes', label: 'Notes' },
];

/** Takes an item off the meeting as read: a change to it since is shown first, with do it anyway / cancel. */
function RemoveItem({ item: i, onSaved }: { item: Item } & Saved) {
  const [remove] = useMutation(RemoveMeetingItemMutation);
  const load = useStoredNodeOf(StoredGovernanceRecordQuery, i.id, 'ScrutinyMeetingItem', itemValues);
  return (
    <div className="gov-form gov-form--remove">
      <ConfirmButton
        label={`Remove “${i.title}”`}
        versioned={{ what: 'this item', fields: ITEM_FIELDS, base: itemValues(i), version: i.version, load }}
        onConfirm={async (version) => {
          await remove({ variables: { id: i.id, version } });
          onSaved();
        }}
      />
    </div>
  );
}
