import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { navigate } from '../../app/router.js';
import type { CouncillorRoleKind, CouncillorRoleRowFragment } from '../../graphql/graphql.js';
import { FilterSelect, ShowFilter, ViewHead } from './Filters.js';
import { todayIso } from './format.js';
import { FormPanel } from './forms.js';
import { Loaded } from './Loaded.js';
import { governancePath } from './paths.js';
import { ChangeRoleForm, dates, EndRoleForm, KIND_CHOICES, RoleForm } from './RoleForms.js';
import { byCouncillor, ROLE_KINDS, rolesAbilities, roleTitle } from './roles.model.js';
import { CouncillorRolesQuery } from './roles.queries.js';
import { useGovernance } from './useGovernance.js';

type Show = 'current' | 'past' | 'all';

const SHOWS = [
  { value: 'current', label: 'Held now' },
  { value: 'past', label: 'Ended' },
  { value: 'all', label: 'All' },
] as const;

/** Every councillor of the council with their current and past roles; forms to record, change and end a role for those allowed. */
export function RolesView({ params }: { params: URLSearchParams }) {
  const { gss, councilId, councilName, duties } = useGovernance();
  const can = rolesAbilities(duties, []);
  const show: Show = params.get('show') === 'past' ? 'past' : params.get('show') === 'all' ? 'all' : 'current';
  const kindParam = params.get('kind');
  const kind = (ROLE_KINDS as readonly string[]).includes(kindParam ?? '') ? (kindParam as CouncillorRoleKind) : null;
  const [name, setName] = useState('');
  const q = useQuery(CouncillorRolesQuery, {
    variables: { councilId, current: show === 'current' ? true : show === 'past' ? false : null, kind },
    fetchPolicy: 'cache-and-network',
  });
  const set = (changes: Record<string, string | null>) =>
    navigate(governancePath(gss, 'roles', null, { show: show === 'current' ? null : show, kind, ...changes }), { replace: true });
  const groups = useMemo(() => {
    const all = byCouncillor(q.data?.council?.councillorRoles ?? []);
    const wanted = name.trim().toLowerCase();
    return wanted ? all.filter((g) => g.person.name.toLowerCase().includes(wanted)) : all;
  }, [q.data, name]);
  const portfolios = q.data?.council?.portfolios ?? [];
  const roleCount = groups.reduce((n, g) => n + g.roles.length, 0);
  return (
    <>
      <ViewHead title="Councillors’ roles">
        {councilName}’s councillors and the roles they hold or held: the leader, the cabinet and its portfolios, scrutiny committees, the
        complaints and Best Value panels, and the wards they represent.
      </ViewHead>
      <form className="filters" aria-label="Filter the roles" onSubmit={(e) => e.preventDefault()}>
        <ShowFilter label="Which roles" value={show} options={SHOWS} onChange={(s) => set({ show: s })} />
        <FilterSelect label="Role" value={kind} any="Any role" choices={KIND_CHOICES} onChange={(k) => set({ kind: k })} />
        <label>
          Councillor’s name
          <input type="search" value={name} onChange={(e) => setName(e.target.value)} className="gov-search" />
        </label>
      </form>
      {can.manageRoles && <RoleForm portfolios={portfolios} onSaved={() => void q.refetch()} />}
      <Loaded q={q} failed="The roles could not be loaded" loading="Loading the councillors’ roles…">
        {() => (
          <>
            <p role="status" className="muted">
              {groups.length} councillor{groups.length === 1 ? '' : 's'}, {roleCount} role{roleCount === 1 ? '' : 's'}
            </p>
            {groups.length === 0 ? (
              <p>No roles match.</p>
            ) : (
              <ul className="gov-councillors" aria-label="Councillors">
                {groups.map((g) => (
                  <li key={g.person.id} className="card gov-councillor">
                    <h2>{g.person.name}</h2>
                    {g.person.jobTitle && g.person.jobTitle !== 'Councillor' && <p className="small muted">{g.person.jobTitle}</p>}
                    <ul className="gov-role-list" aria-label={`Roles of ${g.person.name}`}>
                      {g.roles.map((r) => (
                        <RoleItem key={r.id} role={r} manage={can.manageRoles} portfolios={portfolios} onSaved={() => void q.refetch()} />
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

function RoleItem({
  role: r,
  manage,
  portfolios,
  onSaved,
}: {
  role: CouncillorRoleRowFragment;
  manage: boolean;
  portfolios: ReadonlyArray<{ id: string; name: string }>;
  onSaved: () => void;
}) {
  const title = roleTitle(r);
  return (
    <li className={`gov-role${r.current ? '' : ' is-ended'}`}>
      <span className="gov-role__title">{title}</span>
      {!r.current && <span className="tag">{r.endsOn && r.endsOn < todayIso() ? 'Ended' : 'Not started'}</span>}
      <span className="small muted gov-role__dates">{dates(r)}</span>
      {manage && (
        <FormPanel title={`Change or end: ${title}`}>
          <ChangeRoleForm role={r} portfolios={portfolios} onSaved={onSaved} />
          {r.current && <EndRoleForm role={r} onSaved={onSaved} />}
        </FormPanel>
      )}
    </li>
  );
}
