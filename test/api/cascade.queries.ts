/** GraphQL documents shared by the golden-thread tests. */
const ROLLUP =
  `rollup { priorities { total draft agreed communicated } objectives milestones { total complete overdue atRisk } targets ` +
  `appraisalObjectives status }`;
const OBJECTIVE =
  `id name service { id type name } owner { id name } milestones { id name due completedOn status complete overdue } ` +
  `targets { id indicatorId indicatorName period value serviceId } appraisalObjectiveCount ${ROLLUP}`;
const PRIORITY =
  `id name level status origin nationalAgenda owner { id name } budget fte appraisalObjectiveCount targets { id value ` +
  `indicatorName } objectives { ${OBJECTIVE} } ${ROLLUP}`;
export const CASCADE = `query($councilId: ID!, $period: String!, $asOf: String) {
  cascade(councilId: $councilId, period: $period, asOf: $asOf) {
    council { id name } period today includesUnpublished
    limits { level limit }
    corporate { ${PRIORITY} children { ${PRIORITY} children { ${PRIORITY} } } }
    detached { ${PRIORITY} children { ${PRIORITY} } }
    nonPriorities { id name level reason parent { id name } }
    orphanObjectives { ${OBJECTIVE} }
    ${ROLLUP}
  } }`;

export const THREAD = `query($personId: ID!, $period: String!) { personThread(personId: $personId, period: $period) {
  person { id type name } period hasThread
  appraisalObjectives { appraisalObjective { id name } agreed complete chains { complete reason steps { id type name level } breaksAt { id
    type name } } } } }`;

export const REPORT = `query($councilId: ID!, $period: String!) { goldenThread(councilId: $councilId, period: $period) {
  council { name } period counts { code count }
  findings { code severity message fix nodes { id type name } }
  coverage { staffWithThread { count total share missingIds } prioritiesWithTarget { count total share missingIds } servicesWithPlan {
    count total share missingIds } } } }`;
