import { describe, expect, it } from 'vitest';
import { fileNameOf, packUrl, refusalOf, sizeInWords } from './pack.js';

describe('report pack downloads', () => {
  it('builds the report route’s address: portfolio only for its pack, the meeting for the cover', () => {
    expect(packUrl({ audience: 'scrutiny', gss: 'E10000029', period: '2024-25', format: 'pdf', meeting: '2025-01-15' })).toBe(
      '/reports/scrutiny/E10000029/2024-25.pdf?meeting=2025-01-15',
    );
    expect(packUrl({ audience: 'portfolio', gss: 'E10000029', period: '2024-25', format: 'docx', portfolioId: 'UG9y:1' })).toBe(
      '/reports/portfolio/E10000029/2024-25.docx?portfolio=UG9y%3A1',
    );
    expect(packUrl({ audience: 'executive', gss: 'E10000029', period: '2023-24', format: 'xlsx', portfolioId: 'ignored' })).toBe(
      '/reports/executive/E10000029/2023-24.xlsx',
    );
  });

  it('keeps the server’s file name', () => {
    const c = { audience: 'public', gss: 'E10000029', period: '2024-25', format: 'pdf' } as const;
    expect(fileNameOf('attachment; filename="suffolk-public-2024-25.pdf"', c)).toBe('suffolk-public-2024-25.pdf');
    expect(fileNameOf(null, c)).toBe('E10000029-public-2024-25.pdf');
  });

  it('says a refusal in words, with its code', () => {
    const message = 'The scrutiny pack is for Suffolk’s own people: sign in first.';
    const body = { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] };
    expect(refusalOf(401, body)).toEqual({
      code: 'UNAUTHENTICATED',
      title: 'Sign in again to download this pack',
      message,
    });
    expect(refusalOf(403, null).code).toBe('FORBIDDEN');
    expect(refusalOf(502, 'Bad gateway')).toMatchObject({ code: 'SERVER_ERROR', title: 'The pack could not be made' });
    expect(refusalOf(502, null).message).toMatch(/Try again/);
  });

  it('gives sizes for people', () => {
    expect(sizeInWords(340_400)).toBe('340 KB');
    expect(sizeInWords(1_234_567)).toBe('1.2 MB');
    expect(sizeInWords(10)).toBe('1 KB');
  });
});
