import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** The GraphQL IDE page: GraphiQL bundled into the page itself, so it works with no network (no CDN). */
export function graphiqlPage(endpoint: string): string {
  return renderGraphiQL({
    title: 'Golden Thread GraphQL explorer',
    endpoint,
    defaultQuery: `# Welcome to the Golden Thread GraphQL API.
# Press the run button (or Ctrl+Enter) to send this query.
query Councils {
  councils(first: 5, filter: { type: CTY }) {
    totalCount
    nodes { id gssCode name region }
  }
}
`,
  } as never);
}
