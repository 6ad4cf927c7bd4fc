import { graphql } from '../../graphql/index.js';

export const SchemeQuery = graphql(`
  query Scheme($councilId: ID!) {
    council(id: $councilId) {
      id
      name
      delegationViewerCan {
        createDecisionBody
        createDecisionPower
        importScheme
        delegate
      }
      decisionBodies {
        id
        name
        kind
      }
      decisionPowers {
        id
        name
        kind
        financialLimit
        sourceBody {
          id
          name
        }
        viewerCan {
          delegate
        }
      }
      delegations(first: 500) {
        nodes {
          id
          version
          power {
            id
            name
          }
          fromBody {
            id
            name
          }
          fromPerson {
            id
            name
          }
          toPerson {
            id
            name
          }
          holderPost
          scopeKind
          financialLimit
          maySubDelegate
          effectiveFrom
          viewerCan {
            subDelegate
            revoke
          }
        }
      }
    }
  }
`);

export const CreateDecisionBodyMutation = graphql(`
  mutation CreateDecisionBody($input: CreateDecisionBodyInput!) {
    createDecisionBody(input: $input) {
      body {
        id
      }
    }
  }
`);

export const CreateDecisionPowerMutation = graphql(`
  mutation CreateDecisionPower($input: CreateDecisionPowerInput!) {
    createDecisionPower(input: $input) {
      power {
        id
      }
    }
  }
`);

export const DelegateMutation = graphql(`
  mutation Delegate($input: DelegateInput!) {
    delegate(input: $input) {
      delegation {
        id
      }
    }
  }
`);

export const SubDelegateMutation = graphql(`
  mutation SubDelegate($input: SubDelegateInput!) {
    subDelegate(input: $input) {
      delegation {
        id
      }
    }
  }
`);

export const RevokeDelegationMutation = graphql(`
  mutation RevokeDelegation($input: RevokeDelegationInput!) {
    revokeDelegation(input: $input) {
      message
    }
  }
`);

export const SchemeCsvQuery = graphql(`
  query SchemeCsv($councilId: ID!) {
    schemeOfDelegationCsv(councilId: $councilId)
  }
`);

export const ImportSchemeMutation = graphql(`
  mutation ImportScheme($input: ImportSchemeInput!) {
    importSchemeOfDelegation(input: $input) {
      applied
      dryRun
      rows
      created
      updated
      unchanged
      powersCreated
      errors {
        line
        column
        message
      }
    }
  }
`);

export const SchemeHistoryQuery = graphql(`
  query SchemeHistory($councilId: ID!) {
    council(id: $councilId) {
      id
      delegationEvents(first: 20) {
        nodes {
          id
          at
          kind
          actorLabel
          note
          after
        }
      }
    }
  }
`);
