/**
 * Report packs over HTTP: GET /reports/<audience>/<GSS code>/<period>.<html|pdf|docx|xlsx>
 * (?portfolio=<id> for a portfolio holder's pack, ?meeting=YYYY-MM-DD for the cover). The same
 * access as the API: the public pack for anyone, the others for the council's own people (401
 * signed out, 403 anyone else); unknown council or period 404; a bad audience, format or period 400.
 * Errors are coded JSON, as the API's. Issued (frozen) packs: issue.ts, registered here too.
 */
import { AppError, type Credentials, type GoldenThreadApi, type GqlContext, type RequestViewer } from '@goldenthread/api';
import { type Audience, AUDIENCES, type Format, FORMATS, isAudience, isFormat, renderReport, type ReportData } from '@goldenthread/reports';
import { constants as zlib } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { issuePack, listPacks, packFile, STORED_FORMATS } from './issue.js';
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

type Refusal = { code: string; message: string; extra?: Record<string, unknown> };
const bad = (message: string, field: string): Refusal => ({ code: 'BAD_USER_INPUT', message, extra: { field } });

/** The pack an address names (audience, GSS code, period, meeting date), or why it names none. */
function packOf(audience: string, gss: string, period: string, meeting: string | undefined): Refusal | { audience: Audience } {
  if (!isAudience(audience))
    return bad(`"${audience.slice(0, 40)}" is not a report audience: use one of ${AUDIENCES.join(', ')}.`, 'audience');
  const m = PERIOD.exec(period);
  if (!m) return bad(`"${period.slice(0, 20)}" is not a financial year: write it like 2024-25.`, 'period');
  if ((Number(m[1]) + 1) % 100 !== Number(m[2]))
    return {
      code: 'NOT_FOUND',
      message:
        `There is no financial year ${period}: a year runs April to March, ` +
        `e.g. ${m[1]}-${String((Number(m[1]) + 1) % 100).padStart(2, '0')}.`,
    };
  if (meeting !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(meeting)) return bad('meeting must be a date like 2025-01-15.', 'meeting');
  if (!GSS.test(gss)) return { code: 'NOT_FOUND', message: `No council has the GSS code ${gss.slice(0, 20)}.` };
  return { audience };
}

const GSS = /^E\d{8}$/;

