import { AuditEvent, Council, type Em } from '@goldenthread/db';
import type { FilterQuery } from '@mikro-orm/core';
import type { Access } from '../../access/access.js';
import { badInput, notFound } from '../../errors.js';
import type { ConnectionArgs, ConnectionShape } from '../../relay/connection.js';
import { decodeId, fromGlobalId, quoteId } from '../../relay/global-id.js';
import { checkDate } from '../shared/lookup.js';
import { paginate } from '../shared/paginate.js';
import { AuditEventNode } from './accounts.type.js';

export interface AuditFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorPersonId?: string | null;
  from?: string | null;
  to?: string | null;
}

const DAY_MS = 86_400_000;

/** The council's audit trail (administrators only): read, filtered and paged; it is never written here. */
export class AuditTrailService {
  constructor(
    private readonly em: Em,
    private readonly access: Access,
  ) {}

  private async councilForAdmin(councilGlobalId: string): Promise<number> {
    const councilId = decodeId('councilId', councilGlobalId, 'Council');
    if (!(await this.em.count(Council, { id: councilId }))) throw notFound('Council', councilGlobalId);
    await this.access.requireWrite({ kind: 'admin', councilId });
    return councilId;
  }

  /** The kinds of record with changes in the council's trail, in alphabetical order (one statement). */
  async recordTypes(councilGlobalId: string): Promise<string[]> {
    const councilId = await this.councilForAdmin(councilGlobalId);
    const rows = await this.em
      .createQueryBuilder(AuditEvent)
      .select('entityType', true)
      .where({ councilId })
      .orderBy({ entityType: 'asc' })
      .execute<Array<{ entityType: string }>>('all');
    return rows.map((r) => r.entityType);
  }

  async events(councilGlobalId: string, filter: AuditFilter, page: ConnectionArgs): Promise<ConnectionShape<AuditEventNode>> {
    const councilId = await this.councilForAdmin(councilGlobalId);
    const where: FilterQuery<AuditEvent> = { councilId };
    if (filter.entityId) {
      // Any record's global id, of a record that may no longer exist (the trail outlives it).
      const record = fromGlobalId(filter.entityId);
      if (!record) throw badInput('entityId', `"${quoteId(filter.entityId)}" is not a valid id.`);
      where.entityType = record.type;
      where.entityId = record.id;
    } else if (filter.entityType) {
      where.entityType = filter.entityType;
    }
    if (filter.actorPersonId) where.actorPersonId = decodeId('actorPersonId', filter.actorPersonId, 'Person');
    const from = filter.from ? checkDate('from', filter.from) : null;
    const to = filter.to ? checkDate('to', filter.to) : null;
    if (from && to && to < from) throw badInput('to', `the range ends (${to}) before it starts (${from}).`);
    // Whole days in UTC: from the start of `from` to the end of `to`.
    if (from || to) {
      where.at = {
        ...(from ? { $gte: new Date(`${from}T00:00:00.000Z`) } : {}),
        ...(to ? { $lt: new Date(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS) } : {}),
      };
    }
    return paginate(this.em, AuditEvent, { where, orderBy: { id: 'desc' } }, page, AuditEventNode.from);
  }
}
