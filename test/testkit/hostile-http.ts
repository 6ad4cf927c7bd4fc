/** Malformed HTTP for the hostile-requests test: bodies, headers, methods and raw sockets. */
import { b64, type Case, type Failure, type Viewer } from './hostile-requests.js';

/** Malformed GraphQL-over-HTTP requests. */
export function httpCases(viewers: Viewer[], sampleKey: string): Case[] {
  const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
  const post = (label: string, body: string, headers: Record<string, string> = json, viewer = viewers[0]!): Case => ({
    label: `http ${label}`,
    viewer,
    raw: { method: 'POST', headers: { ...viewer.headers, ...headers }, body },
  });
  const q = JSON.stringify({ query: '{ councils(first: 1) { totalCount } }' });
  const cases: Case[] = [];
  for (const viewer of viewers) {
    cases.push(
      post('invalid JSON', '{"query": ', json, viewer),
      post('JSON with trailing garbage', `${q}xyz`, json, viewer),
      post('empty body', '', json, viewer),
      post('JSON null', 'null', json, viewer),
      post('JSON string', '"{ __typename }"', json, viewer),
      post('JSON number', '42', json, viewer),
      post('batch array', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), json, viewer),
      post('empty array', '[]', json, viewer),
      post('missing query', JSON.stringify({ variables: {} }), json, viewer),
      post('query not a string', JSON.stringify({ query: { a: 1 } }), json, viewer),
      post('query a number', JSON.stringify({ query: 5 }), json, viewer),
      post('query null', JSON.stringify({ query: null }), json, viewer),
      post('empty query', JSON.stringify({ query: '' }), json, viewer),
      post('query with NUL', JSON.stringify({ query: '{ __typename \u0000 }' }), json, viewer),
      post('query with lone surrogate', '{"query": "{ councils(filter: { nameContains: \\"\\ud800\\" }) { totalCount } }"}', json, viewer),
      post(
        'variable with lone surrogate',
        '{"query": "query($s: String) { indicator(code: $s) { id } }", "variables": {"s": "\\ud800"}}',
        json,
        viewer,
      ),
      post('variables a string', JSON.stringify({ query: '{ __typename }', variables: 'x' }), json, viewer),
      post('variables an array', JSON.stringify({ query: '{ __typename }', variables: [1] }), json, viewer),
      post('extensions a string', JSON.stringify({ query: '{ __typename }', extensions: 'x' }), json, viewer),
      post('operationName a number', JSON.stringify({ query: '{ __typename }', operationName: 5 }), json, viewer),
      post('unknown operationName', JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }), json, viewer),
      post('two operations', JSON.stringify({ query: 'query A { __typename } mutation B { signOut { __typename } }' }), json, viewer),
      post(
        'two operations, mutation chosen',
        JSON.stringify({ query: 'query A { __typename } mutation B { signOut { ok } }', operationName: 'B' }),
        json,
        viewer,
      ),
      post(
        'persisted query wrong hash',
        JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'nope' } } }),
        json,
        viewer,
      ),
      post(
        'persisted query unknown hash',
        JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
        json,
        viewer,
      ),
      post(
        'persisted query bad version',
        JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 'x', sha256Hash: 1 } } }),
        json,
        viewer,
      ),
      post('persisted query not an object', JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: 'x' } }), json, viewer),
      post('text/plain', q, { 'content-type': 'text/plain' }, viewer),
      post('form', 'query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }, viewer),
      post('multipart', '--b\r\n\r\n--b--', { 'content-type': 'multipart/form-data; boundary=b' }, viewer),
      post('application/graphql', '{ __typename }', { 'content-type': 'application/graphql' }, viewer),
      post('xml', '<q/>', { 'content-type': 'application/xml' }, viewer),
      post('bogus content-type', q, { 'content-type': '%%%;;;charset=nope' }, viewer),
      post('json with odd charset', q, { 'content-type': 'application/json; charset=utf-7' }, viewer),
      post('accept nothing usable', q, { 'content-type': 'application/json', accept: 'image/png' }, viewer),
      post('syntax error', JSON.stringify({ query: '{ councils(first: ) }' }), json, viewer),
      post('unknown field', JSON.stringify({ query: '{ nope }' }), json, viewer),
      post('subscription', JSON.stringify({ query: 'subscription { x }' }), json, viewer),
      post(
        'deep nesting',
        JSON.stringify({ query: `{ ${'node(id: "x") { ... on Council { '.repeat(40)} id ${'} }'.repeat(40)} }` }),
        json,
        viewer,
      ),
      post('many tokens', JSON.stringify({ query: `{ ${'__typename '.repeat(5000)} }` }), json, viewer),
      post(
        'many aliases',
        JSON.stringify({ query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
        json,
        viewer,
      ),
      post('directive spam', JSON.stringify({ query: `{ __typename ${'@include(if: true) '.repeat(200)} }` }), json, viewer),
      post('introspection', JSON.stringify({ query: '{ __schema { types { name fields { name } } } }' }), json, viewer),
      post(
        'variable default of wrong type',
        JSON.stringify({ query: 'query($n: Int = "x") { councils(first: $n) { totalCount } }' }),
        json,
        viewer,
      ),
      post(
        '60 nulls in a [ID!]! variable',
        JSON.stringify({
          query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
          variables: { ids: Array.from({ length: 60 }, () => null) },
        }),
        json,
        viewer,
      ),
      post('fragment cycle', JSON.stringify({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }), json, viewer),
      {
        label: 'http GET with a query',
        viewer,
        raw: {
          method: 'GET',
          path: `/graphql?query=${encodeURIComponent('{ councils(first: 1) { totalCount } }')}`,
          headers: { ...viewer.headers, 'apollo-require-preflight': 'true', accept: 'application/json' },
        },
      },
      {
        label: 'http GET with a mutation',
        viewer,
        raw: {
          method: 'GET',
          path: `/graphql?query=${encodeURIComponent('mutation { signOut { ok } }')}`,
          headers: { ...viewer.headers, 'apollo-require-preflight': 'true', accept: 'application/json' },
        },
      },
      {
        label: 'http GET with bad variables',
        viewer,
        raw: {
          method: 'GET',
          path: `/graphql?query=${encodeURIComponent('{ __typename }')}&variables=%7Bx&extensions=nope`,
          headers: { ...viewer.headers, 'apollo-require-preflight': 'true', accept: 'application/json' },
        },
      },
      {
        label: 'http GET with a NUL in the query',
        viewer,
        raw: {
          method: 'GET',
          path: `/graphql?query=%7B__typename%00%7D`,
          headers: { ...viewer.headers, 'apollo-require-preflight': 'true', accept: 'application/json' },
        },
      },
      {
        label: 'http GET without preflight header',
        viewer,
        raw: {
          method: 'GET',
          path: `/graphql?query=${encodeURIComponent('{ __typename }')}`,
          headers: { ...viewer.headers, accept: 'application/json' },
        },
      },
      { label: 'http PUT', viewer, raw: { method: 'PUT', headers: { ...viewer.headers, ...json }, body: q } },
      { label: 'http DELETE', viewer, raw: { method: 'DELETE', headers: { ...viewer.headers, ...json } } },
      { label: 'http PATCH', viewer, raw: { method: 'PATCH', headers: { ...viewer.headers, ...json }, body: q } },
      {
        label: 'http OPTIONS',
        viewer,
        raw: { method: 'OPTIONS', headers: { ...viewer.headers, origin: 'https://evil.example', 'access-control-request-method': 'POST' } },
      },
      {
        label: 'http HEAD',
        viewer,
        raw: { method: 'HEAD', path: `/graphql?query=${encodeURIComponent('{ __typename }')}`, headers: { ...viewer.headers } },
      },
      post('huge header (8 KB)', q, { ...json, 'x-fuzz': 'h'.repeat(8_000) }, viewer),
      post('huge header (20 KB)', q, { ...json, 'x-fuzz': 'h'.repeat(20_000) }, viewer),
      post('body over the limit', JSON.stringify({ query: '{ __typename }', variables: { x: 'y'.repeat(1_200_000) } }), json, viewer),
    );
  }
  const anon = viewers[0]!;
  const auth: Array<[string, Record<string, string>]> = [
    ['Authorization: Bearer', { authorization: 'Bearer' }],
    ['Authorization: Bearer (space)', { authorization: 'Bearer ' }],
    ['Authorization: Bearer x.y.z', { authorization: 'Bearer x.y.z' }],
    ['Authorization: Bearer a..', { authorization: 'Bearer a..' }],
    ['Authorization: Bearer of base64 JSON', { authorization: `Bearer ${b64('{"alg":"none"}')}.${b64('{"sub":"1"}')}.` }],
    [
      'Authorization: Bearer alg none',
      { authorization: `Bearer ${b64('{"alg":"none","typ":"JWT"}')}.${b64('{"sub":"Account:1","exp":99999999999,"iat":1,"sid":"x"}')}.` },
    ],
    ['Authorization: Bearer huge', { authorization: `Bearer ${'a'.repeat(7000)}` }],
    ['Authorization: Bearer gtk_ forged', { authorization: 'Bearer gtk_abcdef_0123456789' }],
    ['Authorization: Bearer gtk_ malformed', { authorization: 'Bearer gtk_' }],
    ['Authorization: Basic', { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` }],
    ['Authorization: Basic junk', { authorization: 'Basic ###' }],
    ['Authorization: Digest', { authorization: 'Digest username="x"' }],
    ['Authorization: empty', { authorization: '' }],
    ['Authorization: bearer lowercase', { authorization: 'bearer x.y.z' }],
    ['Authorization: two schemes', { authorization: 'Bearer a, Basic b' }],
    ['Authorization: unicode', { authorization: 'Bearer \u00e9\u00e8' }],
    ['x-api-key: empty', { 'x-api-key': '' }],
    ['x-api-key: junk', { 'x-api-key': 'junk' }],
    ['x-api-key: gtk_ shape, wrong', { 'x-api-key': 'gtk_0000_0000' }],
    ['x-api-key: prefix of a real key', { 'x-api-key': sampleKey.slice(0, 12) }],
    ['x-api-key: real key with a suffix', { 'x-api-key': `${sampleKey}x` }],
    ['x-api-key: very long', { 'x-api-key': `gtk_${'k'.repeat(7000)}` }],
    ['x-api-key: SQL', { 'x-api-key': "gtk_' or 1=1 --_x" }],
    ['x-api-key: LIKE', { 'x-api-key': 'gtk_%_%' }],
    ['x-api-key: unicode', { 'x-api-key': 'gtk_\u00e9_\u00e9' }],
    ['x-api-key and Authorization both', { 'x-api-key': sampleKey, authorization: 'Bearer x.y.z' }],
  ];
  for (const [label, headers] of auth) {
    cases.push(post(label, q, { ...json, ...headers }, anon));
    cases.push(post(`${label} (mutation)`, JSON.stringify({ query: 'mutation { signOut { ok } }' }), { ...json, ...headers }, anon));
  }
  return cases;
}

/** Sends a header value fetch refuses (NUL, CR) the raw way, over a socket. */
export async function rawSocket(url: string, headerLines: string[], body: string): Promise<{ status: number; text: string }> {
  const net = await import('node:net');
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: ` +
          `${Buffer.byteLength(body)}\r\nConnection: close\r\n${headerLines.join('\r\n')}\r\n\r\n${body}`,
      );
    });
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (c) => (data += c));
    socket.on('end', () =>
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0), text: data.slice(data.indexOf('\r\n\r\n') + 4) }),
    );
    socket.on('error', reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
  });
}

