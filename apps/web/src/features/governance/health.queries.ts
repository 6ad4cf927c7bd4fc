import { graphql } from '../../graphql/index.js';

/** Health scrutiny: the council's partner bodies and the services and indicators marked at the health interface (all public). */
export const HealthScrutinyQuery = graphql(`
  query GovernanceHealthScrutiny($councilId: ID!) {
    council(id: $councilId) {
      id
      partnerBodies {
        id
        name
        kind
        odsCode
        version
        scrutinyTopics {
          id
          title
          status
          committee {
            id
            name
          }
        }
      }
      healthInterfaces {
        id
        note
        version
        service {
          id
          name
        }
        indicator {
          id
          code
          displayCode
          title
        }
        partnerBody {
          id
          name
        }
      }
    }
  }
`);

export const CreatePartnerBodyMutation = graphql(`
  mutation CreatePartnerBody($input: CreatePartnerBodyInput!) {
    createPartnerBody(input: $input) {
      partnerBody {
        id
        name
      }
    }
  }
`);

export const UpdatePartnerBodyMutation = graphql(`
  mutation UpdatePartnerBody($input: UpdatePartnerBodyInput!) {
    updatePartnerBody(input: $input) {
      partnerBody {
        id
        name
        kind
        odsCode
        version
      }
    }
  }
`);

export const DeletePartnerBodyMutation = graphql(`
  mutation DeletePartnerBody($id: ID!, $version: Int) {
    deletePartnerBody(id: $id, version: $version) {
      removedId
    }
  }
`);

export const MarkHealthInterfaceMutation = graphql(`
  mutation MarkHealthInterface($input: MarkHealthInterfaceInput!) {
    markHealthInterface(input: $input) {
      healthInterface {
        id
      }
    }
  }
`);

export const UnmarkHealthInterfaceMutation = graphql(`
  mutation UnmarkHealthInterface($id: ID!, $version: Int) {
    unmarkHealthInterface(id: $id, version: $version) {
      removedId
    }
  }
`);

/** Staff designations, current or all (the council's own people only). */
export const StaffRolesQuery = graphql(`
  query GovernanceStaffRoles($councilId: ID!, $includeEnded: Boolean!) {
    council(id: $councilId) {
      id
      staffRoles(includeEnded: $includeEnded) {
        id
        kind
        current
        startsOn
        endsOn
        version
        person {
          id
          name
          jobTitle
        }
      }
    }
  }
`);

export const CreateStaffRoleMutation = graphql(`
  mutation CreateStaffRole($input: CreateStaffRoleInput!) {
    createStaffRole(input: $input) {
      staffRole {
        id
        kind
        person {
          id
          name
        }
      }
    }
  }
`);

export const EndStaffRoleMutation = graphql(`
  mutation EndStaffRole($input: EndRoleInput!) {
    endStaffRole(input: $input) {
      staffRole {
        id
        endsOn
        current
        version
      }
    }
  }
`);
