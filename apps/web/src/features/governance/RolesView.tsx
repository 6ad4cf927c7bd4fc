import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { navigate } from '../../app/router.js';
import type { CouncillorRoleKind, CouncillorRoleRowFragment } from '../../graphql/graphql.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { FilterSelect, Segmented } from './Filters.js';
import { day, todayIso } from './format.js';
import { type Choice, Feedback, FormPanel, SelectField, TextField, textOrNull, useSubmit } from './forms.js';
import { governancePath } from './paths.js';
import { byCouncillor, ROLE_KINDS, roleLabel, roleNeeds, rolesAbilities, roleTitle } from './roles.model.js';
import {
  CouncillorRolesQuery,
  CreateCouncillorRoleMutation,
  EndCouncillorRoleMutation,
  UpdateCouncillorRoleMutation,
} from './roles.queries.js';
import { useGovernance, useLookups, usePeopleOf } from './useGovernance.js';

type Show = 'current' | 'past' | 'all';
const KIND_CHOICES: Choice[] = ROLE_KINDS.map((k) => ({ value: k, label: roleLabel(k) }));

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
      <div className="page__head">
        <div>
          <h1 id="governance-title">Councillors’ roles</h1>
          <p className="lead">
            {councilName}’s councillors and the roles they hold or held: the leader, the cabinet and its portfolios, scrutiny committees,
            the complaints and Best Value panels, and the wards they represent.
          </p>
        </div>
      </div>
      <form className="filters" aria-label="Filter the roles" onSubmit={(e) => e.preventDefault()}>
        <Segmented
          label="Which roles"
          name="show"
          value={show}
          options={[
            { value: 'current', label: 'Held now' },
            { value: 'past', label: 'Ended' },
            { value: 'all', label: 'All' },
          ]}
          onChange={(s) => set({ show: s === 'current' ? null : s })}
        />
        <FilterSelect label="Role" value={kind} any="Any role" choices={KIND_CHOICES} onChange={(k) => set({ kind: k })} />
        <label>
          Councillor’s name
          <input type="search" value={name} onChange={(e) => setName(e.target.value)} className="gov-search" />
        </label>
      </form>
      {can.manageRoles && <RoleForm portfolios={portfolios} onSaved={() => void q.refetch()} />}
      {q.error && !q.data ? (
        <ErrorState title="The roles could not be loaded" error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data ? (
        <Loading label="Loading the councillors’ roles…" />
      ) : (
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
    </>
  );
}

/** "From 5 May 2025", "5 May 2024 to 4 May 2025", "Long held". */
function dates(r: { startsOn?: string | null; endsOn?: string | null }): string {
  if (r.startsOn && r.endsOn) return `${day(r.startsOn)} to ${day(r.endsOn)}`;
  if (r.endsOn) return `Until ${day(r.endsOn)}`;
  return r.startsOn ? `From ${day(r.startsOn)}` : 'Start not recorded';
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

/** The portfolio, committee or ward a role of a kind names: the fields its kind needs, nothing else. */
function RefFields({
  kind,
  values,
  set,
  portfolios,
  outcome,
}: {
  kind: string;
  values: { portfolioId: string; committeeId: string; ward: string };
  set: (k: 'portfolioId' | 'committeeId' | 'ward') => (v: string) => void;
  portfolios: ReadonlyArray<{ id: string; name: string }>;
  outcome: ReturnType<typeof useSubmit>[0];
}) {
  const { committees } = useLookups();
  const needs = roleNeeds(kind);
  return (
    <>
      {needs.portfolio !== 'no' && (
        <SelectField
          label="Portfolio"
          name="portfolioId"
          value={values.portfolioId}
          onChange={set('portfolioId')}
          empty="Choose a portfolio"
          choices={portfolios.map((p) => ({ value: p.id, label: p.name }))}
          outcome={outcome}
          required
        />
      )}
      {needs.committee !== 'no' && (
        <SelectField
          label="Committee"
          name="committeeId"
          value={values.committeeId}
          onChange={set('committeeId')}
          empty={needs.committee === 'required' ? 'Choose a committee' : 'None (sits on its own)'}
          choices={committees.map((c) => ({ value: c.id, label: c.name }))}
          outcome={outcome}
          required={needs.committee === 'required'}
        />
      )}
      {needs.ward && <TextField label="Ward" name="ward" value={values.ward} onChange={set('ward')} outcome={outcome} required />}
    </>
  );
}

interface RoleValues {
  personId: string;
  role: string;
  portfolioId: string;
  committeeId: string;
  ward: string;
  startsOn: string;
  endsOn: string;
}

/** Only what the kind names is sent: a leftover choice of another kind would be refused. */
function refsFor(kind: string, v: Pick<RoleValues, 'portfolioId' | 'committeeId' | 'ward'>) {
  const needs = roleNeeds(kind);
  return {
    portfolioId: needs.portfolio === 'no' ? null : v.portfolioId || null,
    committeeId: needs.committee === 'no' ? null : v.committeeId || null,
    ward: needs.ward ? textOrNull(v.ward) : null,
  };
}

function RoleForm({ portfolios, onSaved }: { portfolios: ReadonlyArray<{ id: string; name: string }>; onSaved: () => void }) {
  const { councilId } = useGovernance();
  const councillors = usePeopleOf('COUNCILLOR');
  const empty: RoleValues = {
    personId: '',
    role: 'CABINET_MEMBER',
    portfolioId: '',
    committeeId: '',
    ward: '',
    startsOn: todayIso(),
    endsOn: '',
  };
  const [v, setV] = useState<RoleValues>(empty);
  const [create] = useMutation(CreateCouncillorRoleMutation);
  const set = (k: keyof RoleValues) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const [outcome, submit] = useSubmit(async () => {
    const res = await create({
      variables: {
        input: {
          councilId,
          personId: v.personId,
          role: v.role as CouncillorRoleKind,
          ...refsFor(v.role, v),
          startsOn: v.startsOn,
          endsOn: v.endsOn || null,
        },
      },
    });
    const made = res.data?.createCouncillorRole.councillorRole;
    onSaved();
    setV(empty);
    return made ? `${made.person.name}: ${roleTitle(made)}, ${dates(made).toLowerCase()}.` : 'The role is recorded.';
  });
  return (
    <FormPanel title="Record a role">
      <form aria-label="Record a role" onSubmit={(e) => void submit(e)} className="gov-form">
        <SelectField
          label="Councillor"
          name="personId"
          value={v.personId}
          onChange={set('personId')}
          empty="Choose a councillor"
          choices={councillors.map((p) => ({ value: p.id, label: p.name }))}
          outcome={outcome}
          required
        />
        <SelectField label="Role" name="role" value={v.role} onChange={set('role')} choices={KIND_CHOICES} outcome={outcome} />
        <RefFields kind={v.role} values={v} set={set} portfolios={portfolios} outcome={outcome} />
        <div className="gov-form__row">
          <TextField
            label="First day"
            name="startsOn"
            type="date"
            value={v.startsOn}
            onChange={set('startsOn')}
            outcome={outcome}
            required
          />
          <TextField
            label="Last day"
            name="endsOn"
            type="date"
            value={v.endsOn}
            onChange={set('endsOn')}
            outcome={outcome}
            hint="Leave empty while it lasts."
          />
        </div>
        <Feedback outcome={outcome} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={outcome.busy}>
            Record the role
          </button>
        </div>
      </form>
    </FormPanel>
  );
}

function ChangeRoleForm({
  role: r,
  portfolios,
  onSaved,
}: {
  role: CouncillorRoleRowFragment;
  portfolios: ReadonlyArray<{ id: string; name: string }>;
  onSaved: () => void;
}) {
  const [v, setV] = useState({
    portfolioId: r.portfolio?.id ?? '',
    committeeId: r.committee?.id ?? '',
    ward: r.ward ?? '',
    startsOn: r.startsOn ?? '',
    endsOn: r.endsOn ?? '',
  });
  const [update] = useMutation(UpdateCouncillorRoleMutation);
  const set = (k: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [k]: value }));
  const [outcome, submit] = useSubmit(async () => {
    const needs = roleNeeds(r.role);
    const refs = refsFor(r.role, v);
    await update({
      variables: {
        input: {
          id: r.id,
          version: r.version,
          ...(needs.portfolio === 'no' ? {} : { portfolioId: refs.portfolioId }),
          ...(needs.committee === 'no' ? {} : { committeeId: refs.committeeId }),
          ...(needs.ward ? { ward: refs.ward } : {}),
          startsOn: v.startsOn || null,
          endsOn: v.endsOn || null,
        },
      },
    });
    onSaved();
    return 'The role is saved.';
  });
  const label = `Change the role ${roleTitle(r)} of ${r.person.name}`;
  return (
    <form aria-label={label} onSubmit={(e) => void submit(e)} className="gov-form">
      <RefFields kind={r.role} values={v} set={set} portfolios={portfolios} outcome={outcome} />
      <div className="gov-form__row">
        <TextField label="First day" name="startsOn" type="date" value={v.startsOn} onChange={set('startsOn')} outcome={outcome} required />
        <TextField label="Last day" name="endsOn" type="date" value={v.endsOn} onChange={set('endsOn')} outcome={outcome} />
      </div>
      <Feedback outcome={outcome} />
      <div className="actions">
        <button type="submit" className="button" disabled={outcome.busy}>
          Save the role
        </button>
      </div>
    </form>
  );
}

function EndRoleForm({ role: r, onSaved }: { role: CouncillorRoleRowFragment; onSaved: () => void }) {
  const [endsOn, setEndsOn] = useState(todayIso());
  const [end] = useMutation(EndCouncillorRoleMutation);
  const [outcome, submit] = useSubmit(async () => {
    await end({ variables: { input: { id: r.id, version: r.version, endsOn } } });
    onSaved();
    return `The role ends on ${day(endsOn)}.`;
  });
  return (
    <form
      aria-label={`End the role ${roleTitle(r)} of ${r.person.name}`}
      onSubmit={(e) => void submit(e)}
      className="gov-form gov-form--end"
    >
      <TextField label="Its last day" name="endsOn" type="date" value={endsOn} onChange={setEndsOn} outcome={outcome} required />
      <Feedback outcome={outcome} />
      <div className="actions">
        <button type="submit" className="button" disabled={outcome.busy}>
          End the role
        </button>
      </div>
    </form>
  );
}
