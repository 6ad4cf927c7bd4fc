import { graphql } from '../../graphql/index.js';

/** The consultations that informed a priority, and whether the viewer may record one. */
export const PriorityConsultationsQuery = graphql(`
  query PriorityConsultations($id: ID!) {
    node(id: $id) {
      ... on Priority {
        __typename
        id
        period
        viewerCan {
          recordConsultation
        }
        consultations {
          id
          title
          date
          heard
          version
          groups {
            kind
            name
            hardToReach
          }
          priorities {
            id
            name
          }
          viewerCan {
            delete
          }
        }
      }
    }
  }
`);

/** The year's priorities a consultation may say it informed. */
export const ConsultationPrioritiesQuery = graphql(`
  query ConsultationPriorityChoices($councilId: ID!, $period: String!) {
    node(id: $councilId) {
      ... on Council {
        __typename
        id
        priorities(period: $period) {
          id
          name
          isNonPriority
          viewerCan {
            recordConsultation
          }
        }
      }
    }
  }
`);

export const RecordConsultationMutation = graphql(`
  mutation RecordConsultationInPlace($input: RecordConsultationInput!) {
    recordConsultation(input: $input) {
      consultation {
        id
      }
    }
  }
`);

export const DeleteConsultationMutation = graphql(`
  mutation DeleteConsultationInPlace($id: ID!, $version: Int) {
    deleteConsultation(id: $id, version: $version) {
      deletedIds
    }
  }
`);

export const DeleteCommunicationMutation = graphql(`
  mutation DeleteCommunication($id: ID!, $version: Int) {
    deleteCommunication(id: $id, version: $version) {
      deletedIds
    }
  }
`);
