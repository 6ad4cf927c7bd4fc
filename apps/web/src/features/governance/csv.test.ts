import { describe, expect, it } from 'vitest';
import { csvRefusal, csvUrl, downloadName, reportWords } from './csv.js';

const report = { applied: false, dryRun: true, rows: 3, created: 1, updated: 1, unchanged: 1, errors: [] };

describe('governance CSV files', () => {
  it('builds the addresses, with the dry run when asked', () => {
    expect(csvUrl('E10000029', 'risks.csv')).toBe('/councils/E10000029/risks.csv');
    expect(csvUrl('E10000029', 'actions.csv', true)).toBe('/councils/E10000029/actions.csv?dryRun=true');
    expect(csvUrl('E10000029', 'actions.csv', false)).toBe('/councils/E10000029/actions.csv?dryRun=false');
  });

  it('says what a dry run would change, what an import changed, and when rows are wrong', () => {
    expect(reportWords(report)).toBe('The file is fine: 3 rows (1 new, 1 changed, 1 unchanged if applied). Nothing is stored yet.');
    expect(reportWords({ ...report, dryRun: false, applied: true })).toBe('Applied: 3 rows, 1 new, 1 changed, 1 unchanged.');
    expect(reportWords({ ...report, dryRun: false, applied: true, created: 0, updated: 0, unchanged: 3 })).toBe(
      'Applied: nothing changed (3 rows, all as stored).',
    );
    const errors = [
      { line: 2, column: 'title', code: 'REQUIRED', message: 'a title is needed' },
      { line: 2, column: 'review_due', code: 'BAD_DATE', message: 'not a date' },
      { line: 5, column: null, code: 'DUPLICATE', message: 'twice' },
    ];
    expect(reportWords({ ...report, errors })).toBe('2 rows have problems: nothing would be stored. Correct the file and check it again.');
    expect(reportWords({ ...report, errors: errors.slice(0, 1) })).toMatch(/^One row has a problem: nothing would be stored/);
  });

  it('turns coded refusals into words, keeping every row problem', () => {
    const rowErrors = [{ line: 3, column: 'review_due', code: 'BAD_DATE', message: 'not a date' }];
    const bad = csvRefusal(400, { errors: [{ message: 'The file has errors', extensions: { code: 'BAD_USER_INPUT', rowErrors } }] });
    expect(bad).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'One row has a problem, so nothing was stored. Correct it and try again.',
      problems: rowErrors,
    });
    const refused = csvRefusal(403, { errors: [{ message: 'You may not import a risk register.', extensions: { code: 'FORBIDDEN' } }] });
    expect(refused).toEqual({ code: 'FORBIDDEN', message: 'You may not import a risk register.', problems: [] });
    expect(csvRefusal(401, null)).toMatchObject({ code: 'HTTP_401', message: expect.stringMatching(/signed out/) });
    expect(csvRefusal(502, 'oops').message).toBe('The server answered 502; nothing was stored.');
  });

  it("keeps the server's file name for a download", () => {
    expect(downloadName('attachment; filename="E10000029-risk-register-2026-12-02.csv"', 'E10000029', 'risks.csv')).toBe(
      'E10000029-risk-register-2026-12-02.csv',
    );
    expect(downloadName(null, 'E10000029', 'actions.csv')).toBe('E10000029-actions.csv');
  });
});
