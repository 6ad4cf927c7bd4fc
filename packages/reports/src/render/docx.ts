/**
 * The pack as Word (.docx, the `docx` library): real Heading 1/2 styles (the clerk can restyle and
 * renumber), real tables with a repeating header row, a running header with the council and period,
 * "Page n of m" in the footer, each section from a new page, charts as PNG with alt text.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { cellText, longDate } from '../format.js';
import type { Block, ReportDocument, Section } from '../model.js';
import { svgToPng } from './png.js';

/** A4 less 2 cm margins, in twentieths of a point. */
const CONTENT_TWIPS = 11906 - 2 * 1134;
const FONT = 'Arial';
const border = { style: BorderStyle.SINGLE, size: 4, color: 'AEB7C3' };
const borders = { top: border, bottom: border, left: border, right: border };

function table(b: Extract<Block, { kind: 'table' }>): Array<Paragraph | Table> {
  const caption = new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: [new TextRun({ text: b.caption, bold: true, font: FONT, size: 20 })],
  });
  if (!b.rows.length)
    return [caption, new Paragraph({ children: [new TextRun({ text: b.empty ?? 'None.', italics: true, font: FONT, size: 20 })] })];
  const total = b.columns.reduce((n, c) => n + (c.width ?? 1), 0);
  const widths = b.columns.map((c) => Math.round(((c.width ?? 1) / total) * CONTENT_TWIPS));
  const num = (k: string) => k !== 'text' && k !== 'date';
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF1F5', color: 'auto' } } : {}),
      children: [
        new Paragraph({
          alignment: !header && num(b.columns[i]!.kind) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header, font: FONT, size: 17 })],
        }),
      ],
    });
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: b.columns.map((c, i) => cell(c.header, i, true)) }),
    ...b.rows.map((r, n) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(cellText(v, b.columns[i]!, n), i, false)) })),
  ];
  return [
    caption,
    new Table({ rows, width: { size: CONTENT_TWIPS, type: WidthType.DXA }, columnWidths: widths }),
    new Paragraph({ children: [] }),
  ];
}

function blocks(s: Section, pngs: ReadonlyMap<Block, Buffer>): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      text: s.number === 'A' ? `Appendix ${s.number}. ${s.title}` : `${s.number}. ${s.title}`,
    }),
  ];
  for (const b of s.blocks) {
    switch (b.kind) {
      case 'paragraph':
        out.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: b.text, font: FONT, size: 21 })] }));
        break;
      case 'heading':
        out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, text: b.text }));
        break;
      case 'list':
        for (const item of b.items)
          out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item, font: FONT, size: 21 })] }));
        break;
      case 'table':
        out.push(...table(b));
        break;
      case 'chart': {
        // Fit the content width: 16.9 cm is about 640 px at 96 dpi.
        const w = Math.min(b.width, 620);
        const h = Math.round((b.height * w) / b.width);
        out.push(
          new Paragraph({
            keepNext: true,
            children: [
              new ImageRun({
                type: 'png',
                data: pngs.get(b)!,
                transformation: { width: w, height: h },
                altText: { name: b.caption, title: b.caption, description: b.alt },
              }),
            ],
          }),
          new Paragraph({
            spacing: { after: 200 },
            children: [new TextRun({ text: b.caption, italics: true, font: FONT, size: 18, color: '4A5565' })],
          }),
        );
        break;
      }
      case 'pageBreak':
        out.push(new Paragraph({ pageBreakBefore: true, children: [] }));
        break;
    }
  }
  return out;
}

export async function renderDocx(report: ReportDocument): Promise<Buffer> {
  const c = report.cover;
  const line = (label: string, value: string) =>
    new Paragraph({
      spacing: { after: 80 },
      children: [new TextRun({ text: `${label}: `, bold: true, font: FONT, size: 24 }), new TextRun({ text: value, font: FONT, size: 24 })],
    });
  const all = [...report.sections, report.appendix];
  const charts = all.flatMap((s) => s.blocks.filter((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart'));
  const pngs = new Map<Block, Buffer>(await Promise.all(charts.map(async (b) => [b, await svgToPng(b.svg, b.width)] as const)));
  const cover = [
    new Paragraph({
      spacing: { before: 2400, after: 200 },
      children: [new TextRun({ text: c.council, font: FONT, size: 28, color: '4A5565' })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { after: 400 }, text: c.title }),
    line('Council', c.council),
    line('Committee', c.committee),
    line('Meeting date', c.meetingDate ? longDate(c.meetingDate) : 'To be confirmed'),
    line('Period', c.period),
    line('Data as at', c.dataAsAt),
    new Paragraph({ spacing: { before: 400 }, children: [new TextRun({ text: c.classification, bold: true, font: FONT, size: 22 })] }),
    // "Contents" is not a heading (Word's TOC Heading style), so the list does not name itself.
    new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, text: 'Contents' }),
    // A real table of contents of the Heading 1 sections, each entry linked to its heading; Word numbers the pages.
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }),
  ];
  const doc = new Document({
    creator: 'Golden Thread',
    title: `${c.title} – ${c.council} – ${c.period}`,
    description: c.audienceLabel,
    // Word fills in the contents' page numbers when it opens the file (docx/layout's estimatePageNumbers would write them
    // now, but lays out every page: several seconds for the scrutiny pack, against the pack's 3 s).
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: FONT, size: 21 } } },
      paragraphStyles: [
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 48, bold: true, color: '1C2430' } },
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: 32, bold: true, color: '1C2430' },
          paragraph: { spacing: { after: 200 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: 'B07D12', space: 4 } } },
        },
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: FONT, size: 32, bold: true, color: '1C2430' },
          paragraph: { spacing: { after: 200 } },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: 25, bold: true, color: '1C2430' },
          paragraph: { spacing: { before: 240, after: 100 } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
          titlePage: true,
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ children: [new TextRun({ text: report.runningHeader, font: FONT, size: 16, color: '4A5565' })] })],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    font: FONT,
                    size: 16,
                    color: '4A5565',
                    children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children: [...cover, ...all.flatMap((s) => blocks(s, pngs))],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
