import { useQuery } from '@apollo/client/react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import { graphql } from '../../graphql/index.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { DEFAULT_COMPLAINTS_YEAR } from './ComplaintsView.js';
import { financialYear, percent } from './format.js';
import { AREAS, type Area, governancePath } from './paths.js';
import { useGovernance } from './useGovernance.js';

const OverviewQuery = graphql(`
  query GovernanceOverview($councilId: ID!, $members: Boolean!, $from: String!, $to: String!) {
    complaintStatistics(councilId: $councilId, from: $from, to: $to) {
      total {
        received
        upheldShare
        withinTimescaleShare
      }
    }
    bestValueReviews(councilId: $councilId, first: 100) {
      totalCount
      nodes {
        id
        stalled
      }
    }
    scrutinyWorkProgramme(councilId: $councilId) {
      committees {
        committee {
          id
        }
        topics {
          id
        }
        recommendations {
          id
          unanswered
        }
      }
    }
    openRisks: risks(councilId: $councilId, status: OPEN, first: 1) @include(if: $members) {
      totalCount
    }
    veryHighRisks: risks(councilId: $councilId, status: OPEN, minResidualScore: 15, first: 1) @include(if: $members) {
      totalCount
    }
    overdueActions: actions(councilId: $councilId, overdue: true, first: 1) @include(if: $members) {
      totalCount
    }
    myActions: actions(councilId: $councilId, mine: true, first: 1) @include(if: $members) {
      totalCount
    }
    council(id: $councilId) {
      id
      currentRoles: councillorRoles(current: true) {
        id
        role
        person {
          id
        }
      }
      portfolios {
        id
        holders {
          id
        }
      }
      partnerBodies {
        id
      }
      healthInterfaces {
        id
      }
      staffRoles @include(if: $members) {
        id
      }
    }
    complaintThemes(councilId: $councilId) {
      id
    }
    enquiries: wardEnquiries(councilId: $councilId, first: 1) @include(if: $members) {
      totalCount
    }
    overdueEnquiries: wardEnquiries(councilId: $councilId, overdue: true, first: 1) @include(if: $members) {
      totalCount
    }
  }
`);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The landing view: one card per area with its headline figures; risks and actions for the council's own people. */
export function GovernanceOverview() {
  const { gss, councilId, councilName, duties } = useGovernance();
  const fy = financialYear(DEFAULT_COMPLAINTS_YEAR);
  const q = useQuery(OverviewQuery, { variables: { councilId, members: duties.member, ...fy }, fetchPolicy: 'cache-and-network' });
  const d = q.data;
  const programme = d?.scrutinyWorkProgramme.committees ?? [];
  const figures: Record<Area, string[]> = {
    risks: d?.openRisks ? [`${d.openRisks.totalCount} open risks`, `${d.veryHighRisks?.totalCount ?? 0} very high after controls`] : [],
    actions: d?.overdueActions ? [`${d.overdueActions.totalCount} overdue`, `${d.myActions?.totalCount ?? 0} owned by you`] : [],
    complaints: d
      ? [
          `${d.complaintStatistics.total.received} received in ${DEFAULT_COMPLAINTS_YEAR}`,
          `${percent(d.complaintStatistics.total.upheldShare)} upheld`,
          `${percent(d.complaintStatistics.total.withinTimescaleShare)} answered in time`,
        ]
      : [],
    reviews: d
      ? [
          `${d.bestValueReviews.totalCount} review${d.bestValueReviews.totalCount === 1 ? '' : 's'}`,
          `${d.bestValueReviews.nodes.filter((r) => r.stalled).length} stalled`,
        ]
      : [],
    scrutiny: d
      ? [
          `${programme.length} committee${programme.length === 1 ? '' : 's'}`,
          `${programme.reduce((n, c) => n + c.topics.length, 0)} topics`,
          `${programme.reduce((n, c) => n + c.recommendations.filter((r) => r.unanswered).length, 0)} recommendations unanswered`,
        ]
      : [],
    roles: d?.council
      ? [
          plural(new Set(d.council.currentRoles.map((r) => r.person.id)).size, 'councillor'),
          `${plural(d.council.currentRoles.filter((r) => r.role === 'CABINET_MEMBER' || r.role === 'LEADER').length, 'cabinet role')}`,
        ]
      : [],
    health: d?.council
      ? [
          plural(d.council.partnerBodies.length, 'partner body', 'partner bodies'),
          `${d.council.healthInterfaces.length} at the health interface`,
        ]
      : [],
    staff: d?.council?.staffRoles ? [plural(d.council.staffRoles.length, 'designation')] : [],
    portfolios: d?.council
      ? [
          plural(d.council.portfolios.length, 'portfolio'),
          `${d.council.portfolios.filter((p) => p.holders.length === 0).length} without a holder`,
        ]
      : [],
    enquiries: d?.enquiries
      ? [plural(d.enquiries.totalCount, 'enquiry', 'enquiries'), `${d.overdueEnquiries?.totalCount ?? 0} overdue`]
      : [],
    themes: d ? [plural(d.complaintThemes.length, 'theme in use', 'themes in use')] : [],
  };
  return (
    <>
      <div className="page__head">
        <div>
          <h1 id="governance-title">Governance</h1>
          <p className="lead">
            How {councilName} manages its risks, follows up what it said it would do, learns from complaints, reviews its services for Best
            Value and is held to account by scrutiny; who holds which role and portfolio, and the casework of its wards.
          </p>
        </div>
      </div>
      {q.error && !d && <ErrorState title="The overview could not be loaded" error={q.error} onRetry={() => void q.refetch()} />}
      {!d && !q.error && <Loading label="Loading the overview…" />}
      <ul className="gov-cards" aria-label="Areas of governance">
        {AREAS.map((a) => (
          <li key={a.key} className="card">
            <h2>
              <Link href={governancePath(gss, a.key)}>{a.label}</Link>
            </h2>
            <p className="small">{a.summary}</p>
            {a.members && !duties.member ? (
              <p className="small muted">For the council’s own staff and councillors.</p>
            ) : (
              figures[a.key].length > 0 && (
                <ul className="gov-cards__figures">
                  {figures[a.key].map((f) => (
                    <li key={f}>{f}</li>
                  ))}
                </ul>
              )
            )}
          </li>
        ))}
      </ul>
      {duties.member && (
        <p>
          The governance checks (risks not assessed, overdue actions, stalled reviews, unanswered recommendations…) are listed with the
          others in <Link href={routePath(gss, 'findings', null, { source: 'governance' })}>Findings</Link>.
        </p>
      )}
    </>
  );
}
