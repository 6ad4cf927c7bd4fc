/**
 * Every figure of the pack as Excel (exceljs): a Cover sheet, then one sheet per section with each of
 * its tables under its caption (numbers as numbers, dates as dates, percentages formatted), the
 * header row bold and the first frozen. The indicator sheet leads with the import template's columns
 * (gss_code, indicator_code, period, value) so the figures can be checked against a CSV import.
 */
import ExcelJS from 'exceljs';
import type { Block, Column, FigurePrecision, IndicatorTrendData, ReportDocument, Section } from '../model.js';

const NUMFMT: Record<Column['kind'], string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal: '#,##0.0##',
  percent: '0%',
  date: 'd mmmm yyyy',
};

/** Excel's number format for a published precision: 3 decimal places '#,##0.000', whole numbers '#,##0'. */
export function precisionFormat(p: FigurePrecision | null | undefined): string | undefined {
  if (!p) return undefined;
  const d = Math.max(0, Math.min(10, Math.trunc(p.digits)));
  // Excel has no significant-figures format: up to that many decimals.
  if (p.kind === 'SIGNIFICANT_FIGURES') return `#,##0.${'#'.repeat(Math.max(1, d))}`;
  return d === 0 ? '#,##0' : `#,##0.${'0'.repeat(d)}`;
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\ and unique. */
function sheetName(s: Section, used: Set<string>): string {
  const full = `${s.number} ${s.title}`
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // At most 31 characters, cut between words (and not after "and" or "of").
  const base =
    full.length <= 31
      ? full
      : full
          .slice(0, 32)
          .replace(/\s+\S*$/, '')
          .replace(/\s+(and|of|the)$/, '');
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

function writeTable(ws: ExcelJS.Worksheet, b: Extract<Block, { kind: 'table' }>) {
  ws.addRow([b.caption]).font = { bold: true, size: 12 };
  const header = ws.addRow(b.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F5' } };
  });
  if (!b.rows.length) ws.addRow([b.empty ?? 'None.']);
  for (const [n, r] of b.rows.entries()) {
    const row = ws.addRow(
      r.map((v, i) => {
        const c = b.columns[i]!;
        if (c.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
        return typeof v === 'string' ? v.replace(/^\u2003+/, (m) => '  '.repeat(m.length)) : v;
      }),
    );
    b.columns.forEach((c, i) => {
      const fmt = (c.kind === 'decimal' ? precisionFormat(c.precisions?.[n]) : undefined) ?? NUMFMT[c.kind];
      if (fmt) row.getCell(i + 1).numFmt = fmt;
    });
  }
  ws.addRow([]);
}

/** The indicators' figures in the import template's columns, then the pack's own. */
function indicatorSheet(wb: ExcelJS.Workbook, gss: string, indicators: readonly IndicatorTrendData[]) {
  const ws = wb.addWorksheet('Indicator figures');
  const header = ws.addRow([
    'gss_code',
    'indicator_code',
    'period',
    'value',
    'framework',
    'indicator',
    'status',
    'target',
    'rag',
    'group_median',
    'group_q1',
    'group_q3',
    'england_median',
    'direction',
  ]);
  header.font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const ind of indicators) {
    const comps = new Map(ind.comparators.map((c) => [c.period, c]));
    for (const p of ind.points) {
      const c = comps.get(p.period);
      const row = ws.addRow([
        gss,
        ind.code,
        p.period,
        p.value,
        ind.framework,
        ind.title,
        p.status,
        p.target,
        p.rag,
        c?.median ?? null,
        c?.q1 ?? null,
        c?.q3 ?? null,
        c?.england ?? null,
        ind.direction,
      ]);
      // The figures keep every digit; Excel shows them to the published precision.
      const fmt = precisionFormat(ind.precision);
      if (fmt) for (const col of [4, 8, 10, 11, 12, 13]) row.getCell(col).numFmt = fmt;
    }
  }
  ws.columns.forEach((col, i) => {
    col.width = i === 5 ? 50 : 14;
  });
}

export async function renderXlsx(
  report: ReportDocument,
  extra?: { gssCode: string; indicators: readonly IndicatorTrendData[] },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Golden Thread';
  wb.title = `${report.cover.title} – ${report.cover.council} – ${report.cover.period}`;
  // A fixed date: the same data gives the same workbook.
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const cover = wb.addWorksheet('Cover');
  const c = report.cover;
  cover.addRow([c.title]).font = { bold: true, size: 14 };
  for (const [k, v] of [
    ['Council', c.council],
    ['Committee', c.committee],
    ['Meeting date', c.meetingDate ?? 'To be confirmed'],
    ['Period', c.period],
    ['Data as at', c.dataAsAt],
    ['Classification', c.classification],
  ] as const)
    cover.addRow([k, v]).getCell(1).font = { bold: true };
  cover.getColumn(1).width = 18;
  cover.getColumn(2).width = 70;
  const used = new Set(['cover', 'indicator figures']);
  for (const s of [...report.sections, report.appendix]) {
    const tables = s.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    if (!tables.length) continue;
    const ws = wb.addWorksheet(sheetName(s, used));
    ws.addRow([`${s.number === 'A' ? 'Appendix A' : s.number}. ${s.title}`]).font = { bold: true, size: 14 };
    ws.addRow([]);
    for (const t of tables) writeTable(ws, t);
    const widest = Math.max(...tables.map((t) => t.columns.length));
    for (let i = 1; i <= widest; i++) ws.getColumn(i).width = i === 1 ? 48 : 18;
  }
  if (extra?.indicators.length) indicatorSheet(wb, extra.gssCode, extra.indicators);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
