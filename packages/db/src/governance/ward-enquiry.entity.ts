import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { WardEnquiryStatus } from '@goldenthread/domain';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * Ward casework: an enquiry a ward councillor raised on behalf of constituents with a service. It
 * holds what was raised, never the constituent's name or contact details.
 */
@Entity({ tableName: 'ward_enquiry' })
@Index({ properties: ['council', 'ward'] })
@Index({ properties: ['service'] })
@Index({ properties: ['councillor'] })
export class WardEnquiry extends BaseEntity<'respondedOn' | 'outcome' | 'status'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Person', ref: true, deleteRule: 'restrict' })
  councillor!: Ref<Person>;

  @Property({ type: 'string', length: 200 })
  ward!: string;

  @ManyToOne({ entity: 'Service', ref: true, deleteRule: 'restrict' })
  service!: Ref<Service>;

  /** What was raised, without the constituent's name or contact details. */
  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'date' })
  raisedOn!: string;

  @Property({ type: 'date' })
  responseDue!: string;

  @Property({ type: 'date', nullable: true })
  respondedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  outcome: string | null = null;

  @Enum({ items: () => WardEnquiryStatus })
  status: WardEnquiryStatus = WardEnquiryStatus.OPEN;
}
