import { graphql } from '../../graphql/index.js';

export const CouncilOrganisationQuery = graphql(`
  query CouncilOrganisation($gssCode: String!) {
    council(gssCode: $gssCode) {
      id
      name
      gssCode
      type
      region
      current
    }
  }
`);

export const OrganisationTreeQuery = graphql(`
  query OrganisationTree($councilId: ID!) {
    organisationTree(councilId: $councilId) {
      levels
      nodes {
        id
        parentId
        kind
        depth
        name
        ownerId
        ownerName
        headcount
      }
    }
  }
`);

export const PeoplePageQuery = graphql(`
  query PeoplePage($councilId: ID!, $after: String) {
    node(id: $councilId) {
      ... on Council {
        people(first: 500, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            name
            jobTitle
            kind
            service {
              id
            }
            directorate {
              id
            }
            lineManager {
              id
            }
            functionalManager {
              id
            }
          }
        }
      }
    }
  }
`);

export const AccountabilityTreeQuery = graphql(`
  query AccountabilityTree($councilId: ID!, $rootId: ID, $maxDepth: Int) {
    accountabilityTree(councilId: $councilId, rootId: $rootId, maxDepth: $maxDepth) {
      asOf
      findings {
        code
        severity
        message
        suggestedPerson {
          id
        }
      }
      nodes {
        id
        parentId
        kind
        depth
        name
        detail
        ownerId
        ownerName
        lineManagerId
        functionalManagerId
        findings {
          index
        }
        delegations {
          delegationId
          role
          power
          counterpart
          scope
          inForce
          financialLimit
        }
      }
    }
  }
`);
