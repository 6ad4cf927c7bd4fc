import { graphql } from '../../graphql/index.js';

export const ComplaintFiguresFields = graphql(`
  fragment ComplaintFiguresFields on ComplaintFigures {
    received
    closed
    upheld
    upheldShare
    judged
    withinTimescale
    withinTimescaleShare
  }
`);

/** The year's figures in total and per service, with top themes, and the eight quarters up to its end. */
export const ComplaintStatisticsQuery = graphql(`
  query ComplaintStatistics(
    $councilId: ID!
    $from: String!
    $to: String!
    $from0: String!
    $from1: String!
    $from2: String!
    $from3: String!
    $from4: String!
    $from5: String!
    $from6: String!
    $from7: String!
    $to0: String!
    $to1: String!
    $to2: String!
    $to3: String!
    $to4: String!
    $to5: String!
    $to6: String!
    $to7: String!
  ) {
    year: complaintStatistics(councilId: $councilId, from: $from, to: $to) {
      total {
        ...ComplaintFiguresFields
        topThemes {
          count
          theme {
            id
            name
          }
        }
      }
      byService {
        service {
          id
          name
        }
        ...ServiceFiguresFields
      }
    }
    q0: complaintStatistics(councilId: $councilId, from: $from0, to: $to0) {
      total {
        ...ComplaintFiguresFields
      }
    }
    q1: complaintStatistics(councilId: $councilId, from: $from1, to: $to1) {
      total {
        ...ComplaintFiguresFields
      }
    }
    q2: complaintStatistics(councilId: $councilId, from: $from2, to: $to2) {
      total {
        ...ComplaintFiguresFields
      }
    }
    q3: complaintStatistics(councilId: $councilId, from: $from3, to: $to3) {
      total {
        ...ComplaintFiguresFields
      }
    }
    q4: complaintStatistics(councilId: $councilId, from: $from4, to: $to4) {
      total {
        ...ComplaintFiguresFields
      }
    }
    q5: complaintStatistics(councilId: $councilId, from: $from5, to: $to5) {
      total {
        ...ComplaintFiguresFields
      }
    }
    q6: complaintStatistics(councilId: $councilId, from: $from6, to: $to6) {
      total {
        ...ComplaintFiguresFields
      }
    }
    q7: complaintStatistics(councilId: $councilId, from: $from7, to: $to7) {
      total {
        ...ComplaintFiguresFields
      }
    }
  }
`);

export const ServiceFiguresFields = graphql(`
  fragment ServiceFiguresFields on ServiceComplaintFigures {
    received
    upheld
    upheldShare
    withinTimescaleShare
    topThemes {
      count
      theme {
        id
        name
      }
    }
  }
`);

export const ComplaintRowFields = graphql(`
  fragment ComplaintRow on Complaint {
    id
    reference
    receivedOn
    stage
    stageSince
    responseDue
    respondedOn
    outcome
    overdue
    summary
    lessons
    service {
      id
      name
    }
    themes {
      id
      name
    }
    panel {
      id
      name
    }
    version
  }
`);

export const ComplaintsQuery = graphql(`
  query GovernanceComplaints($councilId: ID!, $from: String, $to: String, $stage: ComplaintStage) {
    complaints(councilId: $councilId, from: $from, to: $to, stage: $stage, first: 500) {
      totalCount
      nodes {
        ...ComplaintRow
      }
    }
    complaintThemes(councilId: $councilId) {
      id
      name
    }
  }
`);

export const CreateComplaintMutation = graphql(`
  mutation CreateComplaint($input: CreateComplaintInput!) {
    createComplaint(input: $input) {
      complaint {
        ...ComplaintRow
      }
    }
  }
`);

export const UpdateComplaintMutation = graphql(`
  mutation UpdateComplaint($input: UpdateComplaintInput!) {
    updateComplaint(input: $input) {
      complaint {
        ...ComplaintRow
      }
    }
  }
`);
