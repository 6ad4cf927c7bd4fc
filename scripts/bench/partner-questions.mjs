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
  directorates: directoratesByCouncilIdList(first: ${DIRECTORATES}, orderBy: [NAME_ASC, ID_ASC]) { name director: personByDirectorId { name }
    services: servicesByDirectorateIdList(first: ${SERVICES}, condition: { parentId: null }, orderBy: [NAME_ASC, ID_ASC]) {
      name accountableOwner: personByAccountableOwnerId { name }
      children: servicesByParentIdList(first: ${TEAMS_PER_SERVICE}, orderBy: [NAME_ASC, ID_ASC]) { name accountableOwner: personByAccountableOwnerId { name } } } } } }`;

/** The floor of the organisation question: four statements (limits per parent in SQL), nested in Node. */
async function orgFloor(sql, { gss }) {
  const [council] = await sql('select id, name from council where gss_code = $1', [gss]);
  const directorates = await sql(
    `select d.id, d.name, p.name as director from directorate d left join person p on p.id = d.director_id
     where d.council_id = $1 order by d.name, d.id limit ${DIRECTORATES}`,
    [council.id],
  );
  const services = await sql(
    `select * from (select s.id, s.directorate_id, s.name, p.name as owner,
       row_number() over (partition by s.directorate_id order by s.name, s.id) as n
     from service s left join person p on p.id = s.accountable_owner_id
     where s.directorate_id = any($1) and s.parent_id is null) x where n <= ${SERVICES} order by name, id`,
    [directorates.map((d) => d.id)],
  );
  const teams = await sql(
    `select * from (select s.id, s.parent_id, s.name, p.name as owner,
       row_number() over (partition by s.parent_id order by s.name, s.id) as n
     from service s left join person p on p.id = s.accountable_owner_id where s.parent_id = any($1)) x
     where n <= ${TEAMS_PER_SERVICE} order by name, id`,
    [services.map((s) => s.id)],
  );
  const named = (owner) => (owner === null ? null : { name: owner });
  const under = (rows, key, id) => rows.filter((r) => r[key] === id);
  return {
    council: {
      name: council.name,
      directorates: directorates.map((d) => ({
        name: d.name,
        director: named(d.director),
        services: under(services, 'directorate_id', d.id).map((s) => ({
          name: s.name,
          accountableOwner: named(s.owner),
          children: under(teams, 'parent_id', s.id).map((t) => ({ name: t.name, accountableOwner: named(t.owner) })),
        })),
      })),
    },
  };
}

/**
 * The questions. `ids` holds what each side needs: gss codes, and per side the indicator ids (Golden
 * Thread's global ids differ between its databases; PostGraphile and the floor use row ids).
 */
export function partnerQuestions({ suffolk, scale, measure, period, series }) {
  const org = (label, gss) => ({
    name: `${label}: directorates, directors, services, owners, teams`,
    gt: () => ({ query: ORG_GT, variables: { gss } }),
    peer: () => ({ query: ORG_PEER, variables: { gss } }),
    floor: (sql) => orgFloor(sql, { gss }),
    facts: (data) => valuesOf(data, 'name').sort(),
  });
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
        query: `query Cmp($i: Int!, $p: String!) { allMeasurementsList(condition: { indicatorId: $i, period: $p, disaggregation: "Total", status: "PUBLISHED" }) {
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
          ${series.periods.map((p, i) => `y${i}: measurementsByIndicatorIdList(condition: { councilId: $c, period: "${p}", disaggregation: "Total", status: "PUBLISHED" }) { period value }`).join('\n')} } }`,
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