export function check(label: string, viewer: string, status: number, text: string, failures: Failure[], codes?: Map<string, number>) {
  let errors: Array<{ message?: string; extensions?: { code?: string } }> = [];
  try {
    const parsed = JSON.parse(text) as { errors?: typeof errors } | Array<{ errors?: typeof errors }>;
    errors = Array.isArray(parsed) ? parsed.flatMap((p) => p?.errors ?? []) : (parsed?.errors ?? []);
  } catch {
    // Not JSON (413, 415 from Fastify, 431 from Node): only the status counts.
  }
  if (codes) {
    const code = !Array.isArray(errors)
      ? 'odd errors'
      : errors.length
        ? String(errors[0]?.extensions?.code)
        : status < 300
          ? 'data'
          : `HTTP ${status}`;
    const key = `${label.split(' ')[0]} ${code}`;
    codes.set(key, (codes.get(key) ?? 0) + 1);
  }
  if (process.env.GT_FUZZ_VERBOSE)
    console.log(
      `[${viewer}] ${label.slice(0, 160)} -> ${status} ${
        Array.isArray(errors) && errors[0] ? `${errors[0].extensions?.code}: ` + `${String(errors[0].message).slice(0, 160)}` : ''
      }`,
    );
  const internal = Array.isArray(errors) ? errors.find((e) => e?.extensions?.code === 'INTERNAL_SERVER_ERROR') : undefined;
  if (status >= 500 || internal) failures.push({ label, viewer, status, message: (internal?.message ?? text).slice(0, 200) });
}
