import { graphql } from '../../graphql/index.js';

/** A priority as its editor shows it: what the viewer may do with it and with each thing under it. */
export const PriorityEditQuery = graphql(`
  query PriorityEdit($id: ID!) {
    node(id: $id) {
      ... on Priority {
        __typename
        id
        name
        description
        level
        status
        version
        period
        budget
        fte
        isNonPriority
        owner {
          id
          name
        }
        directorate {
          id
          name
          services(first: 100) {
            nodes {
              id
              name
            }
          }
        }
        service {
          id
          name
        }
        viewerCan {
          update
          delete
          agree
          communicate
          recordCommunication
          addPriority
        }
        communications {
          id
          date
          channel
        }
        objectives {
          id
          name
          version
          service {
            id
            name
          }
          viewerCan {
            update
            delete
            addMilestone
            addTarget
          }
          milestones {
            id
            name
            due
            status
            version
            viewerCan {
              update
              delete
            }
          }
          targets {
            id
            indicatorName
            value
            period
          }
        }
      }
    }
  }
`);

export const DirectoratesQuery = graphql(`
  query PriorityDirectorates($councilId: ID!) {
    node(id: $councilId) {
      ... on Council {
        __typename
        id
        directorates(first: 100) {
          nodes {
            id
            name
          }
        }
      }
    }
  }
`);

export const TargetIndicatorsQuery = graphql(`
  query TargetIndicators {
    indicators(first: 300, filter: { framework: ASCOF }) {
      nodes {
        id
        code
        title
      }
    }
  }
`);

export const CreatePriorityMutation = graphql(`
  mutation CreatePriorityInPlace($input: CreatePriorityInput!) {
    createPriority(input: $input) {
      priority {
        id
      }
    }
  }
`);

export const UpdatePriorityMutation = graphql(`
  mutation UpdatePriorityInPlace($input: UpdatePriorityInput!) {
    updatePriority(input: $input) {
      priority {
        id
        version
        status
      }
    }
  }
`);

export const RecordCommunicationMutation = graphql(`
  mutation RecordCommunicationInPlace($input: RecordCommunicationInput!) {
    recordCommunication(input: $input) {
      communication {
        id
      }
    }
  }
`);

export const CreateObjectiveMutation = graphql(`
  mutation CreateObjectiveInPlace($input: CreateObjectiveInput!) {
    createObjective(input: $input) {
      objective {
        id
      }
    }
  }
`);

export const CreateMilestoneMutation = graphql(`
  mutation CreateMilestoneInPlace($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      milestone {
        id
      }
    }
  }
`);

export const UpdateMilestoneMutation = graphql(`
  mutation UpdateMilestoneInPlace($input: UpdateMilestoneInput!) {
    updateMilestone(input: $input) {
      milestone {
        id
        status
      }
    }
  }
`);

export const SetTargetMutation = graphql(`
  mutation SetTargetInPlace($input: SetTargetInput!) {
    setTarget(input: $input) {
      target {
        id
      }
    }
  }
`);

export const LinkTargetMutation = graphql(`
  mutation LinkTargetInPlace($input: TargetLinkInput!) {
    linkTarget(input: $input) {
      changed
    }
  }
`);
