import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { decode, gid, LANCASHIRE, Oracle, PERIOD, SUFFOLK, type Viewer, type ViewerName } from './access.visibility-oracle.js';

/**
 * The schema walk of README "What each viewer sees": for each kind of viewer, every object type is
 * reached by every path the schema offers (every root field, `node`/`nodes` on every record of the
 * demo data, every field of every object reached, lists and connections), with queries generated
 * from the schema itself, so a new type or field is walked without changing this test. Every object
 * and every global id that comes back is checked against the README's table, worked out here from
 * the database (an oracle independent of the API's rules), and so is every string, for the names of people the
 * viewer may not see.
 */

const PERSON_COUNCIL_ONLY = ['email', 'leftOn', 'hasDualAccountability', 'lineManager', 'functionalManager'];

describe.each(dialects())('what each viewer sees, walking the whole schema, on %s', (dialect) => {
  let server: TestServer;
  let schema: GraphQLSchema;
  let oracle: Oracle;
  let viewers: Viewer[];
  let suffolkId: number;
  let lancashireId: number;
  const samples = new Map<string, number[]>();

  beforeAll(async () => {
    server = await startTestServer(dialect, { organisations: [{ gssCode: LANCASHIRE, people: 80, services: 10 }] });
    schema = server.api.schema;
    const sql = async (q: string) => (await server.em().getConnection().execute(q)) as Array<Record<string, unknown>>;
    suffolkId = Number((await sql(`select id from council where gss_code = '${SUFFOLK}'`))[0]!.id);
    lancashireId = Number((await sql(`select id from council where gss_code = '${LANCASHIRE}'`))[0]!.id);
    const admin = await server.adminOf(SUFFOLK);
    const lancsAdmin = await server.adminOf(LANCASHIRE);
    const staff: Client = await server.memberOf(SUFFOLK);
    const key = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId: gid('Council', suffolkId), name: 'Walker' },
    });
    // Some audit events and a delegation event of Suffolk's, so those types have instances.
    await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId: gid('Council', suffolkId), name: 'Second' },
    });
    viewers = [
      { name: 'anonymous', headers: {}, memberOf: null, adminOf: null },
      { name: 'partner', headers: { 'x-api-key': key.data.createApiKey.secret }, memberOf: null, adminOf: null },
      { name: "another council's administrator", headers: lancsAdmin.headers, memberOf: lancashireId, adminOf: lancashireId },
      { name: 'a member of staff (no admin)', headers: staff.headers, memberOf: suffolkId, adminOf: null },
    ];
    oracle = new Oracle(server);
    await oracle.load();
    // Every record of Suffolk and Lancashire (and a few other councils), by type.
    const tables: Record<string, string> = {
      Council: `select id from council where id in (${suffolkId}, ${lancashireId}) or id in (select id from council order by id limit 5)`,
      Directorate: 'select id from directorate',
      Service: 'select id from service',
      Person: 'select id from person',
      CouncillorRole: 'select id from councillor_role',
      Priority: 'select id from priority',
      Objective: 'select id from objective',
      Milestone: 'select id from milestone',
      AppraisalObjective: 'select id from appraisal_objective',
      Consultation: 'select id from consultation',
      Communication: 'select id from communication',
      Indicator: `select id from indicator where council_id is not null or id in (select id from indicator order by id limit 10)`,
      Measurement: 'select id from measurement',
      Commentary: 'select id from commentary',
      Target: 'select id from target',
      IndicatorOwnership: 'select id from indicator_ownership',
      ComparatorGroup: 'select id from comparator_group',
      DecisionBody: 'select id from decision_body',
      DecisionPower: 'select id from decision_power',
      Delegation: 'select id from delegation',
      DelegationEvent: 'select id from delegation_event',
      Portfolio: 'select id from portfolio',
      StaffRole: 'select id from staff_role',
      WardEnquiry: 'select id from ward_enquiry',
      PartnerBody: 'select id from partner_body',
      HealthInterface: 'select id from health_interface',
      ScrutinyTopic: 'select id from scrutiny_topic',
      ScrutinyMeeting: 'select id from scrutiny_meeting',
      ScrutinyMeetingItem: 'select id from scrutiny_meeting_item',
      ScrutinyRecommendation: 'select id from scrutiny_recommendation',
      BestValueReview: 'select id from best_value_review',
      BestValueFinding: 'select id from best_value_finding',
      BestValueOption: 'select id from best_value_option',
      BestValueRecommendation: 'select id from best_value_recommendation',
      ComplaintTheme: 'select id from complaint_theme',
      Complaint: 'select id from complaint',
      Risk: 'select id from risk',
      RiskAssessment: 'select id from risk_assessment',
      Action: 'select id from action',
      ActionUpdate: 'select id from action_update',
    };
    // Types that are records (Node types, fetched by node(id:)) with instances in the demo data.
    const isNodeType = (type: string) => {
      const t = schema.getType(type);
      return isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node');
    };
    for (const [type, q] of Object.entries(tables)) {
      if (!isNodeType(type)) continue;
      const ids = (await sql(q)).map((r) => Number(r.id));
      if (ids.length) samples.set(type, ids);
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  // ---------------------------------------------------------------------------- queries from the schema

  const reached = new Set<string>();

  function literal(type: GraphQLInputType, name: string, parent: string, field: string): string | undefined {
    const named = getNamedType(type);
    const list = isListType(isNonNullType(type) ? type.ofType : type);
    const wrapList = (v: string | undefined) => (v !== undefined && list ? `[${v}]` : v);
    if (named.name === 'ID') {
      const refType: Record<string, string> = {
        councilId: 'Council',
        personId: 'Person',
        serviceId: 'Service',
        priorityId: 'Priority',
        indicatorId: 'Indicator',
        indicatorIds: 'Indicator',
        objectiveId: 'Objective',
      };
      const t = refType[name];
      if (t === 'Council') return wrapList(JSON.stringify(gid('Council', suffolkId)));
      if (t) return wrapList(JSON.stringify(gid(t, samples.get(t)![0]!)));
      return undefined;
    }
    if (named.name === 'String') {
      if (name === 'period') return JSON.stringify(field === 'lateData' ? '2024-04' : PERIOD);
      if (name === 'gssCode') return JSON.stringify(SUFFOLK);
      if (name === 'from') return JSON.stringify(field === 'lateData' ? '2024-04' : '2023-24');
      if (name === 'to') return JSON.stringify(field === 'lateData' ? '2025-03' : PERIOD);
      return undefined;
    }
    if (named.name === 'Int') return name === 'first' ? '20' : name === 'graceDays' ? '30' : '1';
    if (named.name === 'Boolean') return 'true';
    if (named.name === 'DateTimeISO') return JSON.stringify('2000-01-01T00:00:00Z'); // e.g. measurementChanges(since:)
    if (isEnumType(named)) return named.getValues()[0]!.name;
    if (isInputObjectType(named)) return undefined;
    void parent;
    return undefined;
  }

  /** The arguments to send: every required one, plus first/councilId/id where the field takes them. */
  function argsOf(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, idArg?: string): string | null {
    const parts: string[] = [];
    for (const a of field.args as readonly GraphQLArgument[]) {
      const required = isNonNullType(a.type) && a.defaultValue === undefined;
      if (a.name === 'id' && idArg) {
        parts.push(`id: ${JSON.stringify(idArg)}`);
        continue;
      }
      if (!required && !['first', 'councilId', 'period', 'includeRevoked'].includes(a.name)) continue;
      if (a.name === 'councilId' && !required && parent === schema.getQueryType() && field.args.some((b) => b.name === 'gssCode')) continue;
      const v = literal(a.type, a.name, parent.name, field.name);
      if (v === undefined) {
        if (required) return null; // cannot be called generically (an input object): skipped
        continue;
      }
      parts.push(`${a.name}: ${v}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  const isConnection = (t: GraphQLNamedType): boolean => isObjectType(t) && t.name.endsWith('Connection') && 'pageInfo' in t.getFields();
  const nodeOf = (t: GraphQLNamedType): GraphQLObjectType =>
    getNamedType((t as GraphQLObjectType).getFields().nodes!.type) as GraphQLObjectType;

  /** Every field of the type, composite ones `depth` levels down (then only their typename and id). */
  function selection(type: GraphQLNamedType, depth: number): string {
    if (isConnection(type)) return `totalCount nodes { ${selection(nodeOf(type), depth)} }`;
    if (isAbstractType(type)) {
      reached.add(type.name);
      return `__typename id ${
        depth > 0
          ? schema
              .getPossibleTypes(type)
              .map((t) => `... on ${t.name} { ${selection(t, depth - 1)} }`)
              .join(' ')
          : ''
      }`;
    }
    if (!isObjectType(type)) return '';
    reached.add(type.name);
    const parts = ['__typename'];
    for (const field of Object.values(type.getFields())) {
      const args = argsOf(type, field);
      if (args === null) continue;
      const named = getNamedType(field.type);
      if (!isLeafType(named)) reached.add(isConnection(named) ? nodeOf(named).name : named.name);
      if (isLeafType(named)) parts.push(`${field.name}${args}`);
      else if (depth > 0) parts.push(`${field.name}${args} { ${selection(named, depth - 1)} }`);
      else if (isConnection(named))
        parts.push(`${field.name}${args} { totalCount nodes { __typename ${'id' in nodeOf(named).getFields() ? 'id' : ''} } }`);
      else if (isAbstractType(named) || (isObjectType(named) && 'id' in named.getFields()))
        parts.push(`${field.name}${args} { __typename id }`);
      else parts.push(`${field.name}${args} { __typename }`);
    }
    return parts.join(' ');
  }

  // ------------------------------------------------------------------------------------ the checks

  /** Everything in a response the viewer may not see: objects, global ids and council-only fields. */
  function leaks(viewer: Viewer, data: unknown, where: string): string[] {
    const found: string[] = [];
    const hiddenNames = oracle.hiddenNames(viewer);
    const visit = (value: unknown, path: string, typename: string | null, key: string | null) => {
      if (Array.isArray(value)) {
        value.forEach((v, i) => {
          visit(v, `${path}[${i}]`, typename, key);
        });
        return;
      }
      if (typeof value === 'string' && key !== 'cursor' && key !== 'startCursor' && key !== 'endCursor') {
        const name = hiddenNames?.exec(value);
        if (name) found.push(`${where} ${path}: the name of a person the viewer may not see ("${name[0]}")`);
        const ref = decode(value);
        if (ref) {
          const why = oracle.refusal(viewer, ref.type, ref.id);
          if (why) found.push(`${where} ${path}: the id of ${why} (${ref.type} ${ref.id})`);
        }
        return;
      }
      if (!value || typeof value !== 'object') return;
      const obj = value as Record<string, unknown>;
      const t = typeof obj.__typename === 'string' ? obj.__typename : null;
      if (t === 'Person' && typeof obj.id === 'string') {
        const ref = decode(obj.id)!;
        const council = oracle.councilOf('Person', ref.id);
        if (viewer.memberOf !== council) {
          for (const f of PERSON_COUNCIL_ONLY)
            if (obj[f] !== undefined && obj[f] !== null)
              found.push(`${where} ${path}.${f}: a council-only field of a person of another council`);
          const reports = obj.directReports as { totalCount?: number } | undefined;
          if (reports?.totalCount) found.push(`${where} ${path}.directReports: line management outside the council`);
        }
      }
      if (t === 'Commentary' && typeof obj.id === 'string' && Array.isArray(obj.revisions) && obj.revisions.length) {
        const council = oracle.councilOf('Commentary', decode(obj.id)!.id);
        if (viewer.memberOf !== council) found.push(`${where} ${path}.revisions: a commentary's revisions outside the council`);
      }
      if (t === 'Measurement' && typeof obj.id === 'string' && Array.isArray(obj.history) && obj.history.length) {
        const council = oracle.councilOf('Measurement', decode(obj.id)!.id);
        if (viewer.memberOf !== council) found.push(`${where} ${path}.history: a measurement's versions outside the council`);
      }
      for (const [k, v] of Object.entries(obj)) visit(v, `${path}.${k}`, t, k);
    };
    visit(data, '', null, null);
    return found;
  }

  async function ask(viewer: Viewer, query: string): Promise<{ data: unknown; errors: Array<{ extensions?: Record<string, unknown> }> }> {
    const res = await server.gql(query, {}, viewer.headers);
    const errors = res.errors ?? [];
    for (const e of errors) {
      // Refusals and bad samples are fine; an internal error or a rule the walk breaks is not.
      expect(e.extensions?.code, `${viewer.name}: ${query.slice(0, 200)}... -> ${JSON.stringify(e)}`).not.toBe('INTERNAL_SERVER_ERROR');
    }
    return { data: res.data, errors };
  }

  /** Sends the node query for the ids in chunks, halving a chunk the cost limit refuses. */
  async function walkNodes(viewer: Viewer, type: string, ids: number[], depth: number, out: string[]): Promise<void> {
    const sel = selection(schema.getType(type)!, depth);
    const queue: number[][] = [];
    for (let i = 0; i < ids.length; i += 20) queue.push(ids.slice(i, i + 20));
    while (queue.length) {
      const chunk = queue.shift()!;
      const q = `{ nodes(ids: ${JSON.stringify(chunk.map((id) => gid(type, id)))}) { __typename id ... on ${type} { ${sel} } } }`;
      const res = await ask(viewer, q);
      if (res.errors.some((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX') && chunk.length > 1) {
        queue.unshift(chunk.slice(0, chunk.length / 2), chunk.slice(chunk.length / 2));
        continue;
      }
      expect(
        res.errors.filter((e) => e.extensions?.code === 'QUERY_TOO_COMPLEX'),
        `${type} by node is too costly to walk`,
      ).toEqual([]);
      out.push(...leaks(viewer, res.data, `nodes(${type})`));
    }
  }

  for (const viewerName of ['anonymous', 'partner', "another council's administrator", 'a member of staff (no admin)'] as ViewerName[]) {
    it(`${viewerName}: node and nodes return exactly what the README's table allows`, async () => {
      const viewer = viewers.find((v) => v.name === viewerName)!;
      const mismatches: string[] = [];
      for (const [type, ids] of samples) {
        for (let i = 0; i < ids.length; i += 500) {
          const chunk = ids.slice(i, i + 500);
          const res = await ask(viewer, `{ nodes(ids: ${JSON.stringify(chunk.map((id) => gid(type, id)))}) { __typename id } }`);
          expect(res.errors).toEqual([]);
          (res.data as { nodes: Array<{ id: string } | null> }).nodes.forEach((n, j) => {
            const why = oracle.refusal(viewer, type, chunk[j]!);
            if (why && n) mismatches.push(`node(${type} ${chunk[j]}) returned ${why}`);
            if (!why && !n) mismatches.push(`node(${type} ${chunk[j]}) is null though it is visible`);
          });
        }
      }
      expect(mismatches).toEqual([]);
    });

    it(`${viewerName}: every field of every record, and every root field, shows nothing the README's table hides`, async () => {
      const viewer = viewers.find((v) => v.name === viewerName)!;
      const found: string[] = [];
      // Every field of every record the viewer may see (what it may not see was checked above).
      for (const [type, ids] of samples) {
        const visible = ids.filter((id) => !oracle.refusal(viewer, type, id));
        await walkNodes(viewer, type, visible.slice(0, type === 'Council' ? 7 : 40), 1, found);
      }
      // Every root field, with ids of records both visible and hidden where it takes one.
      const query = schema.getQueryType()!;
      for (const field of Object.values(query.getFields())) {
        if (field.name === 'node' || field.name === 'nodes') continue;
        const named = getNamedType(field.type);
        const flat = typeof (field.extensions as { flatCost?: unknown }).flatCost === 'number';
        const depth = flat ? 6 : 2;
        const idTargets =
          field.args.some((a) => a.name === 'id') && isObjectType(named) && samples.has(named.name)
            ? samples.get(named.name)!.map((id) => gid(named.name, id))
            : [undefined];
        for (const idArg of idTargets.slice(0, 12)) {
          const args = argsOf(query, field, idArg);
          if (args === null) continue;
          const sel = isLeafType(named) ? '' : `{ ${selection(named, depth)} }`;
          const res = await ask(viewer, `{ ${field.name}${args} ${sel} }`);
          found.push(...leaks(viewer, res.data, field.name));
        }
      }
      expect(found).toEqual([]);
    }, 300_000);
  }

  it('reaches every object type of the schema (a new type is walked without changing this test)', () => {
    const types = Object.values(schema.getTypeMap()).filter(
      (t) => isObjectType(t) && !t.name.startsWith('__') && t !== schema.getQueryType() && t !== schema.getMutationType(),
    );
    // Payloads, import results (their rows and preview) come from mutations only (access.mutations-walk.test.ts); connections and
    // edges are walked through their nodes.
    const fromMutations = /Payload$|Connection$|Edge$|^PageInfo$|^Session$|^Import(RowError|Result|PreviewRow)$|^GovernanceCsvRowError$/;
    const notWalked = types.filter((t) => !reached.has(t.name) && !fromMutations.test(t.name)).map((t) => t.name);
    expect(notWalked).toEqual([]);
  });
});
