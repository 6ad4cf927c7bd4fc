import { graphql } from '../../graphql/index.js';

export const RiskRowFields = graphql(`
  fragment RiskRow on Risk {
    id
    reference
    title
    corporate
    directorate {
      id
      name
    }
    service {
      id
      name
    }
    owner {
      id
      name
    }
    inherentLikelihood
    inherentImpact
    inherentScore
    inherentRating
    residualLikelihood
    residualImpact
    residualScore
    residualRating
    reviewDue
    status
    version
  }
`);

export const RisksQuery = graphql(`
  query GovernanceRisks($councilId: ID!, $corporate: Boolean, $directorateId: ID, $status: RiskStatus, $scores: HeatMapScores!) {
    risks(councilId: $councilId, corporate: $corporate, directorateId: $directorateId, status: $status, first: 500) {
      totalCount
      nodes {
        ...RiskRow
      }
    }
    riskHeatMap(councilId: $councilId, corporate: $corporate, directorateId: $directorateId, status: $status, scores: $scores) {
      likelihood
      impact
      count
      band
      score
      riskIds
    }
  }
`);

export const RiskQuery = graphql(`
  query GovernanceRisk($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Risk {
        ...RiskRow
        cause
        effect
        controls
        priority {
          id
          name
        }
        objective {
          id
          name
        }
        servicePlanPeriod
        history {
          id
          assessedOn
          inherentScore
          residualScore
          residualRating
          note
          by {
            id
            name
          }
        }
        actions(first: 100) {
          nodes {
            ...ActionRow
          }
        }
      }
    }
  }
`);

export const CreateRiskMutation = graphql(`
  mutation CreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) {
      risk {
        ...RiskRow
      }
    }
  }
`);

export const UpdateRiskMutation = graphql(`
  mutation UpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) {
      risk {
        ...RiskRow
        cause
        effect
        controls
      }
    }
  }
`);
