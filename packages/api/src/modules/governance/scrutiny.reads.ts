/** The reads behind the scrutiny work programme: flat queries, one a kind of record, grouped per committee in memory. */
import {
  CouncillorRole,
  CouncillorRoleKind,
  DecisionBody,
  DecisionBodyKind,
  type Em,
  ScrutinyMeeting,
  ScrutinyRecommendation,
  ScrutinyTopic,
} from '@goldenthread/db';
import type { Access } from '../../access/access.js';
import { badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { DecisionBodyNode } from '../delegation/delegation.type.js';
import {
  ScrutinyCommitteeProgramme,
  ScrutinyMeetingNode,
  ScrutinyRecommendationNode,
  ScrutinyTopicNode,
  ScrutinyWorkProgramme,
} from './scrutiny.type.js';

/** Topics by planned date (unplanned last), then title. */
const byPlan = (a: ScrutinyTopic, b: ScrutinyTopic) =>
  (a.plannedFor ?? '9999').localeCompare(b.plannedFor ?? '9999') || a.title.localeCompare(b.title);

/** The reads of the scrutiny work programme (`ctx.services.get(ScrutinyProgrammeReads)`). */
export class ScrutinyProgrammeReads {
  constructor(
    private readonly em: Em,
    _access: Access,
  ) {}

  /**
   * A council's work programme: its scrutiny committees (those with a chair or members) and any committee
   * with topics, meetings or recommendations, or only the committee `only` (BAD_USER_INPUT in
   * committeeId when it is not a committee of the council). Five statements whatever the size.
   */
  async workProgramme(council: number, only: number | null | undefined, committeeId: string | null): Promise<ScrutinyWorkProgramme> {
    const where = { council, ...(only != null ? { committee: only } : {}) };
    const [topics, meetings, recs, roles] = await Promise.all([
      this.em.find(ScrutinyTopic, where),
      this.em.find(ScrutinyMeeting, where, { orderBy: { heldOn: 'desc', id: 'desc' } }),
      this.em.find(ScrutinyRecommendation, where, { orderBy: { madeOn: 'desc', id: 'desc' } }),
      this.em.find(
        CouncillorRole,
        {
          ...where,
          role: { $in: [CouncillorRoleKind.SCRUTINY_CHAIR, CouncillorRoleKind.SCRUTINY_MEMBER] },
          committee: only ?? { $ne: null },
        },
        { fields: ['committee'], disableIdentityMap: true },
      ),
    ]);
    const ids = new Set<number>([...topics, ...meetings, ...recs, ...roles].map((r) => idOf(r.committee)!));
    if (only != null) ids.add(only);
    const bodies = ids.size
      ? await this.em.find(DecisionBody, { id: { $in: [...ids] }, council, kind: DecisionBodyKind.COMMITTEE }, { orderBy: { name: 'asc' } })
      : [];
    if (only != null && !bodies.some((b) => b.id === only))
      throw badInput('committeeId', `no committee with id ${committeeId} exists in this council.`);
    const of = <T extends { committee: { unwrap(): { id: number } } }>(rows: T[], id: number) =>
      rows.filter((r) => r.committee.unwrap().id === id);
    return Object.assign(new ScrutinyWorkProgramme(), {
      committees: bodies.map((b) =>
        Object.assign(new ScrutinyCommitteeProgramme(), {
          committee: DecisionBodyNode.from(b),
          topics: of(topics, b.id).sort(byPlan).map(ScrutinyTopicNode.from),
          meetings: of(meetings, b.id).map(ScrutinyMeetingNode.from),
          recommendations: of(recs, b.id).map(ScrutinyRecommendationNode.from),
        }),
      ),
    });
  }
}
