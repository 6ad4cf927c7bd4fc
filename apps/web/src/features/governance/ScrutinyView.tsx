import { useQuery } from '@apollo/client/react';
import { navigate } from '../../app/router.js';
import type { ScrutinyActionsQuery as ScrutinyActionsData, ScrutinyWorkProgrammeQuery } from '../../graphql/graphql.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { ActionForm } from './ActionForm.js';
import { ActionList } from './ActionList.js';
import { day, REASON, words } from './format.js';
import { governancePath } from './paths.js';
import { RecommendationEdit, RecommendationForm, ResponseForm } from './RecommendationForms.js';
import { MeetingEdit, MeetingForm, TopicEdit, TopicForm } from './ScrutinyForms.js';
import { ScrutinyActionsQuery, WorkProgrammeQuery } from './scrutiny.queries.js';
import { useGovernance } from './useGovernance.js';

export type CommitteeProgramme = ScrutinyWorkProgrammeQuery['scrutinyWorkProgramme']['committees'][number];
export type Topic = CommitteeProgramme['topics'][number];
type ScrutinyAction = ScrutinyActionsData['actions']['nodes'][number];

/** The scrutiny work programme, per committee: topics and why, meetings and items, recommendations and the executive's response. */
export function ScrutinyView({ params }: { params: URLSearchParams }) {
  const { gss, councilId, councilName, duties } = useGovernance();
  const q = useQuery(WorkProgrammeQuery, { variables: { councilId }, fetchPolicy: 'cache-and-network' });
  const a = useQuery(ScrutinyActionsQuery, { variables: { councilId }, skip: !duties.member, fetchPolicy: 'cache-and-network' });
  const actions = a.data?.actions.nodes ?? [];
  const committees = q.data?.scrutinyWorkProgramme.committees ?? [];
  const chosen = committees.find((c) => c.committee.id === params.get('committee')) ?? committees[0] ?? null;
  return (
    <>
      <div className="page__head">
        <div>
          <h1 id="governance-title">Scrutiny work programme</h1>
          <p className="lead">
            What {councilName}’s scrutiny committees chose to examine and why, what they met on, and what they recommended to the executive.
          </p>
        </div>
        {committees.length > 1 && chosen && (
          <div className="page__tools">
            <label>
              Committee
              <select
                value={chosen.committee.id}
                onChange={(e) => navigate(governancePath(gss, 'scrutiny', null, { committee: e.target.value }), { replace: true })}
              >
                {committees.map((c) => (
                  <option key={c.committee.id} value={c.committee.id}>
                    {c.committee.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
      </div>
      {q.error && !q.data ? (
        <ErrorState title="The work programme could not be loaded" error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading label="Loading the work programme…" />
      ) : !chosen ? (
        <p>No scrutiny committee has a work programme on record.</p>
      ) : (
        <Committee
          p={chosen}
          actions={actions}
          onSaved={() => {
            void q.refetch();
            if (duties.member) void a.refetch();
          }}
        />
      )}
    </>
  );
}

/** What a topic examines: every one of its priority, service, indicator and partner body it names. */
const subjectOf = (t: Topic) =>
  [t.priority?.name, t.service?.name, t.indicator?.title, t.partnerBody?.name].filter(Boolean).join(' · ') || null;

function Committee({ p, actions, onSaved }: { p: CommitteeProgramme; actions: readonly ScrutinyAction[]; onSaved: () => void }) {
  const { can } = useGovernance();
  const mine = can.scrutinise(p.committee.id);
  const topicTitle = new Map(p.topics.map((t) => [t.id, t.title]));
  return (
    <>
      <h2 className="gov-committee">{p.committee.name}</h2>
      <section className="card" aria-labelledby="s-topics">
        <h2 id="s-topics">Topics ({p.topics.length})</h2>
        {p.topics.length === 0 && <p>No topics yet.</p>}
        <ul className="topic-list" aria-label={`Topics of ${p.committee.name}`}>
          {p.topics.map((t) => (
            <li key={t.id}>
              <h3>
                {t.title}
                {t.health && <span className="tag tag--health">Health scrutiny</span>}
                <span className={`status-tag status-tag--${t.status}`}>{words(t.status)}</span>
              </h3>
              <p className="small">
                Why: {words(t.reason, REASON)}
                {t.reasonNote && ` — ${t.reasonNote}`}
                {subjectOf(t) && ` · ${subjectOf(t)}`}
                {t.plannedFor && ` · planned for ${day(t.plannedFor)}`}
              </p>
              {mine && <TopicEdit topic={t} onSaved={onSaved} />}
            </li>
          ))}
        </ul>
        {mine && <TopicForm committeeId={p.committee.id} onSaved={onSaved} />}
      </section>
      <section className="card" aria-labelledby="s-meetings">
        <h2 id="s-meetings">Meetings ({p.meetings.length})</h2>
        {p.meetings.length === 0 && <p>No meetings on record.</p>}
        <ul className="meeting-list">
          {p.meetings.map((m) => (
            <li key={m.id}>
              <strong>{day(m.heldOn)}</strong>
              <ul>
                {m.items.map((i) => (
                  <li key={i.id}>
                    {i.title}
                    {i.topic && topicTitle.get(i.topic.id) !== i.title && (
                      <span className="small muted"> (topic: {topicTitle.get(i.topic.id)})</span>
                    )}
                    {i.notes && <span className="small muted"> — {i.notes}</span>}
                  </li>
                ))}
              </ul>
              {mine && <MeetingEdit meeting={m} topics={p.topics} onSaved={onSaved} />}
            </li>
          ))}
        </ul>
        {mine && <MeetingForm committeeId={p.committee.id} topics={p.topics} onSaved={onSaved} />}
      </section>
      <section className="card" aria-labelledby="s-recs">
        <h2 id="s-recs">Recommendations to the executive ({p.recommendations.length})</h2>
        {p.recommendations.length === 0 && <p>No recommendations yet.</p>}
        <ul className="rec-list" aria-label={`Recommendations of ${p.committee.name}`}>
          {p.recommendations.map((r) => (
            <li key={r.id}>
              <p>
                {r.text}
                {r.unanswered && <span className="tag tag--warn">No response, due {day(r.responseDue)}</span>}
              </p>
              <p className="small muted">
                Made {day(r.madeOn)}
                {r.topic && ` on “${r.topic.title}”`} · response due {day(r.responseDue)}
              </p>
              {r.response ? (
                <p className={`response response--${r.response}`}>
                  <strong>Executive: {words(r.response)}</strong> ({day(r.respondedOn)}){r.responseText && ` — ${r.responseText}`}
                </p>
              ) : (
                !r.unanswered && <p className="small">Awaiting the executive’s response.</p>
              )}
              {mine && <RecommendationEdit recommendation={r} onSaved={onSaved} />}
              <RecommendationActions actions={actions.filter((x) => x.scrutinyRecommendationId === r.id)} text={r.text} onSaved={onSaved} />
              {can.respondForExecutive && <ResponseForm recommendation={r} onSaved={onSaved} />}
              {can.addAction && (r.response === 'ACCEPTED' || r.response === 'PARTLY_ACCEPTED') && (
                <ActionForm
                  fixed={{ source: 'SCRUTINY_RECOMMENDATION', scrutinyRecommendationId: r.id }}
                  onSaved={onSaved}
                  title="Add an action"
                />
              )}
            </li>
          ))}
        </ul>
        {mine && <RecommendationForm committeeId={p.committee.id} topics={p.topics} onSaved={onSaved} />}
      </section>
    </>
  );
}

function RecommendationActions({ actions, text, onSaved }: { actions: readonly ScrutinyAction[]; text: string; onSaved: () => void }) {
  return actions.length === 0 ? null : <ActionList actions={actions} onChanged={onSaved} label={`Actions of the recommendation ${text}`} />;
}
