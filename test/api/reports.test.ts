/**
 * Report packs over HTTP (issue 15): every audience and format for the demo council, read back
 * (PDF text with pdf-parse, the Word document's XML, the workbook with exceljs, the HTML), checked
 * against what the API answers the same viewer; the public pack as anonymous shows nothing
 * unpublished; refusals are coded JSON. GT_REPORTS_DUMP=<folder> keeps the files to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, DEMO_CASCADE_PERIOD, DEMO_COUNCIL_GSS, Person, PersonKind } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { pdfText, squash, textOf, workbook } from './reports.files.js';

const PERIOD = DEMO_CASCADE_PERIOD;
const FORMATS = ['html', 'pdf', 'docx', 'xlsx'] as const;
const AUDIENCES = ['executive', 'portfolio', 'scrutiny', 'public'] as const;
const TYPES = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const CASCADE = `query($c: ID!, $p: String!) { cascade(councilId: $c, period: $p) { includesUnpublished corporate { id name } } }`;
const EXCEPTIONS = `query($g: String!, $p: String!) { performanceExceptions(gssCode: $g, period: $p) { indicator { id title } } }`;
const PORTFOLIOS = `query($g: String!) { council(gssCode: $g) { id portfolios { id name coverage { priorities { id name level } } } } }`;
const TARGETS = `query($c: ID!) { targets(councilId: $c) { indicator { id } } }`;
const PRIORITY_TARGETS = `query($id: ID!) { node(id: $id) { ... on Priority {
  targets { indicatorId } children { targets { indicatorId } children { targets { indicatorId } } } } } }`;
type Part = 'questions' | 'barriers' | 'habits';
type Answer = { title: string; score: number | null; maxScore: number };
const DRAFTS = `query($c: ID!, $p: String!) { council(id: $c) { priorities(period: $p) { name status } } }`;

describe.each(dialects())('report packs on %s', (dialect) => {
  let server: TestServer;
  let ceo: Client;
  let councilId: string;
  let outsider: Client;
  let partnerKey: string;
  const dump = process.env.GT_REPORTS_DUMP;

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}${url}`, { headers });
    return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    server = await startTestServer(dialect, { publishedData: true });
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: DEMO_COUNCIL_GSS });
    councilId = Buffer.from(`Council:${suffolk.id}`).toString('base64url');
    const chief = await em.findOneOrFail(Person, { council: suffolk, jobTitle: 'Chief Executive' });
    ceo = await server.signIn(chief.email!);
    const other = await em.findOneOrFail(Council, { gssCode: 'E10000015' });
    const stranger = em.create(Person, {
      council: other,
      name: 'Other Councillor',
      email: 'other.councillor@e10000015.gov.example',
      kind: PersonKind.COUNCILLOR,
    });
    await em.flush();
    outsider = await server.signIn(stranger.email!);
    const admin = await server.adminOf(DEMO_COUNCIL_GSS);
    const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId, name: 'Reports tests' },
    });
    partnerKey = key.data.createApiKey.secret;
    if (dump) fs.mkdirSync(dump, { recursive: true });
  });
  afterAll(async () => server?.close());

  it.each(AUDIENCES)(
    'the %s pack in every format names the council, the period, every corporate priority and every exception',
    async (audience) => {
      const viewer = audience === 'public' ? null : ceo;
      const ask = viewer ? viewer.gql.bind(viewer) : server.gql;
      let priorities = (
        (await ask(CASCADE, { c: councilId, p: PERIOD })).data.cascade.corporate as Array<{ id: string; name: string }>
      ).map((p) => p.name);
      // The year's exceptions, and the latest month's of the year that this viewer sees a figure for.
      const ids = [
        ...new Set(
          ((await ask(TARGETS, { c: councilId })).data.targets as Array<{ indicator: { id: string } }>).map((t) => t.indicator.id),
        ),
      ];
      const monthly = await ask(
        `query($g: String!, $ids: [ID!]!) {
          indicatorSeries(gssCode: $g, indicatorIds: $ids, from: "2024-04", to: "2025-03") { points { period value } } }`,
        { g: DEMO_COUNCIL_GSS, ids },
      );
      const months = (monthly.data.indicatorSeries as Array<{ points: Array<{ period: string; value: number | null }> }>).flatMap((s) =>
        s.points.filter((p) => p.value !== null).map((p) => p.period),
      );
      const latestMonth = months.sort().at(-1)!;
      let exceptions: Array<{ id: string; title: string }> = [];
      for (const p of [PERIOD, latestMonth]) {
        exceptions.push(
          ...(
            (await ask(EXCEPTIONS, { g: DEMO_COUNCIL_GSS, p })).data.performanceExceptions as Array<{
              indicator: { id: string; title: string };
            }>
          ).map((e) => e.indicator),
        );
      }
      let query = '';
      if (audience === 'portfolio') {
        // The portfolio that covers the most priorities; its pack names the corporate ones it covers.
        const portfolios = (await ceo.gql(PORTFOLIOS, { g: DEMO_COUNCIL_GSS })).data.council.portfolios as Array<{
          id: string;
          name: string;
          coverage: { priorities: Array<{ id: string; name: string; level: string }> };
        }>;
        const portfolio = [...portfolios].sort((a, b) => b.coverage.priorities.length - a.coverage.priorities.length)[0]!;
        query = `?portfolio=${encodeURIComponent(portfolio.id)}`;
        const covered = portfolio.coverage.priorities.filter((p) => p.level === 'CORPORATE');
        expect(covered.length).toBeGreaterThan(0);
        priorities = covered.map((p) => p.name);
        const indicatorIds = new Set<string>();
        for (const p of covered) {
          const node = (await ceo.gql(PRIORITY_TARGETS, { id: p.id })).data.node;
          const walk = (n: any) => {
            for (const t of n.targets) indicatorIds.add(t.indicatorId);
            for (const c of n.children ?? []) walk(c);
          };
          walk(node);
        }
        exceptions = exceptions.filter((e) => indicatorIds.has(e.id));
      }
      expect(priorities.length).toBeGreaterThan(0);
      if (audience !== 'portfolio') expect(exceptions.length).toBeGreaterThan(0);
      for (const format of FORMATS) {
        const res = await get(`/reports/${audience}/${DEMO_COUNCIL_GSS}/${PERIOD}.${format}${query}`, viewer?.headers ?? {});
        expect(res.status, `${audience}.${format}: ${res.body.toString('utf8', 0, 300)}`).toBe(200);
        expect(res.headers.get('content-type')).toBe(TYPES[format]);
        expect(res.headers.get('content-disposition')).toMatch(
          new RegExp(`^${format === 'html' ? 'inline' : 'attachment'}; filename="suffolk-${audience}-.*${PERIOD}\\.${format}"$`),
        );
        expect(res.headers.get('cache-control')).toBe('private, no-store');
        if (dump) fs.writeFileSync(path.join(dump, `${dialect}-${audience}.${format}`), res.body);
        const text = await textOf(format, res.body);
        expect(text, `${audience}.${format}`).toContain('Suffolk');
        expect(text).toContain(PERIOD);
        for (const name of priorities) expect(text, `${audience}.${format} names the priority "${name}"`).toContain(squash(name));
        for (const e of exceptions) expect(text, `${audience}.${format} names the exception "${e.title}"`).toContain(squash(e.title));
        expect(text).toContain('Open Government Licence v3.0');
      }
    },
    300_000,
  );

  it('the executive pack carries the health check scores and the scrutiny pack the commentary, in every format', async () => {
    const hc = (
      await ceo.gql(
        `query($c: ID!, $p: String!) { leadershipHealthCheck(councilId: $c, period: $p) {
          questions { title score maxScore } barriers { title score maxScore } habits { title score maxScore } } }`,
        { c: councilId, p: PERIOD },
      )
    ).data.leadershipHealthCheck as Record<Part, Answer[]>;
    const sum = (list: Answer[]) => {
      const answered = list.filter((a) => a.score !== null);
      return [answered.reduce((n, a) => n + a.score!, 0), answered.reduce((n, a) => n + a.maxScore, 0)];
    };
    const all = [...hc.questions, ...hc.barriers, ...hc.habits];
    expect(all.filter((a) => a.score !== null).length).toBeGreaterThan(5);
    const rows = [
      ['The seven questions', ...sum(hc.questions)],
      ['The eight habits', ...sum(hc.habits)],
      ['All parts', ...sum(all)],
    ];
    // The live commentaries of the year's periods, as the council's people and as anyone else see them.
    const COMMENTARIES = `query($c: ID!) { commentaries(councilId: $c, first: 500) { nodes { period whatHappened } } }`;
    const ofYear = (nodes: Array<{ period: string; whatHappened: string }>) =>
      nodes.filter((c) => c.period === PERIOD || /^(2024-(0[4-9]|1[0-2])|2025-0[1-3])$/.test(c.period)).map((c) => c.whatHappened);
    const staffCommentary = ofYear((await ceo.gql(COMMENTARIES, { c: councilId })).data.commentaries.nodes);
    const publicCommentary = ofYear((await server.gql(COMMENTARIES, { c: councilId })).data.commentaries.nodes);
    expect(staffCommentary.length).toBeGreaterThan(publicCommentary.length);
    const unpublishedCommentary = staffCommentary.filter((c) => !publicCommentary.includes(c));
    for (const format of FORMATS) {
      const executive = await get(`/reports/executive/${DEMO_COUNCIL_GSS}/${PERIOD}.${format}`, ceo.headers);
      const scrutiny = await get(`/reports/scrutiny/${DEMO_COUNCIL_GSS}/${PERIOD}.${format}`, ceo.headers);
      const pub = await get(`/reports/public/${DEMO_COUNCIL_GSS}/${PERIOD}.${format}`);
      const [exec, scrut, open] = await Promise.all([executive, scrutiny, pub].map((r) => textOf(format, r.body)));
      if (format === 'xlsx') {
        const { numbers } = await workbook(executive.body);
        for (const [label, score, max] of rows) {
          expect(exec, format).toContain(label);
          expect(numbers).toEqual(expect.arrayContaining([score, max]));
        }
      } else {
        for (const [label, score, max] of rows) expect(exec, `${format}: ${label}`).toContain(`${label} ${score} ${max}`);
      }
      for (const a of all) expect(exec, `${format}: ${a.title}`).toContain(squash(a.title));
      expect(squash(open), format).not.toMatch(/health check/i);
      for (const c of staffCommentary) expect(scrut, `${format}: ${c.slice(0, 40)}`).toContain(squash(c));
      for (const c of publicCommentary) expect(open, `${format}: ${c.slice(0, 40)}`).toContain(squash(c));
      for (const c of unpublishedCommentary) expect(open, `${format}: ${c.slice(0, 40)}`).not.toContain(squash(c));
    }
  }, 300_000);

  it('the Word pack has real headings, repeating table headers, the running header, page numbers and contents with pages', async () => {
    const res = await get(`/reports/scrutiny/${DEMO_COUNCIL_GSS}/${PERIOD}.docx`, ceo.headers);
    const zip = await JSZip.loadAsync(res.body);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThan(5);
    expect(Object.keys(zip.files).some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/(header|footer)\d+\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(headers.join('')).toContain(`Suffolk \u2013 Scrutiny performance report \u2013 ${PERIOD}`);
    expect(headers.join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);
    // The contents: Word's table of contents of the Heading 1 sections, each entry linked to a bookmark on its heading, in
    // order; Word is asked to update the fields (the page numbers) when it opens the file.
    expect(xml).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;</w:instrText>');
    const toc = xml.slice(xml.indexOf('TOC \\h'), xml.indexOf('<w:fldChar w:fldCharType="end"/>', xml.lastIndexOf('PAGEREF _Toc')));
    const ENTRY = /<w:t xml:space="preserve">([^<]+)<\/w:t>[\s\S]*?PAGEREF (_Toc\d+) \\h/g;
    const entries = [...toc.matchAll(ENTRY)].map((m) => ({ title: m[1]!, bookmark: m[2]! }));
    const HEADING = /<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:bookmarkStart w:name="(_Toc\d+)"[\s\S]*?<w:t[^>]*>([^<]+)<\/w:t>/g;
    const headings = [...xml.matchAll(HEADING)];
    expect(entries.map((e) => e.title)).toEqual(headings.map((h) => h[2]));
    expect(entries.map((e) => e.bookmark)).toEqual(headings.map((h) => h[1]));
    expect(entries.length).toBeGreaterThan(8);
    expect(entries[0]!.title).toBe('1. Summary');
    expect(entries.at(-1)!.title).toBe('Appendix A. Definitions and data sources');
    expect(await zip.file('word/settings.xml')!.async('string')).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  });

  it('the workbook has a sheet per section and every figure: the indicator figures in the import template columns', async () => {
    const res = await get(`/reports/scrutiny/${DEMO_COUNCIL_GSS}/${PERIOD}.xlsx`, ceo.headers);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as never);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Cover');
    expect(names).toEqual(
      expect.arrayContaining([
        '1 Summary',
        '2 Progress against targets',
        '3 Indicators comparative trends',
        'A Definitions and data sources',
        'Indicator figures',
      ]),
    );
    const figures = wb.getWorksheet('Indicator figures')!;
    expect((figures.getRow(1).values as unknown[]).slice(1, 5)).toEqual(['gss_code', 'indicator_code', 'period', 'value']);
    // Every number the API gives for the council's indicators is on the sheet, as a number.
    const ids = [
      ...new Set(
        ((await ceo.gql(TARGETS, { c: councilId })).data.targets as Array<{ indicator: { id: string } }>).map((t) => t.indicator.id),
      ),
    ];
    const series = await ceo.gql(
      `query($g: String!, $ids: [ID!]!) { indicatorSeries(gssCode: $g, indicatorIds: $ids, from: "2020-21", to: "${PERIOD}") {
        indicator { code displayCode } points { period value } } }`,
      { g: DEMO_COUNCIL_GSS, ids },
    );
    const rows = new Map<string, unknown>();
    figures.eachRow((row, n) => {
      if (n > 1) rows.set(`${row.getCell(2).value}|${row.getCell(3).value}`, row.getCell(4).value);
    });
    let checked = 0;
    for (const s of series.data.indicatorSeries) {
      for (const p of s.points) {
        if (p.value === null) continue;
        expect(rows.get(`${s.indicator.displayCode ?? s.indicator.code}|${p.period}`), `${s.indicator.code} ${p.period}`).toBe(p.value);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // The complaint figures of the year, as numbers.
    const stats = await ceo.gql(
      `query($c: ID!) { complaintStatistics(councilId: $c, from: "2024-04-01", to: "2025-03-31") { total { received closed } } }`,
      { c: councilId },
    );
    const { numbers } = await workbook(res.body);
    expect(numbers).toContain(stats.data.complaintStatistics.total.received);
    expect(numbers).toContain(stats.data.complaintStatistics.total.closed);
  });

  it('the public pack shows nothing unpublished, whoever asks for it', async () => {
    const drafts = (
      (await ceo.gql(DRAFTS, { c: councilId, p: PERIOD })).data.council.priorities as Array<{ name: string; status: string }>
    ).filter((p) => p.status !== 'COMMUNICATED');
    expect(drafts.length).toBeGreaterThan(0);
    const unpublished = await ceo.gql(
      `query($c: ID!) { d: measurements(councilId: $c, status: DRAFT, first: 500) { nodes { period } }
      v: measurements(councilId: $c, status: VALIDATED, first: 500) { nodes { period } } }`,
      { c: councilId },
    );
    const unpublishedPeriods = [
      ...new Set([...unpublished.data.d.nodes, ...unpublished.data.v.nodes].map((m: { period: string }) => m.period)),
    ];
    expect(unpublishedPeriods.length).toBeGreaterThan(0);
    for (const headers of [{}, ceo.headers]) {
      const html = (await get(`/reports/public/${DEMO_COUNCIL_GSS}/${PERIOD}.html`, headers)).body.toString('utf8');
      for (const d of drafts) expect(html).not.toContain(d.name);
      expect(html.toLowerCase()).not.toContain('not for publication');
      expect(html).toContain('Public');
      // No figure of a period whose measurements are not all published.
      const text = await textOf('html', Buffer.from(html));
      for (const p of unpublishedPeriods) expect(text, p).not.toContain(` ${p} `);
      const pdf = await pdfText((await get(`/reports/public/${DEMO_COUNCIL_GSS}/${PERIOD}.pdf`, headers)).body);
      for (const d of drafts) expect(pdf).not.toContain(squash(d.name));
      for (const p of unpublishedPeriods) expect(pdf, p).not.toContain(` ${p} `);
    }
    // The staff pack does carry the drafts, and says it is not for publication.
    const staff = (await get(`/reports/scrutiny/${DEMO_COUNCIL_GSS}/${PERIOD}.html`, ceo.headers)).body.toString('utf8');
    expect(staff).toContain('Not for publication');
    const staffText = await textOf('html', Buffer.from(staff));
    expect(unpublishedPeriods.some((p) => staffText.includes(` ${p} `))).toBe(true);
  });

  it('refuses with coded JSON: signed out 401, others 403, unknown council or period 404, bad audience, format or period 400', async () => {
    const expectError = async (url: string, headers: Record<string, string>, status: number, code: string) => {
      const res = await get(url, headers);
      expect(res.status, url).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/json');
      const body = JSON.parse(res.body.toString('utf8'));
      expect(body.errors[0].extensions.code, url).toBe(code);
      expect(body.errors[0].message.length).toBeGreaterThan(10);
    };
    const at = (audience: string, file = `${PERIOD}.pdf`, gss = DEMO_COUNCIL_GSS) => `/reports/${audience}/${gss}/${file}`;
    for (const audience of ['executive', 'scrutiny', 'portfolio']) {
      await expectError(at(audience), {}, 401, 'UNAUTHENTICATED');
      await expectError(at(audience), outsider.headers, 403, 'FORBIDDEN');
      await expectError(at(audience), { 'x-api-key': partnerKey }, 403, 'FORBIDDEN');
    }
    await expectError(at('executive'), { authorization: 'Bearer not-a-token' }, 401, 'UNAUTHENTICATED');
    await expectError(at('public', `${PERIOD}.pdf`, 'E99999999'), {}, 404, 'NOT_FOUND');
    await expectError(at('executive', `${PERIOD}.pdf`, 'E99999999'), ceo.headers, 404, 'NOT_FOUND');
    await expectError(at('public', '1990-91.pdf'), {}, 404, 'NOT_FOUND');
    await expectError(at('public', '2024-27.pdf'), {}, 404, 'NOT_FOUND');
    await expectError(at('cabinet'), ceo.headers, 400, 'BAD_USER_INPUT');
    await expectError(at('public', `${PERIOD}.odt`), {}, 400, 'BAD_USER_INPUT');
    await expectError(at('public', `${PERIOD}`), {}, 400, 'BAD_USER_INPUT');
    await expectError(at('public', '2024.pdf'), {}, 400, 'BAD_USER_INPUT');
    await expectError(at('portfolio'), ceo.headers, 400, 'BAD_USER_INPUT');
    await expectError(`${at('portfolio')}?portfolio=nope`, ceo.headers, 404, 'NOT_FOUND');
    await expectError(`${at('public')}?meeting=tomorrow`, {}, 400, 'BAD_USER_INPUT');
  });
});
