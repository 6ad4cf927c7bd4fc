import type { FilterQuery } from '@mikro-orm/core';
import { Complaint, ComplaintTheme, ComplaintThemeLink, type Em } from '@goldenthread/db';
import type { ComplaintFacts } from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import { idOf } from '../../loaders.js';
import type { ConnectionArgs, ConnectionShape } from '../../relay/connection.js';
import { paginate } from '../shared/paginate.js';
import { ComplaintNode, ComplaintThemeNode } from './complaints.type.js';

const NEWEST_FIRST = { receivedOn: 'desc', id: 'desc' } as const;

/**
 * Reads of complaints and their themes (`ctx.services.get(ComplaintReads)`). Who may see which
 * complaint is the Complaint type's rule (complaints.access.ts), applied by the caller.
 */
export class ComplaintReads {
  constructor(
    private readonly em: Em,
    _access: Access,
  ) {}

  /** A page of the complaints matching, newest first, paged by the database (for those who see every complaint). */
  page(where: FilterQuery<Complaint>, page: ConnectionArgs): Promise<ConnectionShape<ComplaintNode>> {
    return paginate(this.em, Complaint, { where, orderBy: NEWEST_FIRST }, page, ComplaintNode.from);
  }

  /** Every complaint matching, newest first (for filtering by who may see each before paging). */
  async all(where: FilterQuery<Complaint>): Promise<ComplaintNode[]> {
    return (await this.em.find(Complaint, where, { orderBy: NEWEST_FIRST })).map(ComplaintNode.from);
  }

  /** The council's complaint themes by name, the retired ones only with `includeRetired`. */
  async themes(council: number, includeRetired: boolean): Promise<ComplaintThemeNode[]> {
    const where = { council, ...(includeRetired ? {} : { retired: false }) };
    return (await this.em.find(ComplaintTheme, where, { orderBy: { name: 'asc', id: 'asc' } })).map(ComplaintThemeNode.from);
  }

  /**
   * The facts the public figures of a council's complaints are computed from (received in the period,
   * of one service or all): their dates, outcomes and themes, in two statements of plain columns
   * outside the identity map. No individual complaint leaves here, only what is counted.
   */
  async statisticsFacts(
    council: number,
    period: { from: string | null; to: string | null },
    serviceId: number | null,
  ): Promise<ComplaintFacts[]> {
    const where: FilterQuery<Complaint> = { council };
    if (serviceId !== null) where.service = serviceId;
    if (period.from || period.to)
      where.receivedOn = { ...(period.from ? { $gte: period.from } : {}), ...(period.to ? { $lte: period.to } : {}) };
    const options = { disableIdentityMap: true } as const;
    const rows = await this.em.find(Complaint, where, {
      ...options,
      fields: ['id', 'service', 'receivedOn', 'outcome', 'responseDue', 'respondedOn'],
    });
    const links = rows.length
      ? await this.em.find(ComplaintThemeLink, { complaint: where }, { ...options, fields: ['id', 'complaint', 'theme'] })
      : [];
    const themesOf = new Map<number, number[]>();
    for (const l of links) {
      const c = idOf(l.complaint)!;
      themesOf.set(c, [...(themesOf.get(c) ?? []), idOf(l.theme)!]);
    }
    return rows.map((c) => ({
      id: c.id,
      serviceId: idOf(c.service)!,
      receivedOn: c.receivedOn,
      outcome: c.outcome,
      responseDue: c.responseDue,
      respondedOn: c.respondedOn,
      themeIds: themesOf.get(c.id) ?? [],
    }));
  }
}
