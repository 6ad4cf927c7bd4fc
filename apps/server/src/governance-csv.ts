/**
 * The risk register and actions as CSV files over plain HTTP (README "CSV layouts"), for a browser
 * download or a script:
 *   GET  /councils/<GSS code>/risks.csv     the register (riskRegisterCsv)
 *   GET  /councils/<GSS code>/actions.csv   the actions (actionsCsv)
 *   POST /councils/<GSS code>/risks.csv     import a register (importRiskRegister), body text/csv
 *   POST /councils/<GSS code>/actions.csv   import actions (importActions), body text/csv
 * (?dryRun=true checks a file without storing it). Each runs the GraphQL field in-process as the
 * viewer, so access, visibility, audit and row errors are exactly the API's: signed out 401, anyone
 * else refused 403, an unknown council 404, a bad file 400 (every row's problem in rowErrors, nothing
 * stored), all as coded JSON errors. A download is an attachment named by council, file and day.
 */
import { AppError, type Credentials, type GoldenThreadApi, type GqlContext, type RequestViewer } from '@goldenthread/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** The two files: what the download is called and the GraphQL fields behind it. */
const FILES = {
  'risks.csv': { name: 'risk-register', exportField: 'riskRegisterCsv', importField: 'importRiskRegister' },
  'actions.csv': { name: 'actions', exportField: 'actionsCsv', importField: 'importActions' },
} as const;

const IMPORT_FIELDS = 'applied dryRun rows created updated unchanged errors { line column code message }';

type Json = Record<string, unknown>;
type GqlError = { message: string; extensions?: Json };

function refuse(reply: FastifyReply, code: string, message: string, extra: Json = {}) {
  return reply
    .code(STATUS[code] ?? 500)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** Answers the first error of a GraphQL result as the HTTP refusal it stands for (its extensions kept, e.g. rowErrors). */
function refuseWith(reply: FastifyReply, error: GqlError) {
  const { code, http: _http, ...extra } = (error.extensions ?? {}) as Json & { code?: string; http?: unknown };
  if (!code || !STATUS[code]) throw new Error(`governance CSV: ${error.message}`);
  return refuse(reply, code, error.message, extra);
}

async function run(api: GoldenThreadApi, ctx: GqlContext, query: string, variables: Json): Promise<{ data?: Json; error?: GqlError }> {
  const res = await api.apollo.executeOperation({ query, variables }, { contextValue: ctx });
  if (res.body.kind !== 'single') throw new Error('governance CSV: incremental delivery is not expected');
  const { data, errors } = res.body.singleResult;
  if (errors?.length) return { error: errors[0] as GqlError };
  return { data: (data ?? {}) as Json };
}

const today = () => new Date().toISOString().slice(0, 10);

export async function registerGovernanceCsv(
  app: FastifyInstance,
  api: GoldenThreadApi,
  credentialsOf: (request: FastifyRequest) => Credentials,
): Promise<void> {
  type Route = { Params: { gss: string }; Querystring: { dryRun?: string }; Body: string };

  /** The viewer's context and the council's global id, or the refusal already sent. */
  async function open(request: FastifyRequest<Route>, reply: FastifyReply) {
    const { gss } = request.params;
    let viewer: RequestViewer;
    try {
      viewer = await api.authenticate(credentialsOf(request));
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === 'UNAUTHENTICATED') {
        refuse(reply, 'UNAUTHENTICATED', error.message);
        return null;
      }
      throw error;
    }
    const credentials = credentialsOf(request);
    const ctx = await api.context(viewer, { ip: credentials.ip, userAgent: credentials.userAgent ?? null });
    const found = /^[A-Za-z]\d{8}$/.test(gss)
      ? await run(api, ctx, 'query CsvCouncil($gss: String!) { council(gssCode: $gss) { id gssCode } }', { gss: gss.toUpperCase() })
      : { data: { council: null } };
    // A code that is no GSS code at all names no council either.
    if (found.error && found.error.extensions?.code !== 'BAD_USER_INPUT') {
      ctx.em.clear();
      refuseWith(reply, found.error);
      return null;
    }
    const council = (found.data?.council ?? null) as { id: string; gssCode: string } | null;
    if (!council) {
      ctx.em.clear();
      refuse(reply, 'NOT_FOUND', `No council has the GSS code ${gss.slice(0, 20)}.`);
      return null;
    }
    return { ctx, council };
  }

  await app.register(async (scope) => {
    // CSV bodies for these routes only (the GraphQL endpoint keeps its own parsers); text/plain is read as a string already.
    scope.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    // Two fixed names: every other address under /councils/<GSS>/ is the web app's (its deep links).
    for (const [path, file] of Object.entries(FILES)) {
      scope.get<Route>(`/councils/:gss/${path}`, async (request, reply) => {
        const opened = await open(request, reply);
        if (!opened) return reply;
        const { ctx, council } = opened;
        try {
          const res = await run(api, ctx, `query CsvExport($c: ID!) { ${file.exportField}(councilId: $c) }`, { c: council.id });
          if (res.error) return refuseWith(reply, res.error);
          return reply
            .header('content-type', 'text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${council.gssCode}-${file.name}-${today()}.csv"`)
            .header('cache-control', 'private, no-store')
            .send(res.data![file.exportField] as string);
        } finally {
          ctx.em.clear();
        }
      });

      scope.post<Route>(`/councils/:gss/${path}`, async (request, reply) => {
        const type = String(request.headers['content-type'] ?? '');
        if (!/^text\/(csv|plain)\b/i.test(type)) {
          return refuse(reply, 'BAD_USER_INPUT', 'Send the file as the request body with Content-Type text/csv.', {
            field: 'content-type',
          });
        }
        const opened = await open(request, reply);
        if (!opened) return reply;
        const { ctx, council } = opened;
        const dryRun = request.query.dryRun === 'true' || request.query.dryRun === '1';
        try {
          const res = await run(
            api,
            ctx,
            `mutation CsvImport($c: ID!, $csv: String!, $dry: Boolean) {
            ${file.importField}(councilId: $c, csv: $csv, dryRun: $dry) { ${IMPORT_FIELDS} } }`,
            { c: council.id, csv: typeof request.body === 'string' ? request.body : '', dry: dryRun },
          );
          if (res.error) return refuseWith(reply, res.error);
          return reply.header('cache-control', 'no-store').type('application/json; charset=utf-8').send(res.data![file.importField]);
        } finally {
          ctx.em.clear();
        }
      });
    }
  });
}
