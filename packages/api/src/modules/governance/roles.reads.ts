import { type Em, WardEnquiry } from '@goldenthread/db';
import { isEnquiryOverdue } from '@goldenthread/domain';
import { isoToday } from '../delegation/delegation-snapshot.js';

export interface WardEnquiryFilter {
  ward?: string | null;
  service?: number | null;
  /** Only those overdue today (true) or not (false); both when null. */
  overdue?: boolean | null;
}

/** A council's ward enquiries, newest first, in one statement (overdue is the domain's rule, applied in memory). */
export async function findWardEnquiries(em: Em, council: number, filter: WardEnquiryFilter): Promise<WardEnquiry[]> {
  const where: Record<string, unknown> = { council };
  if (filter.ward != null) where.ward = filter.ward.trim();
  if (filter.service != null) where.service = filter.service;
  const rows = await em.find(WardEnquiry, where, { orderBy: { raisedOn: 'desc', id: 'desc' } });
  const today = isoToday();
  return filter.overdue == null ? rows : rows.filter((e) => isEnquiryOverdue(e, today) === filter.overdue);
}
