import type { FilterQuery } from '@mikro-orm/core';
import { type Em, WardEnquiry } from '@goldenthread/db';
import { isEnquiryOverdue } from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import { isoToday } from '../delegation/delegation-snapshot.js';

export interface WardEnquiryFilter {
  ward?: string | null;
  service?: number | null;
  /** Only those overdue today (true) or not (false); both when null. */
  overdue?: boolean | null;
}

/** Reads of councillors' roles and casework (`ctx.services.get(WardEnquiryReads)`). */
export class WardEnquiryReads {
  constructor(
    private readonly em: Em,
    _access: Access,
  ) {}

  /** A council's ward enquiries, newest first, in one statement (overdue is the domain's rule, applied in memory). */
  async find(council: number, filter: WardEnquiryFilter): Promise<WardEnquiry[]> {
    const where: FilterQuery<WardEnquiry> = { council };
    if (filter.ward != null) where.ward = filter.ward.trim();
    if (filter.service != null) where.service = filter.service;
    const rows = await this.em.find(WardEnquiry, where, { orderBy: { raisedOn: 'desc', id: 'desc' } });
    const today = isoToday();
    return filter.overdue == null ? rows : rows.filter((e) => isEnquiryOverdue(e, today) === filter.overdue);
  }
}
