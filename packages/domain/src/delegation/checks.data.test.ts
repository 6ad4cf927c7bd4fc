import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.js';
import { accountabilityFindings } from './checks.js';
import { northshire, northshireWith, person } from './fixtures.js';

const of = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
const codes = (findings: Finding[]) => findings.map((f) => f.code);

describe('DATA_OWNER_MISSING', () => {
  it('fires for an indicator in use with no data owner, or a vacant one', () => {
    const none = accountabilityFindings(northshireWith((_, f) => (f.indicator(1).dataOwnerId = null)));
    expect(codes(none)).toEqual(['DATA_OWNER_MISSING']);
    expect(none[0]!.severity).toBe('medium');
    expect(none[0]!.nodes).toEqual([{ type: 'Indicator', id: 1, name: 'ASCOF 2B: older people at home 91 days after discharge' }]);
    expect(none[0]!.message).toContain('has no data owner');
    expect(none[0]!.fix).toContain('Fin Finch, responsible for management information, should appoint one');

    const left = accountabilityFindings(northshireWith((_, f) => (f.person(8).active = false)));
    expect(codes(left)).toEqual(['DATA_OWNER_MISSING']);
    expect(left[0]!.message).toContain('its data owner, Pat Perf, who is no longer active');
  });

  it('stays quiet when every indicator has an active data owner', () => {
    expect(of(accountabilityFindings(northshire()), 'DATA_OWNER_MISSING')).toHaveLength(0);
  });
});

describe('MI_OWNER_MISSING / MI_OWNER_AMBIGUOUS', () => {
  it('fires MISSING when nobody is named, suggesting a director', () => {
    const findings = accountabilityFindings(northshireWith((s) => (s.council = { ...s.council, miResponsibleId: null })));
    expect(codes(findings)).toEqual(['MI_OWNER_MISSING']);
    expect(findings[0]!.nodes).toEqual([{ type: 'Council', id: 1, name: 'Northshire County Council' }]);
    expect(findings[0]!.message).toContain(
      'Northshire County Council has no senior manager responsible for accurate and timely management information',
    );
    expect(findings[0]!.fix).toContain('for example Dan Director, director of Adult Social Care');
    expect(findings[0]!.suggested).toMatchObject({ type: 'Person', name: 'Dan Director' });
  });

  it('fires MISSING when the named person is inactive or not on record', () => {
    const inactive = accountabilityFindings(
      northshireWith((s) => {
        s.people.push(person(9, 'Mo Manager', { active: false }));
        s.council = { ...s.council, miResponsibleId: 9 };
      }),
    );
    expect(codes(inactive)).toEqual(['MI_OWNER_MISSING']);
    expect(inactive[0]!.message).toContain('Mo Manager, who is no longer active');
    const unknown = accountabilityFindings(northshireWith((s) => (s.council = { ...s.council, miResponsibleId: 999 })));
    expect(unknown[0]!.message).toContain('person #999, who is not on record');
  });

  it('fires AMBIGUOUS when more than one person is named (and MISSING too if none is active)', () => {
    const two = accountabilityFindings(northshireWith((s) => (s.council = { ...s.council, miResponsibleIds: [7, 2] })));
    expect(codes(two)).toEqual(['MI_OWNER_AMBIGUOUS']);
    expect(two[0]!.severity).toBe('high');
    expect(two[0]!.nodes.map((n) => `${n.type}:${n.id}`)).toEqual(['Council:1', 'Person:7', 'Person:2']);
    expect(two[0]!.message).toContain('names 2 people');
    expect(two[0]!.fix).toBe(
      'Choose one of Fin Finch and Dan Director as responsible for management information and record only that person.',
    );

    const bothGone = accountabilityFindings(northshireWith((s) => (s.council = { ...s.council, miResponsibleIds: [998, 999] })));
    expect(codes(bothGone).sort()).toEqual(['MI_OWNER_AMBIGUOUS', 'MI_OWNER_MISSING']);
  });

  it('treats miResponsibleIds as the list when given (duplicates count once, empty means none)', () => {
    expect(accountabilityFindings(northshireWith((s) => (s.council = { ...s.council, miResponsibleIds: [7, 7] })))).toEqual([]);
    expect(codes(accountabilityFindings(northshireWith((s) => (s.council = { ...s.council, miResponsibleIds: [] }))))).toEqual([
      'MI_OWNER_MISSING',
    ]);
  });

  it('stays quiet with exactly one active MI-responsible manager', () => {
    expect(of(accountabilityFindings(northshire()), 'MI_OWNER_MISSING')).toHaveLength(0);
    expect(of(accountabilityFindings(northshire()), 'MI_OWNER_AMBIGUOUS')).toHaveLength(0);
  });
});
