/** The organisation's versioned records as stored, for the forms' answer to a stale version (ui/conflict-form.tsx). */
import { graphql } from '../../../graphql/index.js';

export const StoredOrganisationRecordQuery = graphql(`
  query StoredOrganisationRecord($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Person {
        version
        jobTitle
        leftOn
        lineManager {
          id
        }
        functionalManager {
          id
        }
      }
      ... on Directorate {
        version
        name
        code
      }
      ... on Service {
        version
        name
        accountableOwner {
          id
        }
      }
      ... on Council {
        version
        miResponsible {
          id
        }
      }
    }
  }
`);
