import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Council } from '../organisation/council.entity.js';
import { Person } from '../organisation/person.entity.js';

/**
 * An issued report pack (README "Report packs"): the papers a committee received, frozen. Its files
 * and the data they were made from are stored (ReportPackFile) and never change; issuing the same
 * pack again makes the next version. Never updated or deleted through the application.
 */
@Entity({ tableName: 'report_pack' })
@Unique({ properties: ['council', 'audience', 'period', 'portfolioKey', 'packVersion'] })
@Index({ properties: ['council', 'issuedAt'] })
export class ReportPack {
  [OptionalProps]?: 'issuedAt' | 'portfolioId' | 'meetingDate' | 'issuedBy';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Council, { deleteRule: 'cascade' })
  council!: Council;

  /** executive, portfolio, scrutiny, public */
  @Property({ type: 'string', length: 20 })
  audience!: string;

  /** Financial year, e.g. 2024-25. */
  @Property({ type: 'string', length: 10 })
  period!: string;

  /** The portfolio's global id (portfolio packs); null otherwise. */
  @Property({ type: 'string', length: 100, nullable: true })
  portfolioId: string | null = null;

  /** The portfolio id, or '' (so the unique version per pack holds on both databases). */
  @Property({ type: 'string', length: 100 })
  portfolioKey!: string;

  @Property({ type: 'string', length: 10, nullable: true })
  meetingDate: string | null = null;

  /** 1, 2 ... per council, audience, period and portfolio. */
  @Property({ type: 'integer' })
  packVersion!: number;

  /** SHA-256 (hex) of the data and every file, in a fixed order. */
  @Property({ type: 'string', length: 64 })
  contentSha256!: string;

  /** The file name without extension. */
  @Property({ type: 'string', length: 200 })
  fileName!: string;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  issuedBy: Person | null = null;

  @Property({ type: Date, onCreate: () => new Date() })
  issuedAt!: Date;
}

/**
 * One stored file of an issued pack (html, pdf, docx, xlsx) or the data it was made from (json),
 * with its own SHA-256. Written once with the pack; the pack's audit event names its hash, so the
 * bytes are not copied into the audit trail.
 */
@Entity({ tableName: 'report_pack_file' })
@Unique({ properties: ['pack', 'format'] })
export class ReportPackFile {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => ReportPack, { deleteRule: 'cascade' })
  pack!: ReportPack;

  /** html, pdf, docx, xlsx or json (the data). */
  @Property({ type: 'string', length: 10 })
  format!: string;

  @Property({ type: 'string', length: 120 })
  contentType!: string;

  @Property({ type: 'blob', lazy: true })
  body!: Buffer;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'string', length: 64 })
  sha256!: string;
}
