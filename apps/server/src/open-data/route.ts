/**
 * Bulk open data over plain HTTP (README "Bulk open data"): every published measurement in one
 * request, without paging through GraphQL:
 *   GET /data/measurements.csv     one line a measurement (RFC 4180, UTF-8, CRLF)
 *   GET /data/measurements.jsonl   one JSON object a line
 * filtered by framework, indicator, council, areaType, periodFrom, periodTo and updatedSince (query
 * parameters; lists repeated or comma-separated). The rows stream as they are read, in keyset-paged
 * chunks of DOWNLOAD_CHUNK, never as one file in memory. ETag and Last-Modified let a nightly job
 * ask again with If-None-Match / If-Modified-Since and get 304 when nothing it asked for changed.
 * Published figures only, whoever asks; each row carries its source's licence and attribution,
 * and the response's Link header names the licences. Rate-limited like the API (an API key spends
 * its own allowance: the authentication hook of app.ts covers /data/). A bad filter is 400 with a code.
 */
import { Readable } from 'node:stream';
import { constants as zlib } from 'node:zlib';
import {
  AppError,
  FILTER_PARAMETERS,
  OpenDataReads,
  parseOpenDataFilter,
  type GoldenThreadApi,
  type OpenDataFingerprint,
  type OpenDataRow,
} from '@goldenthread/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The columns of the CSV, in order, and the fields of each JSON line. */
export const COLUMNS: ReadonlyArray<keyof OpenDataRow> = [
  'measurementId',
  'councilGss',
  'councilName',
  'areaType',
  'region',
  'framework',
  'indicatorCode',
  'indicatorTitle',
  'unit',
  'period',
  'periodKind',
  'periodStart',
  'disaggregation',
  'value',
  'valueStatus',
  'numerator',
  'denominator',
  'note',
  'version',
  'updatedAt',
  'source',
  'attribution',
  'licence',
  'licenceUrl',
  'change',
];

const FORMATS = {
  'measurements.csv': { type: 'text/csv; charset=utf-8; header=present' },
  'measurements.jsonl': { type: 'application/jsonl; charset=utf-8' },
} as const;
type FileName = keyof typeof FORMATS;

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404 };

function refuse(reply: FastifyReply, code: string, message: string, extra: Record<string, unknown> = {}) {
  return reply
    .code(STATUS[code] ?? 400)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: { code, ...extra } }] });
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const csvLine = (row: OpenDataRow) => `${COLUMNS.map((c) => csvCell(row[c])).join(',')}\r\n`;
// The replacer list gives the fields in COLUMNS' order, without building an object a row.
const JSON_FIELDS = [...COLUMNS] as string[];
const jsonLine = (row: OpenDataRow) => `${JSON.stringify(row, JSON_FIELDS)}\n`;

/** The query string's values by name, each a list (`?council=A&council=B` or `?council=A,B`). */
function parameters(query: Record<string, string | string[] | undefined>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(query)) out[name] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return out;
}

/** Does the request's If-None-Match name the tag (weak comparison, RFC 9110 13.1.2)? */
function matchesTag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}

/** Nothing changed since the client's copy: If-None-Match first; If-Modified-Since only without it. */
function notModified(request: FastifyRequest, print: OpenDataFingerprint): boolean {
  const tags = request.headers['if-none-match'];
  if (tags !== undefined) return matchesTag(tags, print.etag);
  const since = Date.parse(String(request.headers['if-modified-since'] ?? ''));
  if (Number.isNaN(since) || !print.lastModified) return false;
  return Math.floor(print.lastModified.getTime() / 1000) * 1000 <= since;
}

export function registerOpenData(app: FastifyInstance, api: GoldenThreadApi): void {
  app.get<{ Params: { file: string }; Querystring: Record<string, string | string[] | undefined> }>(
    '/data/:file',
    { compress: { brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } }, zlibOptions: { level: 1 } } },
    async (request, reply) => {
      const file = request.params.file;
      if (!(file in FORMATS))
        return refuse(
          reply,
          'NOT_FOUND',
          `There is no /data/${file.slice(0, 40)}: download /data/measurements.csv or /data/measurements.jsonl.`,
        );
      const params = parameters(request.query);
      const unknown = Object.keys(params).find((p) => !(FILTER_PARAMETERS as readonly string[]).includes(p));
      if (unknown !== undefined)
        return refuse(
          reply,
          'BAD_USER_INPUT',
          `${unknown.slice(0, 40)}: not a filter of the open data; use ${FILTER_PARAMETERS.join(', ')}.`,
          {
            field: unknown.slice(0, 40),
          },
        );
      for (const single of ['periodFrom', 'periodTo', 'updatedSince'] as const)
        if ((params[single]?.length ?? 0) > 1) return refuse(reply, 'BAD_USER_INPUT', `${single}: give it once.`, { field: single });
      const viewer = request.viewer ?? { kind: 'anonymous' as const };
      const ctx = await api.context(viewer, { ip: request.ip, userAgent: request.headers['user-agent'] ?? null });
      const reads = ctx.services.get(OpenDataReads);
      let scope: Awaited<ReturnType<OpenDataReads['scope']>>;
      let print: OpenDataFingerprint;
      try {
        const filter = parseOpenDataFilter({
          framework: params.framework,
          indicator: params.indicator,
          council: params.council,
          areaType: params.areaType,
          periodFrom: params.periodFrom?.[0] ?? null,
          periodTo: params.periodTo?.[0] ?? null,
          updatedSince: params.updatedSince?.[0] ?? null,
        });
        scope = await reads.scope(filter);
        print = await reads.fingerprint(scope, file);
      } catch (error) {
        ctx.em.clear();
        if (error instanceof AppError && STATUS[String(error.extensions.code)])
          return refuse(reply, String(error.extensions.code), error.message, { field: error.extensions.field });
        throw error;
      }
      reply
        .header('etag', print.etag)
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-encoding')
        .header('x-total-count', String(print.count));
      if (print.lastModified) reply.header('last-modified', print.lastModified.toUTCString());
      if (print.licences.length)
        reply.header('link', print.licences.map((l) => `<${l.licenceUrl}>; rel="license"; title="${l.licence}"`).join(', '));
      if (notModified(request, print)) {
        ctx.em.clear();
        return reply.code(304).send();
      }
      const line = file === 'measurements.csv' ? csvLine : jsonLine;
      async function* body() {
        try {
          if (file === 'measurements.csv') yield `${COLUMNS.join(',')}\r\n`;
          for await (const chunk of reads.rows(scope)) yield chunk.map(line).join('');
        } finally {
          ctx.em.clear();
        }
      }
      return reply
        .type(FORMATS[file as FileName].type)
        .header('content-disposition', `attachment; filename="${file}"`)
        .send(Readable.from(body(), { objectMode: false }));
    },
  );
}
