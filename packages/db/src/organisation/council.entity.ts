import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { CouncilType } from '@goldenthread/domain';
import type { Person } from './person.entity.js';

@Entity({ tableName: 'council' })
@Index({ properties: ['type', 'region'] })
export class Council extends BaseEntity<
  'current' | 'startDate' | 'endDate' | 'nhsCode' | 'oflogGroup' | 'officialName' | 'miResponsible' | 'fourEyesOnData'
> {
  /** ONS GSS code, e.g. E10000003. */
  @Property({ type: 'string', length: 9, unique: true })
  gssCode!: string;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  officialName: string | null = null;

  @Enum({ items: () => CouncilType })
  type!: CouncilType;

  @Property({ type: 'string', length: 100 })
  region!: string;

  /** False for former councils (abolished or merged): kept for history, never listed by default. */
  @Property({ type: 'boolean' })
  current: boolean = true;

  @Property({ type: 'date', nullable: true })
  startDate: string | null = null;

  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  /** NHS Digital three-digit council (CASSR) code used in ASCOF returns. */
  @Property({ type: 'string', length: 3, nullable: true })
  nhsCode: string | null = null;

  @Property({ type: 'string', length: 100, nullable: true })
  oflogGroup: string | null = null;

  /** The one senior manager ultimately responsible for accurate and timely management information. */
  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  miResponsible: Ref<Person> | null = null;

  /** Four eyes on data: the person who entered a figure may not validate it (on unless the council turns it off). */
  @Property({ type: 'boolean', default: true })
  fourEyesOnData: boolean = true;
}
