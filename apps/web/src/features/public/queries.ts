import { graphql } from '../../graphql/index.js';

/** The ids of the measures the public view shows (PUBLIC_MEASURES), looked up by framework and code. */
export const PublicMeasureIdsQuery = graphql(`
  query PublicMeasureIds {
    indicators(first: 500, filter: { framework: ASCOF }) {
      edges {
        node {
          id
          code
          unit
        }
      }
    }
    oflog: indicators(first: 50, filter: { framework: OFLOG }) {
      edges {
        node {
          id
          code
          unit
        }
      }
    }
  }
`);

/** What the public sees (the API as anonymous): communicated priorities, published figures, complaint totals. */
export const PublicViewQuery = graphql(`
  query PublicView($councilId: ID!, $period: String!, $ids: [ID!]!, $from: String!, $to: String!, $since: String, $until: String) {
    cascade(councilId: $councilId, period: $period) {
      includesUnpublished
      corporate {
        id
        name
        status
        performanceStatus {
          status
          reason
        }
      }
    }
    council(id: $councilId) {
      id
      officialName
      type
      region
      directorates(first: 1) {
        totalCount
      }
      priorities(period: $period) {
        id
        name
        status
        consultations {
          id
          title
          date
          heard
          groups {
            kind
            name
          }
        }
      }
    }
    indicatorSeries(councilId: $councilId, indicatorIds: $ids, from: $from, to: $to, group: { kind: SAME_TYPE }) {
      indicator {
        id
        framework
        code
        unit
        polarity
      }
      points {
        period
        value
        valueStatus
      }
      englandPublished {
        period
        value
      }
      position {
        period
        rank
        count
        betterThanMedian
        median
        groupName
      }
    }
    complaintStatistics(councilId: $councilId, from: $since, to: $until) {
      total {
        received
        upheld
        upheldShare
        withinTimescaleShare
      }
    }
  }
`);
