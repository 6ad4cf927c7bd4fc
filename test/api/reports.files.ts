/**
 * Reading report packs back in the tests (reports.test.ts): the PDF's text (pdf-parse), the Word
 * document's XML and text, every cell of the workbook (exceljs) and the HTML's words without the charts.
 */
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const require = createRequire(import.meta.url);
const { PDFParse } = require('pdf-parse') as {
  PDFParse: new (o: { data: Uint8Array }) => { getText(): Promise<{ text: string }>; destroy(): Promise<void> };
};

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
export const decode = (xml: string) =>
  xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export async function pdfText(body: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return squash((await parser.getText()).text);
  } finally {
    await parser.destroy();
  }
}

export async function docxText(body: Buffer): Promise<{ text: string; xml: string }> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')!.async('string');
  return { text: squash(decode(xml)), xml };
}

/** Every cell of every sheet: text as it reads, numbers as numbers. */
export async function workbook(body: Buffer): Promise<{ sheets: string[]; text: string; numbers: number[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as never);
  const parts: string[] = [];
  const numbers: number[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') numbers.push(cell.value);
        else if (cell.value !== null && cell.value !== undefined)
          parts.push(String(cell.value instanceof Date ? cell.value.toISOString() : cell.value));
      }),
    ),
  );
  return { sheets: wb.worksheets.map((w) => w.name), text: squash(parts.join('\n')), numbers };
}

/** The pack's text in any format. */
export async function textOf(format: 'html' | 'pdf' | 'docx' | 'xlsx', body: Buffer): Promise<string> {
  if (format === 'pdf') return pdfText(body);
  if (format === 'docx') return (await docxText(body)).text;
  if (format === 'xlsx') return (await workbook(body)).text;
  return squash(
    decode(
      body
        .toString('utf8')
        .replace(/<svg[\s\S]*?<\/svg>/g, '')
        .replace(/<[^>]+>/g, ' '),
    ),
  );
}
