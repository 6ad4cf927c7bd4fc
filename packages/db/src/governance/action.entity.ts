import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { ActionSource, ActionStatus } from '@goldenthread/domain';
import type { Commentary } from '../indicators/commentary.entity.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import type { BestValueRecommendation } from './best-value.entity.js';
import type { Complaint } from './complaint.entity.js';
import type { Risk } from './risk.entity.js';
import type { ScrutinyRecommendation } from './scrutiny.entity.js';

/**
 * The one record of something that must be done, whatever it comes from: a Best Value
 * recommendation, a complaint's lesson, a risk's mitigation, a scrutiny recommendation, an exception,
 * a commentary or a finding. The source is its kind and the one reference of that kind.
 */
@Entity({ tableName: 'action' })
@Index({ properties: ['council', 'status'] })
@Index({ properties: ['owner'] })
@Index({ properties: ['service'] })
@Index({ properties: ['risk'] })
@Index({ properties: ['complaint'] })
@Index({ properties: ['bestValueRecommendation'] })
@Index({ properties: ['scrutinyRecommendation'] })
@Index({ properties: ['commentary'] })
export class Action extends BaseEntity<
  | 'description'
  | 'owner'
  | 'due'
  | 'status'
  | 'droppedReason'
  | 'completedOn'
  | 'service'
  | 'bestValueRecommendation'
  | 'complaint'
  | 'risk'
  | 'scrutinyRecommendation'
  | 'indicator'
  | 'commentary'
  | 'findingCode'
  | 'findingKey'
> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** The person of the council who answers for it; none is a finding (ACTION_UNOWNED). */
  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  owner: Ref<Person> | null = null;

  @Property({ type: 'date', nullable: true })
  due: string | null = null;

  @Enum({ items: () => ActionStatus })
  status: ActionStatus = ActionStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  droppedReason: string | null = null;

  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  /** The service the action is about, when it is about one (who may change it, filters). */
  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'set null' })
  service: Ref<Service> | null = null;

  @Enum({ items: () => ActionSource })
  source!: ActionSource;

  @ManyToOne({ entity: 'BestValueRecommendation', ref: true, nullable: true, deleteRule: 'cascade' })
  bestValueRecommendation: Ref<BestValueRecommendation> | null = null;

  @ManyToOne({ entity: 'Complaint', ref: true, nullable: true, deleteRule: 'cascade' })
  complaint: Ref<Complaint> | null = null;

  @ManyToOne({ entity: 'Risk', ref: true, nullable: true, deleteRule: 'cascade' })
  risk: Ref<Risk> | null = null;

  @ManyToOne({ entity: 'ScrutinyRecommendation', ref: true, nullable: true, deleteRule: 'cascade' })
  scrutinyRecommendation: Ref<ScrutinyRecommendation> | null = null;

  /** For an exception: the indicator it is about. */
  @ManyToOne({ entity: 'Indicator', ref: true, nullable: true, deleteRule: 'set null' })
  indicator: Ref<Indicator> | null = null;

  /** For a commentary: the commentary it answers (what we are doing, as a tracked action). */
  @ManyToOne({ entity: 'Commentary', ref: true, nullable: true, deleteRule: 'cascade' })
  commentary: Ref<Commentary> | null = null;

  /** For a finding: its code and the key of the node it names (e.g. UNOWNED_SERVICE, Service:12). */
  @Property({ type: 'string', length: 80, nullable: true })
  findingCode: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  findingKey: string | null = null;
}

/** A dated note of progress on an action, by whom. */
@Entity({ tableName: 'action_update' })
@Index({ properties: ['action'] })
export class ActionUpdate extends BaseEntity<'by'> {
  @ManyToOne({ entity: 'Action', ref: true, deleteRule: 'cascade' })
  action!: Ref<Action>;

  @Property({ type: 'date' })
  on!: string;

  @Property({ type: 'text' })
  text!: string;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  by: Ref<Person> | null = null;
}
