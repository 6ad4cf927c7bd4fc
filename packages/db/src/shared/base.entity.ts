import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Columns every editable record carries: a numeric id, an optimistic-locking version
 * (a stale write fails instead of silently overwriting) and timestamps.
 */
export abstract class BaseEntity<Optional = never> {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | Optional;

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: Date, onCreate: () => new Date() })
  createdAt!: Date;

  @Property({ type: Date, onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt!: Date;
}
