import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.js';
import { governanceFindings } from './checks.js';
import { complaint, healthyGovernance, ID } from './checks-fixtures.js';
import { ComplaintOutcome, ComplaintStage } from './enums.js';
import type { GovernanceSnapshot } from './snapshot.js';

/** The complaint findings as a viewer who may read only `readable` sees them. */
const complaintFindings = (s: GovernanceSnapshot, readable: number[]): Finding[] =>
  governanceFindings(s, { readableComplaintIds: new Set(readable) }).filter((f) => /COMPLAINT|REVIEW_PANEL/.test(f.code));
const keys = (f: Finding) => f.nodes.map((n) => `${n.type}:${n.id}`);
/** Every text a viewer gets from the findings: messages, fixes and node names. */
const texts = (fs: Finding[]) => fs.flatMap((f) => [f.message, f.fix, ...f.nodes.map((n) => n.name)]).join('\n');

/** Three overdue complaints about Home Care, one about Finance, two unheard review panels about Home Care. */
function casework(): GovernanceSnapshot {
  const s = healthyGovernance();
  const overdue = { responseDue: '2025-02-20', respondedOn: null, outcome: null };
  s.complaints.push(
    complaint(130, overdue),
    complaint(131, overdue),
    complaint(132, overdue),
    complaint(133, { ...overdue, serviceId: ID.finance }),
    complaint(134, { stage: ComplaintStage.REVIEW_PANEL, panelMemberIds: [] }),
    complaint(135, { stage: ComplaintStage.REVIEW_PANEL, panelMemberIds: [ID.leaver] }),
    // With 112 and 113 of the fixture: a third upheld complaint on 'Missed visits' about Home Care.
    complaint(121, { outcome: ComplaintOutcome.UPHELD, receivedOn: '2024-03-02' }),
  );
  return s;
}

describe('complaint findings for a viewer who may not read the complaints', () => {
  it('names every complaint (reference and node) to a viewer who may read them all', () => {
    const all = governanceFindings(casework()).filter((f) => f.code === 'COMPLAINT_OVERDUE');
    expect(all.map((f) => keys(f)[0]).sort()).toEqual(['Complaint:130', 'Complaint:131', 'Complaint:132', 'Complaint:133']);
    expect(all.find((f) => f.nodes[0]!.id === 130)!.message).toContain('The complaint C-130 about Home Care');
  });

  it('counts the overdue complaints per service instead, with no reference or complaint node', () => {
    const found = complaintFindings(casework(), []).filter((f) => f.code === 'COMPLAINT_OVERDUE');
    expect(found.map((f) => [keys(f), f.message])).toEqual([
      // Most serious first, then by the subject's name.
      [[`Service:${ID.finance}`], '1 complaint about Finance is past its response date with no response recorded.'],
      [[`Service:${ID.homeCare}`], '3 complaints about Home Care are past their response date with no response recorded.'],
    ]);
    expect(found.map((f) => f.severity)).toEqual(['high', 'high']);
  });

  it('names the complaints the viewer may read and counts the rest', () => {
    const found = complaintFindings(casework(), [130, 133]).filter((f) => f.code === 'COMPLAINT_OVERDUE');
    expect(found.map(keys).sort()).toEqual([
      ['Complaint:130', `Service:${ID.homeCare}`],
      ['Complaint:133', `Service:${ID.finance}`],
      [`Service:${ID.homeCare}`],
    ]);
    expect(found.find((f) => f.nodes.length === 1)!.message).toBe(
      '2 complaints about Home Care are past their response date with no response recorded.',
    );
  });

  it('counts review panels without councillors per service, naming neither the complaints nor their panels', () => {
    const found = complaintFindings(casework(), []).filter((f) => f.code === 'REVIEW_PANEL_WITHOUT_COUNCILLORS');
    expect(found.map((f) => [keys(f), f.message])).toEqual([
      [
        [`Service:${ID.homeCare}`],
        '2 complaints about Home Care are at the review panel stage with no councillor on their panel who can hear them.',
      ],
    ]);
  });

  it('keeps a repeated theme, listing only the complaints the viewer may read', () => {
    const none = complaintFindings(casework(), []).find((f) => f.code === 'REPEATED_COMPLAINT_THEME')!;
    expect(keys(none)).toEqual([`Service:${ID.homeCare}`, `ComplaintTheme:${ID.theme}`]);
    expect(none.message).toContain("3 complaints about Home Care on 'Missed visits'");
    const one = complaintFindings(casework(), [112]).find((f) => f.code === 'REPEATED_COMPLAINT_THEME')!;
    expect(keys(one)).toEqual([`Service:${ID.homeCare}`, `ComplaintTheme:${ID.theme}`, 'Complaint:112']);
  });

  it('never shows an unreadable complaint reference anywhere in the findings', () => {
    const shown = texts(complaintFindings(casework(), [130]));
    expect(shown).toContain('C-130');
    for (const ref of ['C-131', 'C-132', 'C-133', 'C-134', 'C-135', 'C-112', 'C-113', 'C-121']) expect(shown).not.toContain(ref);
  });
});
