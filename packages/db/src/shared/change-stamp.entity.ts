import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A council's change stamp: a counter that database triggers (not application code) bump after every
 * INSERT, UPDATE and DELETE of the council's organisation, scheme of delegation, objectives, targets,
 * indicators and indicator owners (the tables of CHANGE_STAMPED_TABLES, shared/change-stamp.ts), so
 * bulk nativeUpdate/nativeDelete, raw SQL, another server process or the CLI bump it too.
 *
 * The API caches data derived from those tables (a council's accountability tree) under
 * readChangeStamp(): a different number means the cache is stale. Row 0 is national data (indicators
 * with no council); readChangeStamp adds it to every council's.
 *
 * Written only by the triggers: never create, change or delete rows through the ORM.
 */
@Entity({ tableName: 'change_stamp' })
export class ChangeStamp {
  /** The council's id, or 0 for national data. Not a foreign key: 0 is no council, and a deleted council's stamp stays. */
  @PrimaryKey({ type: 'integer', autoincrement: false })
  councilId!: number;

  /** Grows by one for every change (row by row on SQLite, statement by statement on PostgreSQL). */
  @Property({ type: new BigIntType('number'), default: 0 })
  version!: number;
}
