// The partner questions of scripts/bench/partner.mjs: each as Golden Thread's GraphQL, PostGraphile
// 4's GraphQL over the same database, and the raw SQL of its floor; and how to read the names and
// values out of any of the three answers, so the benchmark can check they say the same.

/**
 * Page sizes: every directorate and top-level service of both councils (at most 4 and 10 a parent),
 * and the first 5 teams of each service (a partner's first page; the peer limits per parent in SQL too).
 * Within Golden Thread's cost limit for anonymous callers.
 */
const DIRECTORATES = 10;
const SERVICES = 20;
export const TEAMS_PER_SERVICE = 5;

/** Every value of `key` anywhere in an answer. */
function valuesOf(node, key, out = []) {
  if (Array.isArray(node)) for (const n of node) valuesOf(n, key, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key && (typeof v === 'string' || typeof v === 'number')) out.push(String(v));
      else valuesOf(v, key, out);
    }
  }
  return out;
}

/** Every object of an answer that has all these keys. */
function objectsWith(node, keys, out = []) {
  if (Array.isArray(node)) for (const n of node) objectsWith(n, keys, out);
  else if (node && typeof node === 'object') {
    if (keys.every((k) => k in node)) out.push(node);
    for (const v of Object.values(node)) objectsWith(v, keys, out);
  }
  return out;
}

const round = (v) => (v === null || v === undefined ? null : Number(Number(v).toPrecision(10)));

const ORG_GT = `query Org($gss: String!) { council(gssCode: $gss) { name
  directorates(first: ${DIRECTORATES}) { nodes { name director { name }
    services(first: ${SERVICES}) { nodes { name accountableOwner { name }
      children(first: ${TEAMS_PER_SERVICE}) { nodes { name accountableOwner { name } } } } } } } } }`;

const ORG_PEER = `query Org($gss: String!) { council: councilByGssCode(gssCode: $gss) { name
  directorates: directoratesByCouncilIdList(first: ${DIRECTORATES}, orderBy: [NAME_ASC, ID_ASC]) { name director: personByDirectorId { name
    }
    services: servicesByDirectorateIdList(first: ${SERVICES}, condition: { parentId: null }, orderBy: [NAME_ASC, ID_ASC]) {
      name accountableOwner: personByAccountableOwnerId { name }
      children: servicesByParentIdList(first: ${TEAMS_PER_SERVICE}, orderBy: [NAME_ASC, ID_ASC]) { name accountableOwner:
        personByAccountableOwnerId { name } } } } } }`;

/** The floor of the organisation question: one statement (limits per parent in SQL), nested in Node. */
async function orgFloor(sql, { gss }) {
  const rows = await sql(
    `with c as (select id, name from council where gss_code = $1),
     dirs as (select d.id, d.name, p.name as owner, row_number() over (order by d.name, d.id) as n
       from directorate d left join person p on p.id = d.director_id where d.council_id = (select id from c)),
     svcs as (select * from (select s.id, s.directorate_id, s.name, p.name as owner,
         row_number() over (partition by s.directorate_id order by s.name, s.id) as n
       from service s left join person p on p.id = s.accountable_owner_id
       where s.directorate_id in (select id from dirs where n <= ${DIRECTORATES}) and s.parent_id is null) x where n <= ${SERVICES}),
     teams as (select * from (select s.id, s.parent_id, s.name, p.name as owner,
         row_number() over (partition by s.parent_id order by s.name, s.id) as n
       from service s left join person p on p.id = s.accountable_owner_id where s.parent_id in (select id from svcs)) x
       where n <= ${TEAMS_PER_SERVICE})
     select 'c' as kind, id, null::int as parent, name, null::text as owner, 0::bigint as n from c
     union all select 'd', id, null, name, owner, n from dirs where n <= ${DIRECTORATES}
     union all select 's', id, directorate_id, name, owner, n from svcs
     union all select 't', id, parent_id, name, owner, n from teams
     order by kind, n`,
    [gss],
  );
  const named = (owner) => (owner === null ? null : { name: owner });
  const of = (kind, parent) => rows.filter((r) => r.kind === kind && (parent === undefined || r.parent === parent));
  return {
    council: {
      name: of('c')[0].name,
      directorates: of('d').map((d) => ({
        name: d.name,
        director: named(d.owner),
        services: of('s', d.id).map((s) => ({
          name: s.name,
          accountableOwner: named(s.owner),
          children: of('t', s.id).map((t) => ({ name: t.name, accountableOwner: named(t.owner) })),
        })),
      })),
    },
  };
}

/** One council's directorates, directors, services, owners and teams (also scripts/bench/scale-out.mjs). */
export const organisationQuestion = (label, gss) => ({
  name: `${label}: directorates, directors, services, owners, teams`,
  gt: () => ({ query: ORG_GT, variables: { gss } }),
  peer: () => ({ query: ORG_PEER, variables: { gss } }),
  floor: (sql) => orgFloor(sql, { gss }),
  facts: (data) => valuesOf(data, 'name').sort(),
});