export function registerReports(app: FastifyInstance, api: GoldenThreadApi, credentialsOf: (request: FastifyRequest) => Credentials): void {
  /** Runs a handler with the request's API context (the public pack's as anonymous); AppErrors become coded JSON. */
  const withContext = async (
    request: FastifyRequest,
    reply: FastifyReply,
    anonymous: boolean,
    handler: (ctx: GqlContext) => Promise<unknown>,
  ): Promise<unknown> => {
    let viewer: RequestViewer;
    try {
      viewer = anonymous ? { kind: 'anonymous' } : await api.authenticate(credentialsOf(request));
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === 'UNAUTHENTICATED') return refuse(reply, 'UNAUTHENTICATED', error.message);
      throw error;
    }
    const credentials = credentialsOf(request);
    const ctx = await api.context(viewer, { ip: credentials.ip, userAgent: credentials.userAgent ?? null });
    try {
      return await handler(ctx);
    } catch (error) {
      if (error instanceof AppError && STATUS[String(error.extensions.code)])
        return refuse(reply, String(error.extensions.code), error.message);
      throw error;
    } finally {
      ctx.em.clear();
    }
  };

  app.get<{ Params: { audience: string; gss: string; file: string }; Querystring: { portfolio?: string; meeting?: string } }>(
    '/reports/:audience/:gss/:file',
    // The cheapest compression levels (the HTML's SVG compresses well at any level; PDF, Word and Excel are compressed already).
    { compress: { brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } }, zlibOptions: { level: 1 } } },
    async (request, reply) => {
      const { gss, file } = request.params;
      const dot = file.lastIndexOf('.');
      const period = dot > 0 ? file.slice(0, dot) : file;
      const format = dot > 0 ? file.slice(dot + 1) : '';
      if (isAudience(request.params.audience) && !isFormat(format))
        return refuse(reply, 'BAD_USER_INPUT', `Say the format at the end of the address: ${FORMATS.map((f) => `.${f}`).join(', ')}.`, {
          field: 'format',
        });
      const meeting = request.query.meeting;
      const pack = packOf(request.params.audience, gss, period, meeting);
      if ('code' in pack) return refuse(reply, pack.code, pack.message, pack.extra);
      const { audience } = pack;
      // The public pack is read as an anonymous viewer, whoever asks: published data only.
      return withContext(request, reply, audience === 'public', async (ctx) => {
        const data = await gatherReportData(api, ctx, {
          audience,
          gssCode: gss,
          period,
          portfolioId: request.query.portfolio,
          meetingDate: meeting,
        });
        if (!hasData(data)) return refuse(reply, 'NOT_FOUND', `${data.council.name} has no priorities or figures for ${period}.`);
        const out = await renderReport(data, format as Format);
        return reply
          .header('content-type', out.contentType)
          .header('content-disposition', `${format === 'html' ? 'inline' : 'attachment'}; filename="${out.fileName}"`)
          .header('cache-control', 'private, no-store')
          .header('content-security-policy', REPORT_CSP)
          .send(out.body);
      });
    },
  );

  // Issuing a pack: it is stored, frozen, with the next version (issue.ts).
  app.post<{ Params: { audience: string; gss: string; period: string }; Querystring: { portfolio?: string; meeting?: string } }>(
    '/reports/:audience/:gss/:period/issue',
    async (request, reply) => {
      const { gss, period } = request.params;
      const meeting = request.query.meeting;
      const pack = packOf(request.params.audience, gss, period, meeting);
      if ('code' in pack) return refuse(reply, pack.code, pack.message, pack.extra);
      const { audience } = pack;
      return withContext(request, reply, false, async (ctx) => {
        const req = { audience, gssCode: gss, period, portfolioId: request.query.portfolio, meetingDate: meeting };
        // The data as the pack's reader sees it: the public pack's as anonymous, whoever issues it.
        const credentials = credentialsOf(request);
        const client = { ip: credentials.ip, userAgent: credentials.userAgent ?? null };
        const readAs = audience === 'public' ? await api.context({ kind: 'anonymous' }, client) : ctx;
        try {
          const issued = await issuePack(
            ctx,
            async (r) => {
              const data = await gatherReportData(api, readAs, r);
              if (!hasData(data)) throw new AppError('NOT_FOUND', `${data.council.name} has no priorities or figures for ${period}.`);
              return data;
            },
            req,
          );
          return reply.code(201).header('cache-control', 'no-store').send(issued);
        } finally {
          if (readAs !== ctx) readAs.em.clear();
        }
      });
    },
  );

  app.get<{ Params: { gss: string } }>('/reports/issued/:gss', async (request, reply) => {
    const { gss } = request.params;
    if (!GSS.test(gss)) return refuse(reply, 'NOT_FOUND', `No council has the GSS code ${gss.slice(0, 20)}.`);
    return withContext(request, reply, false, async (ctx) =>
      reply.header('cache-control', 'private, no-store').send({ council: gss, packs: await listPacks(ctx, gss) }),
    );
  });

  app.get<{ Params: { gss: string; file: string } }>('/reports/issued/:gss/:file', async (request, reply) => {
    const { gss, file } = request.params;
    const m = /^(\d{1,9})\.([a-z]+)$/.exec(file);
    if (!m || !(STORED_FORMATS as readonly string[]).includes(m[2]!))
      return refuse(reply, 'BAD_USER_INPUT', `Name an issued file as <id>.<${STORED_FORMATS.join('|')}>.`, { field: 'file' });
    if (!GSS.test(gss)) return refuse(reply, 'NOT_FOUND', `No council has the GSS code ${gss.slice(0, 20)}.`);
    return withContext(request, reply, false, async (ctx) => {
      const f = await packFile(ctx, gss, Number(m[1]), m[2]!);
      return reply
        .header('content-type', f.contentType)
        .header('content-disposition', `${m[2] === 'html' ? 'inline' : 'attachment'}; filename="${f.fileName}"`)
        .header('cache-control', 'private, no-store')
        .header('etag', `"${f.sha256}"`)
        .header('content-security-policy', REPORT_CSP)
        .send(f.body);
    });
  });
}
