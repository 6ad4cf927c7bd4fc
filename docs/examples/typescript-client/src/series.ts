/**
 * A council's series for one indicator, with types generated from the schema (`pnpm run build` runs
 * GraphQL Code Generator, then tsc). Reads GT_URL and GT_API_KEY; the council, framework, indicator and
 * periods from the command line: node dist/src/series.js E10000029 ASCOF 2A2 2018-19 2020-21
 */
import { graphql } from './gql/index.js';
import type { TypedDocumentString } from './gql/graphql.js';

const IndicatorQuery = graphql(`
  query ClientIndicator($framework: IndicatorFramework!, $code: String!) {
    indicator(framework: $framework, code: $code) {
      id
      title
      unit
      polarity
    }
  }
`);

const SeriesQuery = graphql(`
  query ClientSeries($gss: String!, $indicatorId: ID!, $from: String!, $to: String!) {
    indicatorSeries(gssCode: $gss, indicatorIds: [$indicatorId], from: $from, to: $to) {
      direction
      indicator {
        code
        unit
      }
      points {
        period
        value
        status
      }
    }
  }
`);

/** One GraphQL request with the partner's key: the typed data, or an Error naming each problem's code. */
export async function execute<TResult, TVariables>(
  query: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch(`${process.env.GT_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': process.env.GT_API_KEY ?? '' },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('\n'));
  if (!body.data) throw new Error(`No data (HTTP ${response.status}).`);
  return body.data;
}

const [gss = 'E10000029', framework = 'ASCOF', code = '2A2', from = '2018-19', to = '2020-21'] = process.argv.slice(2);
if (framework !== 'ASCOF' && framework !== 'OFLOG' && framework !== 'PAF' && framework !== 'LOCAL') {
  throw new Error(`framework must be ASCOF, OFLOG, PAF or LOCAL, not ${framework}`);
}
const { indicator } = await execute(IndicatorQuery, { framework, code });
if (!indicator) throw new Error(`No ${framework} indicator ${code}.`);
const { indicatorSeries } = await execute(SeriesQuery, { gss, indicatorId: indicator.id, from, to });
const series = indicatorSeries[0];
// Typed all the way: `points` is SeriesPoint[], `value` number | null (null: no published number).
const points = (series?.points ?? []).map((p) => ({ period: p.period, value: p.value, status: p.status ?? null }));
console.log(
  JSON.stringify({ council: gss, indicator: indicator.title, unit: indicator.unit, direction: series?.direction ?? null, points }),
);
