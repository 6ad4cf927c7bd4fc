import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { Accounts } from './AccountsSection.js';
import { ApiKeys } from './ApiKeysSection.js';
import { FourEyes } from './FourEyesSection.js';

/** The council's administration: people's sign-in accounts, partners' API keys and the council's settings (administrators only). */
export function AdminPage({ gss }: { gss: string }) {
  return <WithCouncil gss={gss}>{(council) => <Admin gss={gss} councilId={council.id} councilName={council.name} />}</WithCouncil>;
}

function Admin({ gss, councilId, councilName }: { gss: string; councilId: string; councilName: string }) {
  return (
    <Page labelledBy="admin-title">
      <div className="page__head">
        <div>
          <h1 id="admin-title">Administration</h1>
          <p className="lead">
            Who can sign in to {councilName}’s Golden Thread, the read-only API keys partners use to query it, and how its figures are
            checked. Every change here is recorded in the <Link href={routePath(gss, 'audit')}>audit trail</Link>.
          </p>
        </div>
      </div>
      <Accounts councilId={councilId} />
      <ApiKeys councilId={councilId} />
      <FourEyes councilId={councilId} />
    </Page>
  );
}
