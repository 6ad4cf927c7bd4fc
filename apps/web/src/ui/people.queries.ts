import { graphql } from '../graphql/index.js';

/** A council's officers (up to 500) to choose a person from: the delegation forms and the indicator editor. */
export const CouncilOfficersQuery = graphql(`
  query CouncilOfficers($councilId: ID!) {
    council(id: $councilId) {
      id
      people(first: 500, kind: OFFICER) {
        nodes {
          id
          name
          jobTitle
        }
      }
    }
  }
`);
