import { graphql } from '../../graphql/index.js';

/** Councillors' roles, current and past, and the portfolios and committees they name (all public). */
export const CouncillorRolesQuery = graphql(`
  query GovernanceCouncillorRoles($councilId: ID!, $current: Boolean, $kind: CouncillorRoleKind) {
    council(id: $councilId) {
      id
      councillorRoles(current: $current, kind: $kind) {
        ...CouncillorRoleRow
      }
      portfolios {
        id
        name
      }
    }
  }
`);

export const CouncillorRoleRowFields = graphql(`
  fragment CouncillorRoleRow on CouncillorRole {
    id
    role
    ward
    startsOn
    endsOn
    current
    version
    person {
      id
      name
      jobTitle
    }
    portfolio {
      id
      name
    }
    committee {
      id
      name
    }
  }
`);

export const CreateCouncillorRoleMutation = graphql(`
  mutation CreateCouncillorRole($input: CreateCouncillorRoleInput!) {
    createCouncillorRole(input: $input) {
      councillorRole {
        ...CouncillorRoleRow
      }
    }
  }
`);

export const UpdateCouncillorRoleMutation = graphql(`
  mutation UpdateCouncillorRole($input: UpdateCouncillorRoleInput!) {
    updateCouncillorRole(input: $input) {
      councillorRole {
        ...CouncillorRoleRow
      }
    }
  }
`);

export const EndCouncillorRoleMutation = graphql(`
  mutation EndCouncillorRole($input: EndRoleInput!) {
    endCouncillorRole(input: $input) {
      councillorRole {
        ...CouncillorRoleRow
      }
    }
  }
`);

/** The viewer's own councillor roles with their wards (who may record ward enquiries, and where). */
export const MyWardsQuery = graphql(`
  query GovernanceMyWards($personId: ID!) {
    person(id: $personId) {
      id
      roles {
        id
        role
        ward
        current
      }
    }
  }
`);

/** What a portfolio is and names: its card's, its form's and the conflict panel's of a stale delete (stored-steps.queries.ts). */
export const PortfolioNamedFields = graphql(`
  fragment PortfolioNamed on Portfolio {
    id
    name
    description
    version
    directorates {
      id
      name
    }
    services {
      id
      name
    }
    priorities {
      id
      name
    }
  }
`);

export const PortfolioFields = graphql(`
  fragment PortfolioCard on Portfolio {
    ...PortfolioNamed
    holders {
      id
      startsOn
      person {
        id
        name
      }
    }
    coverage {
      directorates {
        id
        name
      }
      services {
        id
        name
      }
      priorities {
        id
        name
      }
    }
  }
`);

/** Portfolios with their holders and coverage; the gaps (PORTFOLIO_GAP) and the year's priorities for the council's people. */
export const PortfoliosQuery = graphql(`
  query GovernancePortfolios($councilId: ID!, $period: String!, $members: Boolean!) {
    council(id: $councilId) {
      id
      portfolios {
        ...PortfolioCard
      }
      priorities(period: $period) @include(if: $members) {
        id
        name
        level
      }
    }
    governanceFindings(councilId: $councilId, period: $period) @include(if: $members) {
      code
      message
      fix
    }
  }
`);

export const CreatePortfolioMutation = graphql(`
  mutation CreatePortfolio($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      portfolio {
        ...PortfolioCard
      }
    }
  }
`);

export const UpdatePortfolioMutation = graphql(`
  mutation UpdatePortfolio($input: UpdatePortfolioInput!) {
    updatePortfolio(input: $input) {
      portfolio {
        ...PortfolioCard
      }
    }
  }
`);

export const DeletePortfolioMutation = graphql(`
  mutation DeletePortfolio($id: ID!, $version: Int) {
    deletePortfolio(id: $id, version: $version) {
      deletedId
    }
  }
`);

export const WardEnquiryRowFields = graphql(`
  fragment WardEnquiryRow on WardEnquiry {
    id
    ward
    subject
    raisedOn
    responseDue
    respondedOn
    outcome
    status
    overdue
    version
    councillor {
      id
      name
    }
    service {
      id
      name
    }
  }
`);

/** Ward casework (the council's own people only) and the wards with their councillors today. */
export const WardEnquiriesQuery = graphql(`
  query GovernanceWardEnquiries($councilId: ID!, $ward: String, $serviceId: ID, $overdue: Boolean) {
    wardEnquiries(councilId: $councilId, ward: $ward, serviceId: $serviceId, overdue: $overdue, first: 500) {
      totalCount
      nodes {
        ...WardEnquiryRow
      }
    }
    council(id: $councilId) {
      id
      wards: councillorRoles(kind: WARD_COUNCILLOR, current: true) {
        id
        ward
        person {
          id
          name
        }
      }
    }
  }
`);

export const CreateWardEnquiryMutation = graphql(`
  mutation CreateWardEnquiry($input: CreateWardEnquiryInput!) {
    createWardEnquiry(input: $input) {
      wardEnquiry {
        ...WardEnquiryRow
      }
    }
  }
`);

export const UpdateWardEnquiryMutation = graphql(`
  mutation UpdateWardEnquiry($input: UpdateWardEnquiryInput!) {
    updateWardEnquiry(input: $input) {
      wardEnquiry {
        ...WardEnquiryRow
      }
    }
  }
`);

export const RespondToWardEnquiryMutation = graphql(`
  mutation RespondToWardEnquiry($input: RespondToWardEnquiryInput!) {
    respondToWardEnquiry(input: $input) {
      wardEnquiry {
        ...WardEnquiryRow
      }
    }
  }
`);

/** The council's controlled list of complaint themes, retired ones too (public). */
export const ComplaintThemesQuery = graphql(`
  query GovernanceComplaintThemes($councilId: ID!) {
    complaintThemes(councilId: $councilId, includeRetired: true) {
      id
      name
      retired
      version
    }
  }
`);

export const CreateComplaintThemeMutation = graphql(`
  mutation CreateComplaintTheme($input: CreateComplaintThemeInput!) {
    createComplaintTheme(input: $input) {
      theme {
        id
        name
        retired
        version
      }
    }
  }
`);

export const UpdateComplaintThemeMutation = graphql(`
  mutation UpdateComplaintTheme($input: UpdateComplaintThemeInput!) {
    updateComplaintTheme(input: $input) {
      theme {
        id
        name
        retired
        version
      }
    }
  }
`);
