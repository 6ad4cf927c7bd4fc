import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { Session } from '../auth/session.js';

/** One client per app (created in main.tsx, handed down by ApolloProvider): no module singleton. */
export function createApolloClient(session: Session, uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, fetch: session.fetch }),
    cache: new InMemoryCache({
      typePolicies: {
        // Tree rows and report items are value objects of one query: keep them inside it.
        OrgTreeNode: { keyFields: false },
        OrganisationTree: { keyFields: false },
        AccountabilityTree: { keyFields: false },
        AccountabilityTreeNode: { keyFields: false },
        Cascade: { keyFields: false },
        CascadePriority: { keyFields: false },
        CascadeObjective: { keyFields: false },
        CascadeTarget: { keyFields: false },
        CascadeMilestone: { keyFields: false },
        NonPriority: { keyFields: false },
        CascadeRef: { keyFields: false },
        AccountabilityNodeRef: { keyFields: false },
        // A record behind several health check answers is ok in one and holds another down: never merged by id.
        HealthCheckNodeRef: { keyFields: false },
        Viewer: { keyFields: false },
      },
    }),
  });
}
