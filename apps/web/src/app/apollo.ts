import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One client per app (created in main.tsx, handed down by ApolloProvider): no module singleton. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        // Tree rows are value objects of one query: keep them inside it rather than normalised.
        OrgTreeNode: { keyFields: false },
        OrganisationTree: { keyFields: false },
      },
    }),
  });
}
