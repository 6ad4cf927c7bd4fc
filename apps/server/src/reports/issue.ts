/**
 * Issued report packs (README "Report packs"): the papers a committee received, frozen.
 *
 *   POST /reports/<audience>/<GSS code>/<period>/issue[?portfolio=&meeting=]  issue: 201 with the pack
 *   GET  /reports/issued/<GSS code>                                          the council's issued packs, newest first
 *   GET  /reports/issued/<GSS code>/<id>.<html|pdf|docx|xlsx|json>          a stored file (json: the data it was made from)
 *
 * Issuing gathers the pack's data once as the viewer, renders every format from it and stores the
 * files, the data and their SHA-256 with the next version of that pack; nothing stored changes
 * afterwards, whatever the data does. For the council's own people (401 signed out, 403 anyone
 * else). The issue is in the audit trail (a ReportPack CREATE, with who, the version and the hash).
 */
import { createHash } from 'node:crypto';
import { AppError, type GqlContext } from '@goldenthread/api';
import { Council, ReportPack, ReportPackFile } from '@goldenthread/db';
import { CONTENT_TYPES, FORMATS, renderReport, type ReportData } from '@goldenthread/reports';
import type { PackRequest } from './queries.js';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

export const STORED_FORMATS = [...FORMATS, 'json'] as const;
const JSON_TYPE = 'application/json; charset=utf-8';

export interface IssuedPack {
  id: number;
  audience: string;
  period: string;
  portfolioId: string | null;
  meetingDate: string | null;
  version: number;
  contentSha256: string;
  issuedAt: string;
  issuedBy: string | null;
  files: Array<{ format: string; size: number; sha256: string; url: string }>;
}

/** The council of a GSS code, for its own people only. */
async function ownCouncil(ctx: GqlContext, gss: string): Promise<Council> {
  const council = await ctx.em.findOne(Council, { gssCode: gss });
  if (!council) throw new AppError('NOT_FOUND', `No council has the GSS code ${gss}.`);
  if (ctx.access.viewer.kind === 'anonymous')
    throw new AppError('UNAUTHENTICATED', `${council.name}\u2019s issued report packs are for its own people: sign in first.`);
  if (!ctx.access.isMemberOf(council.id))
    throw new AppError('FORBIDDEN', `${council.name}\u2019s issued report packs are for its own people.`);
  return council;
}

function describe(pack: ReportPack, files: ReadonlyArray<Pick<ReportPackFile, 'format' | 'size' | 'sha256'>>, gss: string): IssuedPack {
  return {
    id: pack.id,
    audience: pack.audience,
    period: pack.period,
    portfolioId: pack.portfolioId,
    meetingDate: pack.meetingDate,
    version: pack.packVersion,
    contentSha256: pack.contentSha256,
    issuedAt: pack.issuedAt.toISOString(),
    issuedBy: pack.issuedBy?.name ?? null,
    files: STORED_FORMATS.flatMap((format) => {
      const f = files.find((x) => x.format === format);
      return f ? [{ format, size: f.size, sha256: f.sha256, url: `/reports/issued/${gss}/${pack.id}.${format}` }] : [];
    }),
  };
}

/** Issues a pack: the data read once, every format rendered from it, stored with the next version. */
export async function issuePack(
  ctx: GqlContext,
  gather: (request: PackRequest) => Promise<ReportData>,
  request: PackRequest,
): Promise<IssuedPack> {
  const council = await ownCouncil(ctx, request.gssCode);
  const data = await gather(request);
  const json = Buffer.from(JSON.stringify(data));
  const rendered = await Promise.all(FORMATS.map(async (format) => ({ format, out: await renderReport(data, format) })));
  const files = [
    ...rendered.map(({ format, out }) => ({ format, contentType: out.contentType, body: out.body })),
    { format: 'json', contentType: JSON_TYPE, body: json },
  ].map((f) => ({ ...f, size: f.body.length, sha256: sha256(f.body) }));
  const contentSha256 = sha256(files.map((f) => `${f.format}:${f.sha256}`).join('\n'));
  const portfolioKey = request.audience === 'portfolio' ? (request.portfolioId ?? '') : '';
  const fileName = rendered[0]!.out.fileName.replace(/\.[a-z]+$/, '');
  const viewer = ctx.access.viewer;
  const pack = await ctx.em.transactional(async (em) => {
    const last = await em.findOne(
      ReportPack,
      { council, audience: request.audience, period: request.period, portfolioKey },
      { orderBy: { packVersion: 'desc' }, fields: ['packVersion'], disableIdentityMap: true },
    );
    const p = em.create(ReportPack, {
      council,
      audience: request.audience,
      period: request.period,
      portfolioId: request.audience === 'portfolio' ? (request.portfolioId ?? null) : null,
      portfolioKey,
      meetingDate: request.meetingDate ?? null,
      packVersion: (last?.packVersion ?? 0) + 1,
      contentSha256,
      fileName,
      issuedBy: viewer.kind === 'person' ? em.getReference('Person', viewer.personId) : null,
    } as never) as ReportPack;
    await em.flush();
    // The bytes go in beside the audited pack row (which names their hash), not through the audit trail.
    await em.getDriver().nativeInsertMany(
      ReportPackFile.name,
      files.map((f) => ({ pack: p.id, format: f.format, contentType: f.contentType, body: f.body, size: f.size, sha256: f.sha256 })),
      { ctx: em.getTransactionContext() },
    );
    return p;
  });
  await ctx.em.populate(pack, ['issuedBy']);
  return describe(pack, files, request.gssCode);
}

/** The council's issued packs, newest first, with who issued them. */
export async function listPacks(ctx: GqlContext, gss: string): Promise<IssuedPack[]> {
  const council = await ownCouncil(ctx, gss);
  const packs = await ctx.em.find(ReportPack, { council }, { orderBy: { issuedAt: 'desc', id: 'desc' }, populate: ['issuedBy'] });
  const files = packs.length
    ? await ctx.em.find(ReportPackFile, { pack: { $in: packs.map((p) => p.id) } }, { fields: ['pack', 'format', 'size', 'sha256'] })
    : [];
  return packs.map((p) =>
    describe(
      p,
      files.filter((f) => f.pack.id === p.id),
      gss,
    ),
  );
}

/** A stored file of an issued pack, byte for byte as it was issued. */
export async function packFile(
  ctx: GqlContext,
  gss: string,
  id: number,
  format: string,
): Promise<{ body: Buffer; contentType: string; fileName: string; sha256: string }> {
  const council = await ownCouncil(ctx, gss);
  const pack = await ctx.em.findOne(ReportPack, { id, council });
  const file = pack ? await ctx.em.findOne(ReportPackFile, { pack, format }, { populate: ['body'] }) : null;
  if (!pack || !file) throw new AppError('NOT_FOUND', `${council.name} has no issued report pack ${id} in ${format}.`);
  return {
    body: Buffer.from(file.body),
    contentType: format === 'json' ? JSON_TYPE : CONTENT_TYPES[format as keyof typeof CONTENT_TYPES],
    fileName: `${pack.fileName}-v${pack.packVersion}.${format}`,
    sha256: file.sha256,
  };
}
