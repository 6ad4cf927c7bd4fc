import type { FilterQuery } from '@mikro-orm/core';
import { type Em, Risk } from '@goldenthread/db';
import type { RiskStatus } from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import { badInput } from '../../errors.js';
import { decodeId } from '../../relay/global-id.js';

export interface RegisterFilter {
  directorateId: string | null;
  corporate: boolean | null;
  status: RiskStatus | null;
}

/** Reads of the risk registers (`ctx.services.get(RiskReads)`). */
export class RiskReads {
  constructor(
    private readonly em: Em,
    private readonly access: Access,
  ) {}

  /** The council's risks of one register (or all), by reference; only the council's own people see any. */
  async register(councilId: number, f: RegisterFilter): Promise<Risk[]> {
    if (!this.access.canReadUnpublished(councilId)) return [];
    const where: FilterQuery<Risk> = { council: councilId };
    if (f.directorateId != null && f.corporate)
      throw badInput('corporate', 'The corporate register has no directorate: give directorateId or corporate, not both.');
    if (f.directorateId != null) where.directorate = decodeId('directorateId', f.directorateId, 'Directorate');
    else if (f.corporate === true) where.directorate = null;
    else if (f.corporate === false) where.directorate = { $ne: null };
    if (f.status) where.status = f.status;
    return this.em.find(Risk, where, { orderBy: { reference: 'asc', id: 'asc' } });
  }
}
