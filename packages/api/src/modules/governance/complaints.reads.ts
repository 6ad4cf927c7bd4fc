import type { FilterQuery } from '@mikro-orm/core';
import { Complaint, ComplaintTheme, type Em } from '@goldenthread/db';
import type { Access } from '../../access/access.js';
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
}
