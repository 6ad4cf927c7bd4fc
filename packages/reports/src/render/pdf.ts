/**
 * The pack as a PDF (pdfkit): A4, a cover, contents with page numbers, each section from a new page,
 * a running header (council and period) and "Page n of m" on every page after the cover, tables that
 * repeat their header row over a page break, charts as vector graphics (svg-to-pdfkit) from the same
 * SVG as the HTML.
 */
/// <reference path="../types/svg-to-pdfkit.d.ts" />
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { cellText, longDate } from '../format.js';
import type { Block, Column, ReportDocument, Section } from '../model.js';
import { fitsWinAnsi, systemFonts, winAnsi } from './fonts.js';

const A4 = { width: 595.28, height: 841.89 };
const M = { top: 62, bottom: 56, left: 50, right: 50 };
const INK = '#1c2430';
const MUTED = '#4a5565';
const RULE = '#aeb7c3';
const GOLD = '#b07d12';

type Doc = PDFKit.PDFDocument;

export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  // Helvetica (nothing to embed, no shaping: several times faster) when every letter of the pack is in
  // its encoding; DejaVu Sans, embedded, when a name needs more (Wiśniewska).
  const fonts = fitsWinAnsi(JSON.stringify(report)) ? null : systemFonts();
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: M,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: `${report.cover.title} – ${report.cover.council} – ${report.cover.period}`,
      Author: report.cover.council,
      Subject: report.cover.audienceLabel,
      Creator: 'Golden Thread',
    },
    lang: report.language,
    displayTitle: true,
    pdfVersion: '1.7',
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  if (fonts) {
    doc.registerFont('Body', fonts.regular);
    doc.registerFont('Body-Bold', fonts.bold);
  }
  const REGULAR = fonts ? 'Body' : 'Helvetica';
  const BOLD = fonts ? 'Body-Bold' : 'Helvetica-Bold';
  const t = (s: string) => (fonts ? s.replace(/\u2003/g, '   ') : winAnsi(s));
  const width = A4.width - M.left - M.right;
  const bottom = A4.height - M.bottom;

  const ensure = (h: number) => {
    if (doc.y + h > bottom) doc.addPage();
  };

  // Cover
  const c = report.cover;
  doc.font(REGULAR).fontSize(13).fillColor(MUTED).text(t(c.council), M.left, 200, { width });
  doc.moveDown(0.5).font(BOLD).fontSize(26).fillColor(INK).text(t(c.title), { width });
  doc.moveDown(1.2);
  const rows: Array<[string, string]> = [
    ['Council', c.council],
    ['Committee', c.committee],
    ['Meeting date', c.meetingDate ? longDate(c.meetingDate) : 'To be confirmed'],
    ['Period', c.period],
    ['Data as at', c.dataAsAt],
  ];
  for (const [k, v] of rows) {
    const y = doc.y;
    doc.font(BOLD).fontSize(12).fillColor(INK).text(t(k), M.left, y, { width: 130 });
    doc.font(REGULAR).text(t(v), M.left + 140, y, { width: width - 140 });
    doc.moveDown(0.4);
  }
  doc.moveDown(2);
  const cy = doc.y;
  doc.font(BOLD).fontSize(11);
  const cw = doc.widthOfString(t(c.classification)) + 20;
  doc.rect(M.left, cy, cw, 24).strokeColor(RULE).lineWidth(1).stroke();
  doc.fillColor(INK).text(t(c.classification), M.left + 10, cy + 7, { lineBreak: false });

  // Contents: a page kept for now, written once the sections' pages are known.
  doc.addPage();
  const contentsPage = doc.bufferedPageRange().count - 1;

  const starts = new Map<string, number>();
  const all = [...report.sections, report.appendix];

  const heading = (s: Section) => {
    doc.addPage();
    starts.set(s.id, doc.bufferedPageRange().count);
    const label = s.number === 'A' ? `Appendix ${s.number}. ${s.title}` : `${s.number}. ${s.title}`;
    doc.font(BOLD).fontSize(17).fillColor(INK).text(t(label), M.left, M.top, { width });
    const y = doc.y + 3;
    doc
      .moveTo(M.left, y)
      .lineTo(M.left + width, y)
      .lineWidth(2)
      .strokeColor(GOLD)
      .stroke();
    doc.y = y + 10;
  };

  const paragraph = (s: string, size = 10.5, font = REGULAR) => {
    doc.font(font).fontSize(size);
    const h = doc.heightOfString(t(s), { width });
    ensure(Math.min(h, 60));
    doc.fillColor(INK).text(t(s), M.left, doc.y, { width, lineGap: 2 });
    doc.moveDown(0.5);
  };

  const table = (caption: string, columns: Column[], body: Array<Array<string | number | null>>, empty?: string) => {
    doc.font(BOLD).fontSize(10);
    ensure(60);
    doc.fillColor(INK).text(t(caption), M.left, doc.y, { width });
    doc.moveDown(0.3);
    if (!body.length) {
      paragraph(empty ?? 'None.', 10, REGULAR);
      return;
    }
    const total = columns.reduce((n, col) => n + (col.width ?? 1), 0);
    const widths = columns.map((col) => ((col.width ?? 1) / total) * width);
    const pad = 4;
    const size = columns.length > 6 ? 8 : 8.5;
    const isNum = (col: Column) => col.kind !== 'text' && col.kind !== 'date';
    const rowHeight = (cells: string[], font: string) => {
      doc.font(font).fontSize(size);
      return Math.max(...cells.map((s, i) => doc.heightOfString(t(s), { width: widths[i]! - 2 * pad }))) + 2 * pad;
    };
    const drawRow = (cells: string[], font: string, fill: string | null, h = rowHeight(cells, font)) => {
      const y = doc.y;
      let x = M.left;
      cells.forEach((s, i) => {
        const w = widths[i]!;
        if (fill) doc.rect(x, y, w, h).fill(fill);
        doc.rect(x, y, w, h).lineWidth(0.5).strokeColor(RULE).stroke();
        doc
          .font(font)
          .fontSize(size)
          .fillColor(INK)
          .text(t(s), x + pad, y + pad, { width: w - 2 * pad, align: isNum(columns[i]!) && font === REGULAR ? 'right' : 'left' });
        x += w;
      });
      doc.y = y + h;
      doc.x = M.left;
    };
    const header = columns.map((col) => col.header);
    const headerHeight = rowHeight(header, BOLD);
    ensure(headerHeight + 20);
    drawRow(header, BOLD, '#eef1f5', headerHeight);
    for (const [n, r] of body.entries()) {
      const cells = r.map((v, i) => cellText(v, columns[i]!, n));
      const h = rowHeight(cells, REGULAR);
      if (doc.y + h > bottom) {
        doc.addPage();
        doc.y = M.top;
        drawRow(header, BOLD, '#eef1f5', headerHeight);
      }
      drawRow(cells, REGULAR, null, h);
    }
    doc.moveDown(0.8);
  };

  const chart = (b: Extract<Block, { kind: 'chart' }>) => {
    const scale = Math.min(1, width / b.width);
    const w = b.width * scale;
    const h = b.height * scale;
    ensure(h + 24);
    const y = doc.y;
    SVGtoPDF(doc, b.svg, M.left, y, {
      width: w,
      height: h,
      assumePt: true,
      preserveAspectRatio: 'xMinYMin meet',
      fontCallback: (_family: string, bold: boolean) => (bold ? BOLD : REGULAR),
      warningCallback: () => undefined,
    });
    doc.y = y + h + 4;
    doc.x = M.left;
    doc.font(REGULAR).fontSize(8.5).fillColor(MUTED).text(t(b.caption), M.left, doc.y, { width });
    doc.moveDown(0.8);
  };

  for (const s of all) {
    heading(s);
    s.blocks.forEach((b, i) => {
      switch (b.kind) {
        case 'paragraph':
          paragraph(b.text);
          break;
        case 'heading': {
          // A heading stays with what follows it: its paragraph and chart, or the start of its table.
          const next = s.blocks.slice(i + 1, i + 3);
          const chartNext = next.find((x): x is Extract<Block, { kind: 'chart' }> => x.kind === 'chart');
          ensure(
            60 + (next[0]?.kind === 'paragraph' ? 40 : 0) + (chartNext ? chartNext.height * Math.min(1, width / chartNext.width) + 24 : 60),
          );
          doc.moveDown(0.4);
          paragraph(b.text, 12, BOLD);
          break;
        }
        case 'list':
          doc.font(REGULAR).fontSize(10.5);
          for (const item of b.items) {
            ensure(20);
            doc.fillColor(INK).text(t(`\u2022  ${item}`), M.left + 8, doc.y, { width: width - 8, lineGap: 2 });
            doc.moveDown(0.2);
          }
          doc.moveDown(0.4);
          doc.x = M.left;
          break;
        case 'table':
          table(b.caption, b.columns, b.rows, b.empty);
          break;
        case 'chart':
          chart(b);
          break;
        case 'pageBreak':
          doc.addPage();
          break;
      }
    });
  }

  // Contents, with the page each section starts on.
  doc.switchToPage(contentsPage);
  doc.font(BOLD).fontSize(17).fillColor(INK).text('Contents', M.left, M.top, { width });
  doc.moveDown(0.8);
  for (const s of all) {
    const label = s.number === 'A' ? `Appendix ${s.number}. ${s.title}` : `${s.number}. ${s.title}`;
    const y = doc.y;
    doc
      .font(REGULAR)
      .fontSize(11.5)
      .fillColor(INK)
      .text(t(label), M.left, y, { width: width - 60 });
    doc.text(String(starts.get(s.id) ?? ''), M.left + width - 50, y, { width: 50, align: 'right' });
    doc.moveDown(0.5);
  }

  // Running header and page numbers on every page after the cover.
  const range = doc.bufferedPageRange();
  for (let i = 1; i < range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.top = 0;
    doc.page.margins.bottom = 0;
    doc.font(REGULAR).fontSize(8.5).fillColor(MUTED);
    doc.text(t(report.runningHeader), M.left, 30, { width, lineBreak: false, ellipsis: true });
    doc
      .moveTo(M.left, 44)
      .lineTo(M.left + width, 44)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.text(`Page ${i + 1} of ${range.count}`, M.left, A4.height - 36, { width, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
