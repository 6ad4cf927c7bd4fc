import { describe, expect, it } from 'vitest';
import { WardEnquiryStatus } from './enums.js';
import {
  councillorRoleRefsError,
  datesInOrderError,
  enquiryDatesError,
  enquiryResponseError,
  isEnquiryAnsweredLate,
  isEnquiryOverdue,
  isRoleCurrent,
  portfolioCoverage,
} from './roles.js';

describe('councillorRoleRefsError', () => {
  it('asks each kind for what it names', () => {
    expect(councillorRoleRefsError('PORTFOLIO_HOLDER', {})).toMatchObject({ field: 'portfolioId' });
    expect(councillorRoleRefsError('SCRUTINY_CHAIR', { portfolioId: 1 })).toMatchObject({ field: 'committeeId' });
    expect(councillorRoleRefsError('SCRUTINY_MEMBER', { committeeId: null })).toMatchObject({ field: 'committeeId' });
    expect(councillorRoleRefsError('WARD_COUNCILLOR', { ward: '  ' })).toMatchObject({ field: 'ward' });
  });

  it('accepts exactly what the kind needs, and a panel with or without its committee', () => {
    expect(councillorRoleRefsError('PORTFOLIO_HOLDER', { portfolioId: 'p' })).toBeNull();
    expect(councillorRoleRefsError('SCRUTINY_CHAIR', { committeeId: 'c' })).toBeNull();
    expect(councillorRoleRefsError('WARD_COUNCILLOR', { ward: 'Kesgrave' })).toBeNull();
    expect(councillorRoleRefsError('COMPLAINTS_PANEL', {})).toBeNull();
    expect(councillorRoleRefsError('BEST_VALUE_PANEL', { committeeId: 'c' })).toBeNull();
    expect(councillorRoleRefsError('LEADER', { ward: null, portfolioId: undefined })).toBeNull();
  });

  it('refuses what the kind does not have, and unknown kinds', () => {
    const leader = councillorRoleRefsError('LEADER', { ward: 'Kesgrave' });
    expect(leader).toMatchObject({ field: 'ward', message: expect.stringMatching(/leader role has no ward/) });
    expect(councillorRoleRefsError('WARD_COUNCILLOR', { ward: 'X', committeeId: 'c' })).toMatchObject({ field: 'committeeId' });
    expect(councillorRoleRefsError('PORTFOLIO_HOLDER', { portfolioId: 'p', committeeId: 'c' })).toMatchObject({ field: 'committeeId' });
    expect(councillorRoleRefsError('MAYOR', {})).toMatchObject({ field: 'role' });
  });
});

describe('dates', () => {
  it('refuses an end before the start, and allows the same day or unknown dates', () => {
    expect(datesInOrderError('startsOn', '2025-05-01', 'endsOn', '2025-04-30')).toMatchObject({ field: 'endsOn' });
    expect(datesInOrderError('startsOn', '2025-05-01', 'endsOn', '2025-05-01')).toBeNull();
    expect(datesInOrderError('startsOn', null, 'endsOn', '2025-05-01')).toBeNull();
    expect(datesInOrderError('startsOn', '2025-05-01', 'endsOn', null)).toBeNull();
  });

  it('says a role is current from its first day to its last, inclusive', () => {
    const role = { startsOn: '2025-05-01', endsOn: '2025-05-31' };
    expect(isRoleCurrent(role, '2025-04-30')).toBe(false);
    expect(isRoleCurrent(role, '2025-05-01')).toBe(true);
    expect(isRoleCurrent(role, '2025-05-31')).toBe(true);
    expect(isRoleCurrent(role, '2025-06-01')).toBe(false);
    expect(isRoleCurrent({ startsOn: null, endsOn: null }, '1999-01-01')).toBe(true);
  });
});

