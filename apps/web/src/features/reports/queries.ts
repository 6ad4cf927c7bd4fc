import { graphql } from '../../graphql/index.js';

/** What the Reports view offers: the council's portfolios (for the portfolio pack) and scrutiny meetings (for the cover). */
export const ReportChoicesQuery = graphql(`
  query ReportChoices($councilId: ID!) {
    council(id: $councilId) {
      id
      portfolios {
        id
        name
      }
    }
    scrutinyWorkProgramme(councilId: $councilId) {
      committees {
        committee {
          id
          name
        }
        meetings {
          id
          heldOn
        }
      }
    }
  }
`);
