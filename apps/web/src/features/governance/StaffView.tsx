import { useMutation, useQuery } from '@apollo/client/react';
import { navigate } from '../../app/router.js';
import type { GovernanceStaffRolesQuery, StaffRoleKind } from '../../graphql/graphql.js';
import { ConflictAnswer, dateShown, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import { Counted, ShowFilter, ViewHead } from './Filters.js';
import { day, todayIso, words } from './format.js';
import { codeChoices, DateField, FormPanel, GovForm, PersonPicker, Row, SelectField, useForm } from './forms.js';
import { Loaded } from './Loaded.js';
import { CreateStaffRoleMutation, EndStaffRoleMutation, StaffRolesQuery } from './health.queries.js';
import { governancePath } from './paths.js';
import { StoredGovernanceStepQuery } from './stored-steps.queries.js';
import { useGovernance } from './useGovernance.js';

type Designation = NonNullable<GovernanceStaffRolesQuery['council']>['staffRoles'][number];
const KINDS: StaffRoleKind[] = ['COMPLAINTS_OFFICER', 'SCRUTINY_OFFICER', 'RISK_MANAGER'];
const DOES: Record<string, string> = {
  COMPLAINTS_OFFICER: 'records and works complaints, and keeps the list of themes',
  SCRUTINY_OFFICER: 'keeps every committee’s work programme, the partner bodies and the health interface',
  RISK_MANAGER: 'keeps the risk register and imports it and the actions from CSV',
};

/** "From 1 Apr 2024", "1 Apr 2024 to 31 Mar 2025". */
const span = (d: Designation) => (d.endsOn ? `${day(d.startsOn)} to ${day(d.endsOn)}` : `From ${day(d.startsOn)}`);

const SHOWS = [
  { value: 'current', label: 'Held now' },
  { value: 'all', label: 'With the ended ones' },
] as const;

/** Staff designations beyond a post (complaints officers, scrutiny officers, risk managers); administrators designate and end them. */
export function StaffView({ params }: { params: URLSearchParams }) {
  const { gss, councilId, councilName, can } = useGovernance();
  const all = params.get('show') === 'all';
  const q = useQuery(StaffRolesQuery, { variables: { councilId, includeEnded: all }, fetchPolicy: 'cache-and-network' });
  const refetch = () => void q.refetch();
  const roles = q.data?.council?.staffRoles ?? [];
  return (
    <>
      <ViewHead title="Staff designations">
        Who at {councilName} is designated a complaints officer, a scrutiny officer or a risk manager, and since when: what each may change
        in Governance follows from it.
      </ViewHead>
      <form className="filters" aria-label="Filter the designations" onSubmit={(e) => e.preventDefault()}>
        <ShowFilter
          label="Which designations"
          value={all ? 'all' : 'current'}
          options={SHOWS}
          onChange={(s) => navigate(governancePath(gss, 'staff', null, { show: s }), { replace: true })}
        />
      </form>
      {can.designateStaff && <DesignateForm onSaved={refetch} />}
      <Loaded q={q} failed="The designations could not be loaded" loading="Loading the designations…">
        {() => (
          <div className="gov-grid gov-grid--three">
            {KINDS.map((k) => {
              const held = roles.filter((r) => r.kind === k);
              return (
                <Counted key={k} id={`staff-${k}`} title={`${words(k)}s`} count={held.length}>
                  <p className="small muted">
                    A {words(k).toLowerCase()} {DOES[k]}.
                  </p>
                  {held.length === 0 && <p>Nobody is designated.</p>}
                  <ul className="gov-records" aria-label={`${words(k)}s`}>
                    {held.map((r) => (
                      <li key={r.id} className={`gov-record${r.current ? '' : ' is-ended'}`}>
                        <h3>
                          {r.person?.name ?? 'Someone who has left'}
                          {!r.current && <span className="tag">{r.endsOn && r.endsOn < todayIso() ? 'Ended' : 'Not started'}</span>}
                        </h3>
                        <p className="small">
                          {r.person?.jobTitle && `${r.person.jobTitle} · `}
                          {span(r)}
                        </p>
                        {can.designateStaff && r.current && <EndForm role={r} onSaved={refetch} />}
                      </li>
                    ))}
                  </ul>
                </Counted>
              );
            })}
          </div>
        )}
      </Loaded>
    </>
  );
}

function DesignateForm({ onSaved }: { onSaved: () => void }) {
  const { councilId } = useGovernance();
  const [create] = useMutation(CreateStaffRoleMutation);
  const empty = { personId: '', kind: 'COMPLAINTS_OFFICER', startsOn: todayIso(), endsOn: '' };
  const f = useForm(empty, async (v) => {
    const input = { councilId, personId: v.personId, kind: v.kind as StaffRoleKind, startsOn: v.startsOn, endsOn: v.endsOn || null };
    const res = await create({ variables: { input } });
    f.setV(() => empty);
    onSaved();
    const made = res.data?.createStaffRole.staffRole;
    return `${made?.person?.name ?? 'They'} ${made ? `is a ${words(made.kind).toLowerCase()}` : 'is designated'} from ${day(v.startsOn)}.`;
  });
  return (
    <GovForm panel="Designate a member of staff" label="Designate a member of staff" form={f} submit="Designate" primary>
      <Row>
        <PersonPicker label="Member of staff" {...f.field('personId')} empty="Choose a member of staff" withTitle required />
        <SelectField label="Designated as" {...f.field('kind')} choices={codeChoices(KINDS)} />
      </Row>
      <Row>
        <DateField label="First day" {...f.field('startsOn')} required />
        <DateField label="Last day" {...f.field('endsOn')} hint="Leave empty while it lasts." />
      </Row>
    </GovForm>
  );
}

/** A designation as the conflict panel of a stale end compares it. */
const designationValues = (d: { startsOn: string; endsOn?: string | null }) => ({ startsOn: d.startsOn, endsOn: d.endsOn ?? '' });
const DESIGNATION_FIELDS = [
  { key: 'startsOn', label: 'First day', show: dateShown },
  { key: 'endsOn', label: 'Last day', show: (v: string) => (v ? day(v) : 'Not recorded') },
] as const;

/** Ends a designation at the version read: a stale one is answered with their change and do it anyway / cancel. */
function EndForm({ role: r, onSaved }: { role: Designation; onSaved: () => void }) {
  const [end] = useMutation(EndStaffRoleMutation);
  const who = r.person?.name ?? 'this person';
  const c = useConflictForm(DESIGNATION_FIELDS, useStoredNodeOf(StoredGovernanceStepQuery, r.id, 'StaffRole', designationValues));
  const f = useForm(
    { endsOn: todayIso() },
    async (v) => {
      const input = { id: r.id, version: c.version(r.version), endsOn: v.endsOn };
      await c.guard(designationValues(r), designationValues(r), () => end({ variables: { input } }));
      onSaved();
      return `${who} is a ${words(r.kind).toLowerCase()} until ${day(v.endsOn)}.`;
    },
    r.version,
  );
  return (
    <FormPanel title="End the designation">
      <GovForm
        label={`End ${who}'s designation as ${words(r.kind).toLowerCase()}`}
        form={{ ...f, outcome: c.outcome(f.outcome) }}
        submit="End it"
        className="gov-form gov-form--end"
      >
        <ConflictAnswer
          c={c}
          what={`${who}’s designation`}
          busy={f.outcome.busy}
          submit={f.submit}
          show={f.reset}
          step={`end it on ${day(f.v.endsOn)}`}
        />
        <DateField label="Its last day" {...f.field('endsOn')} required />
      </GovForm>
    </FormPanel>
  );
}
