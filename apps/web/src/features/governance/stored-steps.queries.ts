/**
 * The governance records whose steps (move an action, remove a partner body or a health mark, delete a portfolio, end a
 * designation) answer a stale version with their change, as stored (ui/conflict-form.tsx; each view picks its values).
 */
import { graphql } from '../../graphql/index.js';

export const StoredGovernanceStepQuery = graphql(`
  query StoredGovernanceStep($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Action {
        version
        title
        description
        actionStatus: status
        due
        completedOn
        droppedReason
        owner {
          id
          name
        }
      }
      ... on PartnerBody {
        version
        name
        kind
        odsCode
      }
      ... on HealthInterface {
        version
        note
        partnerBody {
          id
          name
        }
      }
      ... on Portfolio {
        ...PortfolioNamed
      }
      ... on StaffRole {
        version
        startsOn
        endsOn
      }
    }
  }
`);
