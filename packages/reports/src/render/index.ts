import { buildReport } from '../build.js';
import type { Format, ReportData } from '../model.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderPdf } from './pdf.js';
import { renderXlsx } from './xlsx.js';

export const CONTENT_TYPES: Record<Format, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A pack's data -> the outline -> the file of one format, with its name. */
export async function renderReport(data: ReportData, format: Format): Promise<{ body: Buffer; fileName: string; contentType: string }> {
  const doc = buildReport(data);
  const body =
    format === 'html'
      ? Buffer.from(renderHtml(doc), 'utf8')
      : format === 'pdf'
        ? await renderPdf(doc)
        : format === 'docx'
          ? await renderDocx(doc)
          : await renderXlsx(doc, { gssCode: data.council.gssCode, indicators: data.indicators });
  return { body, fileName: `${doc.fileName}.${format}`, contentType: CONTENT_TYPES[format] };
}
