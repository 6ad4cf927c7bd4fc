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
        nonPriorityReason
        owner {
          id
          name
        }
        children {
          id
        }
        appraisalObjectives {
          id
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
          recordConsultation
          addPriority
        }
        communications {
          id
          date
          channel
          version
          viewerCan {
            delete
          }
        }
        objectives {
          id
          name
          description
          version
          owner {
            id
            name
          }
          priorities {
            id
          }
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
            indicatorId
            indicatorName
            value
            period
            serviceId
            viewerCan {
              update
              delete
            }
            target {
              id
              version
              tolerance
            }
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

export const DeleteMilestoneMutation = graphql(`
  mutation DeleteMilestoneInPlace($id: ID!, $version: Int) {
    deleteMilestone(id: $id, version: $version) {
      deletedIds
    }
  }
`);

export const UpdateObjectiveMutation = graphql(`
  mutation UpdateObjectiveInPlace($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) {
      objective {
        id
        version
      }
    }
  }
`);

export const DeleteObjectiveMutation = graphql(`
  mutation DeleteObjectiveInPlace($id: ID!, $version: Int) {
    deleteObjective(id: $id, version: $version) {
      deletedIds
    }
  }
`);

export const DeletePriorityMutation = graphql(`
  mutation DeletePriorityInPlace($id: ID!, $version: Int, $relinkObjectivesTo: ID) {
    deletePriority(id: $id, version: $version, relinkObjectivesTo: $relinkObjectivesTo) {
      deletedIds
      relinked
      message
    }
  }
`);

export const DeleteTargetMutation = graphql(`
  mutation DeleteTargetInPlace($id: ID!, $version: Int!) {
    deleteTarget(id: $id, version: $version) {
      deletedId
    }
  }
`);

export const UnlinkTargetMutation = graphql(`
  mutation UnlinkTargetInPlace($input: TargetLinkInput!, $version: Int) {
    unlinkTarget(input: $input, version: $version) {
      changed
    }
  }
`);

/** The year's priorities another may take on (relinking) and the council's people (owners). */
export const RelinkChoicesQuery = graphql(`
  query PriorityRelinkChoices($councilId: ID!, $period: String!) {
    node(id: $councilId) {
      ... on Council {
        __typename
        id
        priorities(period: $period) {
          id
          name
          level
          isNonPriority
          viewerCan {
            update
          }
        }
      }
    }
  }
`);

export const OwnerChoicesQuery = graphql(`
  query PriorityOwnerChoices($councilId: ID!) {
    node(id: $councilId) {
      ... on Council {
        __typename
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
