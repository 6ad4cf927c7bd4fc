/**
 * Figures in the packs to their published precision (issue 18, item 5): ASCOF 1J is published to three
 * decimal places (0.410, never "0.4"), 2A(2) admissions to one (639.4, never "639"), Oflog ASC6 as whole
 * numbers. The pack wrote one decimal for small figures and whole numbers from 100 up.
 */
import { formatValue, publishedPrecision } from '@goldenthread/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build.js';
import { figure } from './format.js';
import type { IndicatorTrendData, ReportData } from './model.js';
import { renderHtml } from './render/html.js';
import { renderReport } from './render/index.js';
import { fixture } from './testing/fixture.js';

function indicator(code: string, unit: string, values: number[]): IndicatorTrendData {
  const precision = publishedPrecision({ framework: code.startsWith('ASC') ? 'OFLOG' : 'ASCOF', code, unit });
  return {
    id: `P-${code}`,
    code,
    title: `Measure ${code}`,
    framework: code.startsWith('ASC') ? 'OFLOG' : 'ASCOF',
    unit,
    precision,
    polarity: 'HIGHER_IS_BETTER',
    frequency: 'ANNUAL',
    source: null,
    definition: null,
    direction: 'IMPROVING',
    points: values.map((value, i) => ({
      period: `${2020 + i}-${21 + i}`,
      value,
      target: null,
      rag: 'NONE',
      status: 'PUBLISHED',
      valueStatus: 'VALUE',
    })),
    comparators: values.map((v, i) => ({ period: `${2020 + i}-${21 + i}`, median: v + 0.0004, q1: v, q3: v, england: null })),
    groupName: 'county councils',
    position: null,
  };
}

function withMeasures(): ReportData {
  const data = fixture('scrutiny');
  data.indicators.push(
    indicator('1J', 'ratio (values ~0.4)', [0.41, 0.4137]),
    indicator('2A2', 'per 100,000 population aged 65+', [961.6, 639.4]),
    indicator('ASC6', 'per 100,000 adults', [18231.9, 1600.2]),
  );
  return data;
}

describe('pack figures to their published precision', () => {
  it('formats as the domain formats (formatValue)', () => {
    for (const [code, unit, v] of [
      ['1J', 'ratio', 0.41],
      ['2A2', 'per 100,000', 639.4],
      ['ASC6', 'per 100,000 adults', 18231.9],
      ['2B1', '%', 84.06],
    ] as const) {
      const p = publishedPrecision({ framework: code.startsWith('ASC') ? 'OFLOG' : 'ASCOF', code, unit });
      expect(figure(v, p), code).toBe(formatValue(v, p));
    }
    expect(figure(0.41, null)).toBe('0.4');
  });

  it('writes each indicator to its precision in the HTML pack: text, tables and the chart alt text', () => {
    const html = renderHtml(buildReport(withMeasures()));
    expect(html).toContain('Latest 2021-22: 0.414 ratio (values ~0.4)');
    expect(html).toContain('<td class="num">0.410</td>');
    expect(html).toContain('<td class="num">639.4</td>');
    expect(html).toContain('<td class="num">961.6</td>');
    expect(html).toContain('<td class="num">18,232</td>');
    // The group median of 1J (0.4104) to three places too, not one.
    expect(html).toContain('<td class="num">0.410</td><td class="num">0.410</td>');
    expect(html).not.toContain('<td class="num">639</td>');
    expect(html).toMatch(/1J Measure 1J: 2020-21 0\.410, 2021-22 0\.414/);
  });

  it('gives the workbook the published number formats, the values unrounded', async () => {
    const xlsx = await renderReport(withMeasures(), 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const figures = wb.getWorksheet('Indicator figures')!;
    const rows: Array<{ code: unknown; value: unknown; fmt: string }> = [];
    figures.eachRow((row, n) => {
      if (n > 1) rows.push({ code: row.getCell(2).value, value: row.getCell(4).value, fmt: row.getCell(4).numFmt });
    });
    expect(rows.find((r) => r.code === '1J')).toEqual({ code: '1J', value: 0.41, fmt: '#,##0.000' });
    expect(rows.find((r) => r.code === '2A2')).toEqual({ code: '2A2', value: 961.6, fmt: '#,##0.0' });
    expect(rows.find((r) => r.code === 'ASC6')).toEqual({ code: 'ASC6', value: 18231.9, fmt: '#,##0' });
  });
});
