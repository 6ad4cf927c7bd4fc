import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../testing/fixture.js';
import { renderReport } from './index.js';

describe('renderers from one outline', () => {
  it('writes a PDF, a Word file and a workbook of the same pack', async () => {
    const data = fixture('scrutiny');
    const pdf = await renderReport(data, 'pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.fileName).toBe('testshire-scrutiny-2024-25.pdf');
    const docx = await renderReport(data, 'docx');
    expect(docx.body.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await renderReport(data, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Cover',
      '1 Summary',
      '2 Progress against targets',
      '3 Indicators comparative trends',
      '4 Exceptions',
      '5 Commentary on the figures',
      '6 Scrutiny recommendations',
      '7 Best Value reviews',
      '8 Complaint statistics',
      '9 Health interface indicators',
      'A Definitions and data sources',
      'Indicator figures',
    ]);
    // Numbers stay numbers, shares keep a percentage format, dates are dates.
    const complaints = wb.getWorksheet('8 Complaint statistics')!;
    const values: unknown[] = [];
    complaints.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toEqual(expect.arrayContaining([40, 30, 0.75, 0.4, 'All services']));
    const formats: string[] = [];
    complaints.eachRow((row) =>
      row.eachCell((c) => {
        if (c.value === 0.75) formats.push(c.numFmt);
      }),
    );
    expect(new Set(formats)).toEqual(new Set(['0%']));
    const figures = wb.getWorksheet('Indicator figures')!;
    expect(figures.getRow(2).values).toEqual([
      undefined,
      'E10000099',
      '2B1',
      '2021-22',
      84.1,
      'ASCOF',
      'Older people still at home after reablement',
      'PUBLISHED',
      82,
      'GREEN',
      82,
      78,
      86,
      81.8,
      'DETERIORATING',
    ]);
  });
});
