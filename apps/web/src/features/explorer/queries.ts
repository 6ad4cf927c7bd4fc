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
