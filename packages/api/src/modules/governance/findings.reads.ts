import type { Em } from '@goldenthread/db';
import { governanceFindings } from '@goldenthread/domain';
import type { Access } from '../../access/access.js';
import { findingOf } from '../delegation/accountability.js';
import { readableComplaintIds } from './complaints.access.js';
import { loadGovernanceSnapshot } from './findings.snapshot.js';
import type { GovernanceFinding } from './findings.type.js';

/** Reads of the governance findings (`ctx.services.get(GovernanceFindingReads)`). */
export class GovernanceFindingReads {
  constructor(
    private readonly em: Em,
    private readonly access: Access,
  ) {}

  /**
   * Every finding of the council on `day` for the financial year `year`, most serious first (null: no
   * such council). Complaints hold personal data: a finding names only those the viewer may read, and
   * counts the others.
   */
  async findings(councilId: number, day: string, year: string): Promise<GovernanceFinding[] | null> {
    const snapshot = await loadGovernanceSnapshot(this.em, councilId, day, year);
    if (!snapshot) return null;
    const readable = await readableComplaintIds(this.em, this.access, councilId, snapshot.complaints);
    return governanceFindings(snapshot, { readableComplaintIds: readable }).map(findingOf);
  }
}