describe('portfolioCoverage', () => {
  // Directorate 1: services 10 (team 11 inside, team 12 inside 11); directorate 2: services 20, 21.
  const services = [
    { id: 10, directorateId: 1, parentId: null },
    { id: 11, directorateId: 1, parentId: 10 },
    { id: 12, directorateId: 1, parentId: 11 },
    { id: 20, directorateId: 2, parentId: null },
    { id: 21, directorateId: 2, parentId: null },
  ];
  const priorities = [
    { id: 100, directorateId: null, serviceId: null }, // corporate
    { id: 101, directorateId: 1, serviceId: null },
    { id: 102, directorateId: 2, serviceId: 21 },
    { id: 103, directorateId: 2, serviceId: 20 },
  ];

  it('covers every service (and team) of a directorate it names, and their priorities', () => {
    expect(portfolioCoverage({ directorateIds: [1], serviceIds: [], priorityIds: [] }, services, priorities)).toEqual({
      directorateIds: [1],
      serviceIds: [10, 11, 12],
      priorityIds: [101],
    });
  });

  it('covers a named service with its teams, and named priorities, without their directorate', () => {
    expect(portfolioCoverage({ directorateIds: [], serviceIds: [11, 21], priorityIds: [100] }, services, priorities)).toEqual({
      directorateIds: [],
      serviceIds: [11, 12, 21],
      priorityIds: [100, 102],
    });
  });

  it('covers nothing when it names nothing', () => {
    const none = { directorateIds: [], serviceIds: [], priorityIds: [] };
    expect(portfolioCoverage(none, services, priorities)).toEqual(none);
  });
});

describe('ward enquiries', () => {
  const open = { status: WardEnquiryStatus.OPEN, responseDue: '2025-05-10', respondedOn: null };

  it('is overdue from the day after it was due, while open and unanswered', () => {
    expect(isEnquiryOverdue(open, '2025-05-10')).toBe(false);
    expect(isEnquiryOverdue(open, '2025-05-11')).toBe(true);
    expect(isEnquiryOverdue({ ...open, status: WardEnquiryStatus.RESPONDED, respondedOn: '2025-05-20' }, '2025-06-01')).toBe(false);
    expect(isEnquiryOverdue({ ...open, status: WardEnquiryStatus.CLOSED }, '2025-06-01')).toBe(false);
  });

  it('tells a late answer from one in time', () => {
    expect(isEnquiryAnsweredLate({ responseDue: '2025-05-10', respondedOn: '2025-05-11' })).toBe(true);
    expect(isEnquiryAnsweredLate({ responseDue: '2025-05-10', respondedOn: '2025-05-10' })).toBe(false);
    expect(isEnquiryAnsweredLate({ responseDue: '2025-05-10', respondedOn: null })).toBe(false);
  });

  it('keeps the dates after the day it was raised', () => {
    expect(enquiryDatesError('2025-05-01', '2025-04-30', null)).toMatchObject({ field: 'responseDue' });
    expect(enquiryDatesError('2025-05-01', '2025-05-01', '2025-04-30')).toMatchObject({ field: 'respondedOn' });
    expect(enquiryDatesError('2025-05-01', '2025-05-15', '2025-05-01')).toBeNull();
  });

  it('needs the date and outcome of a response, and none while open', () => {
    expect(enquiryResponseError(WardEnquiryStatus.RESPONDED, null, 'Fixed')).toMatchObject({ field: 'respondedOn' });
    expect(enquiryResponseError(WardEnquiryStatus.CLOSED, '2025-05-02', ' ')).toMatchObject({ field: 'outcome' });
    expect(enquiryResponseError(WardEnquiryStatus.OPEN, '2025-05-02', null)).toMatchObject({ field: 'respondedOn' });
    expect(enquiryResponseError(WardEnquiryStatus.RESPONDED, '2025-05-02', 'Repaired')).toBeNull();
    expect(enquiryResponseError(WardEnquiryStatus.OPEN, null, null)).toBeNull();
  });
});
