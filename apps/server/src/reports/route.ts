/**
 * Report packs over HTTP: GET /reports/<audience>/<GSS code>/<period>.<html|pdf|docx|xlsx>
 * (?portfolio=<id> for a portfolio holder's pack, ?meeting=YYYY-MM-DD for the cover). The same
 * access as the API: the public pack for anyone, the others for the council's own people (401
 * signed out, 403 anyone else); unknown council or period 404; a bad audience, format or period 400.
 * Errors are coded JSON, as the API's.
 */
import { AppError, type Credentials, type GoldenThreadApi, type RequestViewer } from '@goldenthread/api';
import { AUDIENCES, FORMATS, isAudience, isFormat, renderReport, type ReportData } from '@goldenthread/reports';
import { constants as zlib } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { gatherReportData } from './queries.js';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** The HTML pack carries its own stylesheet and inline SVG; nothing else may load or run. */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const PERIOD = /^(\d{4})-(\d{2})$/;

function refuse(reply: FastifyReply, code: string, message: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(STATUS[code] ?? 500)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** A pack has something to report for the year: a priority, or a figure in it. */
function hasData(data: ReportData): boolean {
  const [start] = data.period.split('-');
  const inYear = (p: string) => p === data.period || p.startsWith(`${start}-`) || p.startsWith(`${Number(start) + 1}-0`);
  return data.priorities.length > 0 || data.indicators.some((i) => i.points.some((p) => p.value !== null && inYear(p.period)));
}

export function registerReports(app: FastifyInstance, api: GoldenThreadApi, credentialsOf: (request: FastifyRequest) => Credentials): void {
  app.get<{ Params: { audience: string; gss: string; file: string }; Querystring: { portfolio?: string; meeting?: string } }>(
    '/reports/:audience/:gss/:file',
    // The cheapest compression levels (the HTML's SVG compresses well at any level; PDF, Word and Excel are compressed already).
    { compress: { brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } }, zlibOptions: { level: 1 } } },
    async (request, reply) => {
      const { audience, gss, file } = request.params;
      if (!isAudience(audience))
        return refuse(reply, 'BAD_USER_INPUT', `"${audience.slice(0, 40)}" is not a report audience: use one of ${AUDIENCES.join(', ')}.`, {
          field: 'audience',
        });
      const dot = file.lastIndexOf('.');
      const period = dot > 0 ? file.slice(0, dot) : file;
      const format = dot > 0 ? file.slice(dot + 1) : '';
      if (!isFormat(format))
        return refuse(reply, 'BAD_USER_INPUT', `Say the format at the end of the address: ${FORMATS.map((f) => `.${f}`).join(', ')}.`, {
          field: 'format',
        });
      const m = PERIOD.exec(period);
      if (!m)
        return refuse(reply, 'BAD_USER_INPUT', `"${period.slice(0, 20)}" is not a financial year: write it like 2024-25.`, {
          field: 'period',
        });
      if ((Number(m[1]) + 1) % 100 !== Number(m[2]))
        return refuse(
          reply,
          'NOT_FOUND',
          `There is no financial year ${period}: a year runs April to March, ` +
            `e.g. ${m[1]}-${String((Number(m[1]) + 1) % 100).padStart(2, '0')}.`,
        );
      const meeting = request.query.meeting;
      if (meeting !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(meeting))
        return refuse(reply, 'BAD_USER_INPUT', 'meeting must be a date like 2025-01-15.', { field: 'meeting' });
      if (!/^E\d{8}$/.test(gss)) return refuse(reply, 'NOT_FOUND', `No council has the GSS code ${gss.slice(0, 20)}.`);

      let viewer: RequestViewer;
      try {
        // The public pack is read as an anonymous viewer, whoever asks: published data only.
        viewer = audience === 'public' ? { kind: 'anonymous' } : await api.authenticate(credentialsOf(request));
      } catch (error) {
        if (error instanceof AppError && error.extensions.code === 'UNAUTHENTICATED')
          return refuse(reply, 'UNAUTHENTICATED', error.message);
        throw error;
      }
      const credentials = credentialsOf(request);
      const ctx = await api.context(viewer, { ip: credentials.ip, userAgent: credentials.userAgent ?? null });
      try {
        const data = await gatherReportData(api, ctx, {
          audience,
          gssCode: gss,
          period,
          portfolioId: request.query.portfolio,
          meetingDate: meeting,
        });
        if (!hasData(data)) return refuse(reply, 'NOT_FOUND', `${data.council.name} has no priorities or figures for ${period}.`);
        const out = await renderReport(data, format);
        return reply
          .header('content-type', out.contentType)
          .header('content-disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="${out.fileName}"`)
          .header('cache-control', 'private, no-store')
          .header('content-security-policy', REPORT_CSP)
          .send(out.body);
      } catch (error) {
        if (error instanceof AppError && STATUS[String(error.extensions.code)])
          return refuse(reply, String(error.extensions.code), error.message);
        throw error;
      } finally {
        ctx.em.clear();
      }
    },
  );
}
