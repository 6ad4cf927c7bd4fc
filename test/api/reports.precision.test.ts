/**
 * Report packs write figures to their published precision (issue 18, item 5), read back from the PDF
 * (pdf-parse) and the Word document: the demo council's ASCOF 2A(2) admissions per 100,000 (published to
 * one decimal place, in the hundreds) read as Indicator.formatValue writes them (e.g. "548.2"); the
 * packs rounded figures of 100 or more to whole numbers ("548") and smaller ones to one place at most.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, DEMO_CASCADE_PERIOD, DEMO_COUNCIL_GSS, Person } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { docxText, pdfText } from './reports.files.js';

const PERIOD = DEMO_CASCADE_PERIOD;
const START = Number(PERIOD.slice(0, 4)) - 4;
/** The pack's national range: the four years before the period, and the period. */
const FROM = `${START}-${String((START + 1) % 100).padStart(2, '0')}`;
const SERIES = `query($ids: [ID!]!, $from: String!, $to: String!) {
  indicatorSeries(indicatorIds: $ids, from: $from, to: $to, gssCode: "${DEMO_COUNCIL_GSS}") { points { period value } } }`;
const FORMAT = `query($id: ID!, $v: Float) { indicator(id: $id) { precision { kind digits } formatValue(value: $v) } }`;

/** Whether the text has the figure as a token of its own (not part of a longer number). */
const hasToken = (text: string, token: string) => new RegExp(`(^|[^\\d.,])${token.replace(/[.]/g, '\\.')}($|[^\\d])`).test(text);

describe.each(dialects())('report pack figures to their published precision on %s', (dialect) => {
  let server: TestServer;
  let ceo: Client;
  let written: string[];

  beforeAll(async () => {
    server = await startTestServer(dialect, { publishedData: true });
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: DEMO_COUNCIL_GSS });
    const chief = await em.findOneOrFail(Person, { council: suffolk, jobTitle: 'Chief Executive' });
    ceo = await server.signIn(chief.email!);
    const id = (await ceo.gql(`{ indicator(framework: ASCOF, code: "2A2") { id } }`)).data.indicator.id;
    const series = await ceo.gql(SERIES, { ids: [id], from: FROM, to: PERIOD });
    expect(series.errors).toBeUndefined();
    const values = (series.data.indicatorSeries[0].points as { value: number | null }[]).flatMap((p) =>
      p.value === null ? [] : [p.value],
    );
    written = [];
    for (const v of values) {
      const f = await ceo.gql(FORMAT, { id, v });
      expect(f.data.indicator.precision).toEqual({ kind: 'DECIMAL_PLACES', digits: 1 });
      written.push(f.data.indicator.formatValue);
    }
    // The case the packs got wrong: a figure of 100 or more with a decimal that shows.
    expect(written.some((w) => /^\d{3},?\d*\.\d$/.test(w) && !w.endsWith('.0'))).toBe(true);
  });
  afterAll(async () => server?.close());

  it('writes the scrutiny pack’s 2A(2) figures as the measure publishes them, in the PDF and in Word', async () => {
    const get = async (format: string) => {
      const res = await fetch(`${server.url}/reports/scrutiny/${DEMO_COUNCIL_GSS}/${PERIOD}.${format}`, { headers: ceo.headers });
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    const pdf = await pdfText(await get('pdf'));
    const word = (await docxText(await get('docx'))).text;
    for (const w of written) {
      expect(hasToken(pdf, w), `PDF has ${w}`).toBe(true);
      expect(hasToken(word, w), `Word has ${w}`).toBe(true);
    }
  });
});
