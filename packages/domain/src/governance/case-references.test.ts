import { describe, expect, it } from 'vitest';
import { caseReferenceFormat, caseReferenceShape, complaintReferenceError, findCaseReference } from './case-references.js';

// Suffolk's demo numbers its complaints CF-<year>-<4 digits> (seeders/governance-demo.complaints.ts).
const SUFFOLK = caseReferenceFormat(['CF-2024-0012', 'CF-2025-0003', 'CF-2023-0140']);

describe('caseReferenceShape', () => {
  it('keeps the letters, generalises each run of digits and each separator', () => {
    expect(caseReferenceShape('CF-2024-0012')).toEqual({ source: 'CF[\\s\\-_/.]{1,3}\\d+[\\s\\-_/.]{1,3}\\d+', general: true });
    expect(caseReferenceShape(' ASC/17 ')?.source).toBe('ASC[\\s\\-_/.]{1,3}\\d+');
  });
  it('keeps a reference too short or too plain to generalise as itself', () => {
    expect(caseReferenceShape('S6')).toEqual({ source: 'S6', general: false });
    expect(caseReferenceShape('C-1')).toEqual({ source: 'C[\\s\\-_/.]{1,3}1', general: false });
    expect(caseReferenceShape('20240012')).toEqual({ source: '20240012', general: false });
    expect(caseReferenceShape('CX-NEW')).toEqual({ source: 'CX[\\s\\-_/.]{1,3}NEW', general: false });
  });
  it('escapes other characters and ignores an empty reference', () => {
    expect(caseReferenceShape('CF#2024(1)')?.source).toBe('CF#\\d+\\(\\d+\\)');
    expect(caseReferenceShape('   ')).toBeNull();
  });
});

describe('findCaseReference', () => {
  it('finds a recorded reference in a sentence', () => {
    expect(findCaseReference('Apologise to the family in CF-2024-0012 and review the rota', SUFFOLK)).toBe('CF-2024-0012');
  });
  it('finds a reference of the same format that is not recorded, in another case or with other separators', () => {
    expect(findCaseReference('Lessons from CF-2026-0999', SUFFOLK)).toBe('CF-2026-0999');
    expect(findCaseReference('see cf/2024/12 for the detail', SUFFOLK)).toBe('cf/2024/12');
    expect(findCaseReference('(CF 2024 0012)', SUFFOLK)).toBe('CF 2024 0012');
  });
  it('does not find text of another shape', () => {
    for (const text of [
      'Review the 2024-25 figures for home care',
      'CF-2024 only has one number',
      'Update CFO on 2024-0012 budget line',
      'XCF-2024-0012 is a longer word',
      'CF-2024-0012b is a longer word',
      'Discharge delays ASCOF 2A and 2B',
    ])
      expect(findCaseReference(text, SUFFOLK), text).toBeNull();
  });
  it('finds short references only as themselves', () => {
    const f = caseReferenceFormat(['S6', 'C-1']);
    expect(findCaseReference('after S6 was upheld', f)).toBe('S6');
    expect(findCaseReference('after S7 was upheld', f)).toBeNull();
    expect(findCaseReference('about c 1', f)).toBe('c 1');
    expect(findCaseReference('about C-12', f)).toBeNull();
  });
  it('finds nothing for a council with no complaints, or in empty text', () => {
    expect(caseReferenceFormat([]).pattern).toBeNull();
    expect(findCaseReference('CF-2024-0012', caseReferenceFormat([]))).toBeNull();
    expect(findCaseReference(null, SUFFOLK)).toBeNull();
    expect(findCaseReference('', SUFFOLK)).toBeNull();
  });
  it('finds any of several formats of one council', () => {
    const f = caseReferenceFormat(['CF-2024-0012', 'ASC/17']);
    expect(findCaseReference('Follow up asc/203 with the provider', f)).toBe('asc/203');
    expect(findCaseReference('Follow up CF-2025-0001 with the provider', f)).toBe('CF-2025-0001');
  });
});

describe('complaintReferenceError', () => {
  it('names the field and what was found, and says to refer to the complaint by its link', () => {
    const e = complaintReferenceError('title', 'Retrain staff after CF-2024-0012', SUFFOLK);
    expect(e?.field).toBe('title');
    expect(e?.message).toContain('“CF-2024-0012” looks like a complaint');
    expect(e?.message).toContain('refer to the complaint by its link instead');
  });
  it('lets text without a reference through', () => {
    expect(complaintReferenceError('title', 'Retrain home care staff on medication records', SUFFOLK)).toBeNull();
  });
});
