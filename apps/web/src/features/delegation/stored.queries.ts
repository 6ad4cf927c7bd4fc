/** A delegation as stored, for a confirmed step's answer to a stale version (priorities/forms.tsx ConfirmButton's `versioned`). */
import { graphql } from '../../graphql/index.js';

export const StoredDelegationQuery = graphql(`
  query StoredDelegation($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Delegation {
        version
        financialLimit
        conditions
        maySubDelegate
        effectiveTo
        revokedOn
      }
    }
  }
`);
