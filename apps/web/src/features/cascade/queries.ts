import { graphql } from '../../graphql/index.js';

export const PriorityPerformanceFields = graphql(`
  fragment PriorityPerformanceFields on PriorityPerformance {
    status
    reason
    basis
    drivers {
      kind
      status
      decisive
      text
      indicator {
        id
        code
        title
      }
    }
  }
`);

export const CascadeObjectiveFields = graphql(`
  fragment CascadeObjectiveFields on CascadeObjective {
    id
    name
    service {
      id
      name
    }
    owner {
      id
      name
    }
    appraisalObjectiveCount
    rollup {
      status
      milestones {
        total
        overdue
        atRisk
        complete
      }
    }
    milestones {
      id
      name
      due
      status
      overdue
      complete
    }
    targets {
      id
      indicatorId
      indicatorName
      precision {
        kind
        digits
      }
      unit
      period
      value
    }
  }
`);

export const CascadePriorityFields = graphql(`
  fragment CascadePriorityFields on CascadePriority {
    id
    name
    level
    status
    origin
    nationalAgenda
    budget
    fte
    appraisalObjectiveCount
    owner {
      id
      name
    }
    rollup {
      status
      objectives
      targets
      appraisalObjectives
      milestones {
        total
        overdue
        atRisk
        complete
      }
      priorities {
        total
      }
    }
    targets {
      id
      indicatorId
      indicatorName
      precision {
        kind
        digits
      }
      unit
      period
      value
    }
    objectives {
      ...CascadeObjectiveFields
    }
    performanceStatus {
      ...PriorityPerformanceFields
    }
  }
`);

export const CascadeQuery = graphql(`
  query CascadeView($councilId: ID!, $period: String!) {
    cascade(councilId: $councilId, period: $period) {
      period
      today
      includesUnpublished
      rollup {
        status
        objectives
        targets
        appraisalObjectives
        milestones {
          total
          overdue
          atRisk
          complete
        }
        priorities {
          total
          draft
          agreed
          communicated
        }
      }
      corporate {
        ...CascadePriorityFields
        children {
          ...CascadePriorityFields
          children {
            ...CascadePriorityFields
          }
        }
      }
      detached {
        ...CascadePriorityFields
        children {
          ...CascadePriorityFields
        }
      }
      nonPriorities {
        id
        name
        level
        reason
        parent {
          id
          name
        }
      }
      orphanObjectives {
        ...CascadeObjectiveFields
      }
    }
  }
`);

export const CoverageQuery = graphql(`
  query GoldenThreadCoverage($councilId: ID!, $period: String!) {
    goldenThread(councilId: $councilId, period: $period) {
      coverage {
        staffWithThread {
          count
          total
          share
        }
        prioritiesWithTarget {
          count
          total
          share
        }
        servicesWithPlan {
          count
          total
          share
        }
      }
      counts {
        code
        count
      }
    }
  }
`);

export const PersonThreadQuery = graphql(`
  query PersonThreadView($personId: ID!, $period: String!) {
    personThread(personId: $personId, period: $period) {
      hasThread
      period
      person {
        id
        name
      }
      appraisalObjectives {
        agreed
        complete
        appraisalObjective {
          id
          name
        }
        chains {
          complete
          reason
          breaksAt {
            id
            name
            type
          }
          steps {
            id
            name
            type
            level
            performanceStatus {
              ...PriorityPerformanceFields
            }
          }
        }
      }
    }
  }
`);

export const CascadeThreadQuery = graphql(`
  query CascadeThread($id: ID!) {
    node(id: $id) {
      ... on AppraisalObjective {
        id
        name
        objective {
          id
        }
        priority {
          id
        }
      }
    }
  }
`);
