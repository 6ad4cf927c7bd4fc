import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * A named, user-defined set of councils a council compares itself with (its "nearest neighbours" as it
 * chooses them). Derived groups (all England, same type, same region) are computed, not stored.
 */
@Entity({ tableName: 'comparator_group' })
@Unique({ properties: ['council', 'name'] })
export class ComparatorGroup extends BaseEntity<'description' | 'createdBy'> {
  /** The council that owns (defined) the group. */
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<Person> | null = null;
}

/** A council in a comparator group. */
@Entity({ tableName: 'comparator_group_member' })
@Unique({ properties: ['group', 'member'] })
export class ComparatorGroupMember {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'ComparatorGroup', ref: true, deleteRule: 'cascade' })
  group!: Ref<ComparatorGroup>;

  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  member!: Ref<Council>;
}
