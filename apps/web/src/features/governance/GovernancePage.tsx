import { Link } from '../../app/Link.js';
import { currentLocation, signInPath } from '../../app/router.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { Loading } from '../../ui/Status.js';
import { ActionsView } from './ActionsView.js';
import { ComplaintsView } from './ComplaintsView.js';
import { EnquiriesView } from './EnquiriesView.js';
import { GovernanceOverview } from './GovernanceOverview.js';
import { HealthView } from './HealthView.js';
import { PortfoliosView } from './PortfoliosView.js';
import { AREAS, type Area, governancePath, isArea } from './paths.js';
import { ReviewsView } from './ReviewsView.js';
import { RisksView } from './RisksView.js';
import { RolesView } from './RolesView.js';
import { ScrutinyView } from './ScrutinyView.js';
import { StaffView } from './StaffView.js';
import { ThemesView } from './ThemesView.js';
import { GovernanceProvider, useGovernance } from './useGovernance.js';
import './governance.css';

/** The Governance area of a council: the overview, and one view per kind of record. */
export function GovernancePage({
  gss,
  area,
  recordId,
  params,
}: {
  gss: string;
  area: string | null;
  recordId: string | null;
  params: URLSearchParams;
}) {
  return (
    <WithCouncil gss={gss}>
      {(council) => (
        <GovernanceProvider gss={gss} councilId={council.id} councilName={council.name}>
          <Governance area={isArea(area) ? area : null} unknown={area !== null && !isArea(area)} recordId={recordId} params={params} />
        </GovernanceProvider>
      )}
    </WithCouncil>
  );
}

function Governance({
  area,
  unknown,
  recordId,
  params,
}: {
  area: Area | null;
  unknown: boolean;
  recordId: string | null;
  params: URLSearchParams;
}) {
  const { gss } = useGovernance();
  return (
    <Page labelledBy="governance-title">
      <nav className="gov-tabs" aria-label="Governance">
        <ul>
          <li>
            <Link href={governancePath(gss)} aria-current={area === null ? 'page' : undefined}>
              Overview
            </Link>
          </li>
          {AREAS.map((a) => (
            <li key={a.key}>
              <Link href={governancePath(gss, a.key)} aria-current={area === a.key ? 'page' : undefined}>
                {a.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {unknown ? (
        <p className="lead" id="governance-title">
          There is no such part of Governance. <Link href={governancePath(gss)}>Open the overview</Link>.
        </p>
      ) : area === null ? (
        <GovernanceOverview />
      ) : area === 'risks' ? (
        <MembersOnly area="risks">
          <RisksView riskId={recordId} params={params} />
        </MembersOnly>
      ) : area === 'actions' ? (
        <MembersOnly area="actions">
          <ActionsView params={params} />
        </MembersOnly>
      ) : area === 'complaints' ? (
        <ComplaintsView params={params} />
      ) : area === 'reviews' ? (
        <ReviewsView reviewId={recordId} params={params} />
      ) : area === 'roles' ? (
        <RolesView params={params} />
      ) : area === 'portfolios' ? (
        <PortfoliosView params={params} />
      ) : area === 'enquiries' ? (
        <MembersOnly area="enquiries">
          <EnquiriesView params={params} />
        </MembersOnly>
      ) : area === 'health' ? (
        <HealthView />
      ) : area === 'staff' ? (
        <MembersOnly area="staff">
          <StaffView params={params} />
        </MembersOnly>
      ) : area === 'themes' ? (
        <ThemesView />
      ) : (
        <ScrutinyView params={params} />
      )}
    </Page>
  );
}

/** Risks, actions, ward casework and staff designations are for the council's own staff and councillors: others are told why. */
function MembersOnly({ area, children }: { area: Area; children: React.ReactNode }) {
  const { can, councilName, loading } = useGovernance();
  const info = AREAS.find((a) => a.key === area)!;
  if (can.seeRegisters) return <>{children}</>;
  if (loading) return <Loading label="Checking who you are…" />;
  return (
    <section className="not-yet" aria-labelledby="governance-title">
      <h1 id="governance-title">{info.label}</h1>
      <p className="lead">{info.summary}</p>
      <p>
        This is for {councilName}’s own staff and councillors. <Link href={signInPath(currentLocation())}>Sign in</Link> to see it.
      </p>
    </section>
  );
}