/**
 * The questions. `ids` holds what each side needs: gss codes, and per side the indicator ids (Golden
 * Thread's global ids differ between its databases; PostGraphile and the floor use row ids).
 */
export function partnerQuestions({ suffolk, scale, measure, period, series }) {
  const org = organisationQuestion;
  const comparisonFacts = (data) =>
    objectsWith(data, ['gssCode', 'value'])
      .filter((o) => o.value !== null)
      .map((o) => `${o.gssCode}=${round(o.value)}`)
      .sort();
  const seriesFacts = (data) =>
    objectsWith(data, ['code', 'period', 'value'])
      .filter((o) => o.value !== null)
      .map((o) => `${o.code} ${o.period}=${round(o.value)}`)
      .sort();
  return [
    org(`Suffolk ${suffolk}`, suffolk),
    org(`scale council ${scale}`, scale),
    {
      name: `every council's ${measure.code} for ${period} (comparison)`,
      gt: (side) => ({
        query: `query Cmp($i: ID!, $p: String!) { comparison(indicatorId: $i, period: $p) { entries { council { gssCode name } value } } }`,
        variables: { i: side.measureId, p: period },
      }),
      peer: () => ({
        query: `query Cmp($i: Int!, $p: String!) { allMeasurementsList(condition: { indicatorId: $i, period: $p, disaggregation: "Total",
          status: "PUBLISHED" }) {
          value council: councilByCouncilId { gssCode name } } }`,
        variables: { i: measure.rowId, p: period },
      }),
      floor: async (sql) => ({
        entries: (
          await sql(
            `select c.gss_code, c.name, m.value from measurement m join council c on c.id = m.council_id
             where m.indicator_id = $1 and m.period = $2 and m.disaggregation = 'Total' and m.status = 'PUBLISHED' order by c.name`,
            [measure.rowId, period],
          )
        ).map((r) => ({ council: { gssCode: r.gss_code, name: r.name }, value: r.value })),
      }),
      facts: (data) => comparisonFacts(flattenCouncil(data)),
    },
    {
      name: '{ __typename }',
      gt: () => ({ query: '{ __typename }' }),
      peer: () => ({ query: '{ __typename }' }),
      floor: async () => ({ __typename: 'Query' }),
      facts: (data) => valuesOf(data, '__typename'),
    },
    {
      name: `Suffolk's ASCOF series ${series.from} to ${series.to} (${series.rowIds.length} measures)`,
      gt: (side) => ({
        query: `query Series($gss: String!, $ids: [ID!]!, $from: String!, $to: String!) {
          indicatorSeries(gssCode: $gss, indicatorIds: $ids, from: $from, to: $to) { indicator { code } points { period value } } }`,
        variables: { gss: suffolk, ids: side.seriesIds, from: series.from, to: series.to },
      }),
      // PostGraphile 4 filters by equality only: one alias a year.
      peer: () => ({
        query: `query Series($c: Int!) { allIndicatorsList(condition: { framework: "ASCOF" }, orderBy: [CODE_ASC]) { code id
          ${series.periods
            .map(
              (p, i) =>
                `y${i}: measurementsByIndicatorIdList(condition: { councilId: $c, period: "${p}", disaggregation: "Total", ` +
                `status: "PUBLISHED" }) { period value }`,
            )
            .join('\n')} } }`,
        variables: { c: series.councilRowId },
      }),
      floor: async (sql) => {
        const rows = await sql(
          `select i.code, m.period, m.value from measurement m join indicator i on i.id = m.indicator_id
           where m.council_id = $1 and m.indicator_id = any($2) and m.period >= $3 and m.period <= $4
             and m.disaggregation = 'Total' and m.status = 'PUBLISHED' order by i.code, m.period`,
          [series.councilRowId, series.rowIds, series.from, series.to],
        );
        const byCode = new Map();
        for (const r of rows) byCode.set(r.code, [...(byCode.get(r.code) ?? []), { period: r.period, value: r.value }]);
        return [...byCode].map(([code, points]) => ({ indicator: { code }, points }));
      },
      facts: (data) => seriesFacts(flattenSeries(data)),
    },
  ];
}

/** `{ council: { gssCode }, value }` -> `{ gssCode, value }`, whichever side answered. */
function flattenCouncil(data) {
  return objectsWith(data, ['council', 'value']).map((o) => ({ gssCode: o.council.gssCode, value: o.value }));
}

/** Points of either shape (Golden Thread's `indicator { code } points`, the peer's aliases a year) as `{ code, period, value }`. */
function flattenSeries(data) {
  const out = [];
  for (const s of objectsWith(data, ['indicator', 'points'])) for (const p of s.points) out.push({ code: s.indicator.code, ...p });
  for (const i of objectsWith(data, ['code', 'id'])) {
    for (const [k, v] of Object.entries(i)) if (/^y\d+$/.test(k)) for (const p of v) out.push({ code: i.code, ...p });
  }
  return out;
}
