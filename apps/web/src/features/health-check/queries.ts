import { graphql } from '../../graphql/index.js';

graphql(`
  fragment HealthCheckAnswerFields on HealthCheckAnswer {
    key
    section
    title
    score
    maxScore
    answer
    improve
    evidence {
      key
      text
      numerator
      denominator
      definition
      score
    }
    nodes {
      id
      type
      ok
    }
    change {
      previousScore
      delta
      direction
    }
    unanswerable {
      reason
      record
    }
  }
`);

graphql(`
  fragment HealthCheckFields on LeadershipHealthCheck {
    councilId
    councilName
    period
    asOf
    comparedWith
    questions {
      ...HealthCheckAnswerFields
    }
    barriers {
      ...HealthCheckAnswerFields
    }
    habits {
      ...HealthCheckAnswerFields
    }
  }
`);

/** Every year with priorities, oldest first, each compared with the year before: the board of the latest and the trend. */
export const HealthCheckHistoryQuery = graphql(`
  query HealthCheckHistory($councilId: ID!) {
    leadershipHealthCheckHistory(councilId: $councilId) {
      ...HealthCheckFields
    }
  }
`);

/** One year, compared with another (when the reader picks a year the history has not, or a comparison). */
export const HealthCheckQuery = graphql(`
  query HealthCheck($councilId: ID!, $period: String!, $compareWith: String) {
    leadershipHealthCheck(councilId: $councilId, period: $period, compareWith: $compareWith) {
      ...HealthCheckFields
    }
  }
`);

/** The names of the records behind an answer (as the viewer may see them), fetched when it is opened. */
export const HealthCheckNodesQuery = graphql(`
  query HealthCheckNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Priority {
        name
      }
      ... on Indicator {
        title
      }
      ... on Person {
        name
      }
      ... on Service {
        name
      }
      ... on Directorate {
        name
      }
      ... on Risk {
        reference
        title
      }
      ... on Action {
        title
      }
      ... on BestValueReview {
        title
      }
      ... on BestValueRecommendation {
        text
      }
      ... on ScrutinyRecommendation {
        text
      }
    }
  }
`);
