import { useMutation } from '@apollo/client/react';
import type { CouncillorRoleKind, CouncillorRoleRowFragment } from '../../graphql/graphql.js';
import { ConflictAnswer, dateShown, formAnswers, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import { day, todayIso } from './format.js';
import { type Choice, DateField, type Form, GovForm, Row, SelectField, TextField, textOrNull, useForm } from './forms.js';
import { ROLE_KINDS, roleLabel, roleNeeds, roleTitle } from './roles.model.js';
import { CreateCouncillorRoleMutation, EndCouncillorRoleMutation, UpdateCouncillorRoleMutation } from './roles.queries.js';
import { StoredGovernanceRecordQuery } from './stored.queries.js';
import { useGovernance, useLookups, usePeopleOf } from './useGovernance.js';

export const KIND_CHOICES: Choice[] = ROLE_KINDS.map((k) => ({ value: k, label: roleLabel(k) }));
type Portfolios = ReadonlyArray<{ id: string; name: string }>;
interface Saved {
  onSaved: () => void;
}

interface RefValues {
  portfolioId: string;
  committeeId: string;
  ward: string;
  startsOn: string;
  endsOn: string;
}

type StoredRole = {
  portfolio?: { id: string } | null;
  committee?: { id: string } | null;
  ward?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
};
const roleValues = (r: StoredRole): RefValues => ({
  portfolioId: r.portfolio?.id ?? '',
  committeeId: r.committee?.id ?? '',
  ward: r.ward ?? '',
  startsOn: r.startsOn ?? '',
  endsOn: r.endsOn ?? '',
});

/** "From 5 May 2025", "5 May 2024 to 4 May 2025", "Long held". */
export function dates(r: { startsOn?: string | null; endsOn?: string | null }): string {
  if (r.startsOn && r.endsOn) return `${day(r.startsOn)} to ${day(r.endsOn)}`;
  if (r.endsOn) return `Until ${day(r.endsOn)}`;
  return r.startsOn ? `From ${day(r.startsOn)}` : 'Start not recorded';
}

/** The portfolio, committee or ward a role of a kind names, then its dates: the fields its kind needs, nothing else. */
function RoleFields<T extends RefValues>({ kind, f, portfolios }: { kind: string; f: Form<T>; portfolios: Portfolios }) {
  const { committees } = useLookups();
  const needs = roleNeeds(kind);
  // The keys of RefValues, which every T has.
  const field = (k: keyof RefValues) => f.field(k as never);
  return (
    <>
      {needs.portfolio !== 'no' && (
        <SelectField
          label="Portfolio"
          {...field('portfolioId')}
          empty="Choose a portfolio"
          choices={portfolios.map((p) => ({ value: p.id, label: p.name }))}
          required
        />
      )}
      {needs.committee !== 'no' && (
        <SelectField
          label="Committee"
          {...field('committeeId')}
          empty={needs.committee === 'required' ? 'Choose a committee' : 'None (sits on its own)'}
          choices={committees.map((c) => ({ value: c.id, label: c.name }))}
          required={needs.committee === 'required'}
        />
      )}
      {needs.ward && <TextField label="Ward" {...field('ward')} required />}
      <Row>
        <DateField label="First day" {...field('startsOn')} required />
        <DateField label="Last day" {...field('endsOn')} hint="Leave empty while it lasts." />
      </Row>
    </>
  );
}

/** Only what the kind names is sent: a leftover choice of another kind would be refused. */
function refsFor(kind: string, v: RefValues) {
  const needs = roleNeeds(kind);
  return {
    portfolioId: needs.portfolio === 'no' ? null : v.portfolioId || null,
    committeeId: needs.committee === 'no' ? null : v.committeeId || null,
    ward: needs.ward ? textOrNull(v.ward) : null,
  };
}

export function RoleForm({ portfolios, onSaved }: { portfolios: Portfolios } & Saved) {
  const { councilId } = useGovernance();
  const councillors = usePeopleOf('COUNCILLOR');
  const empty = { personId: '', role: 'CABINET_MEMBER', portfolioId: '', committeeId: '', ward: '', startsOn: todayIso(), endsOn: '' };
  const [create] = useMutation(CreateCouncillorRoleMutation);
  const f = useForm(empty, async (v) => {
    const refs = refsFor(v.role, v);
    const input = {
      councilId,
      personId: v.personId,
      role: v.role as CouncillorRoleKind,
      ...refs,
      startsOn: v.startsOn,
      endsOn: v.endsOn || null,
    };
    const res = await create({ variables: { input } });
    const made = res.data?.createCouncillorRole.councillorRole;
    onSaved();
    f.setV(() => empty);
    return made ? `${made.person.name}: ${roleTitle(made)}, ${dates(made).toLowerCase()}.` : 'The role is recorded.';
  });
  return (
    <GovForm panel="Record a role" label="Record a role" form={f} submit="Record the role" primary>
      <SelectField
        label="Councillor"
        {...f.field('personId')}
        empty="Choose a councillor"
        choices={councillors.map((p) => ({ value: p.id, label: p.name }))}
        required
      />
      <SelectField label="Role" {...f.field('role')} choices={KIND_CHOICES} />
      <RoleFields kind={f.v.role} f={f} portfolios={portfolios} />
    </GovForm>
  );
}

export function ChangeRoleForm({ role: r, portfolios, onSaved }: { role: CouncillorRoleRowFragment; portfolios: Portfolios } & Saved) {
  const [update] = useMutation(UpdateCouncillorRoleMutation);
  const { committees } = useLookups();
  const nameIn = (all: ReadonlyArray<{ id: string; name: string }>) => (id: string) =>
    id ? (all.find((x) => x.id === id)?.name ?? id) : 'None';
  const fields = [
    { key: 'portfolioId', label: 'Portfolio', show: nameIn(portfolios) },
    { key: 'committeeId', label: 'Committee', show: nameIn(committees) },
    { key: 'ward', label: 'Ward' },
    { key: 'startsOn', label: 'First day', show: dateShown },
    { key: 'endsOn', label: 'Last day', show: dateShown },
  ] as const;
  const c = useConflictForm(fields, useStoredNodeOf(StoredGovernanceRecordQuery, r.id, 'CouncillorRole', roleValues));
  const f = useForm(
    () => roleValues(r),
    async (v) => {
      const needs = roleNeeds(r.role);
      const refs = refsFor(r.role, v);
      const input = {
        id: r.id,
        version: c.version(r.version),
        ...(needs.portfolio === 'no' ? {} : { portfolioId: refs.portfolioId }),
        ...(needs.committee === 'no' ? {} : { committeeId: refs.committeeId }),
        ...(needs.ward ? { ward: refs.ward } : {}),
        startsOn: v.startsOn || null,
        endsOn: v.endsOn || null,
      };
      await c.guard(roleValues(r), v, () => update({ variables: { input } }));
      onSaved();
      return 'The role is saved.';
    },
    r.version,
  );
  return (
    <GovForm
      label={`Change the role ${roleTitle(r)} of ${r.person.name}`}
      form={{ ...f, outcome: c.outcome(f.outcome) }}
      submit="Save the role"
    >
      <ConflictAnswer c={c} what="this role" busy={f.outcome.busy} {...formAnswers(f)} />
      <RoleFields kind={r.role} f={f} portfolios={portfolios} />
    </GovForm>
  );
}

export function EndRoleForm({ role: r, onSaved }: { role: CouncillorRoleRowFragment } & Saved) {
  const [end] = useMutation(EndCouncillorRoleMutation);
  const c = useConflictForm(
    [{ key: 'endsOn', label: 'Its last day', show: (v: string) => (v ? day(v) : 'Not recorded') }],
    useStoredNodeOf(StoredGovernanceRecordQuery, r.id, 'CouncillorRole', (n) => ({ endsOn: n.endsOn ?? '' })),
  );
  const f = useForm(
    { endsOn: todayIso() },
    async (v) => {
      await c.guard({ endsOn: r.endsOn ?? '' }, v, () =>
        end({ variables: { input: { id: r.id, version: c.version(r.version), endsOn: v.endsOn } } }),
      );
      onSaved();
      return `The role ends on ${day(v.endsOn)}.`;
    },
    r.version,
  );
  return (
    <GovForm
      label={`End the role ${roleTitle(r)} of ${r.person.name}`}
      form={{ ...f, outcome: c.outcome(f.outcome) }}
      submit="End the role"
      className="gov-form gov-form--end"
    >
      <ConflictAnswer
        c={c}
        what="this role"
        busy={f.outcome.busy}
        {...formAnswers(f)}
        show={(t) => formAnswers(f).show({ endsOn: t.endsOn || todayIso() })}
      />
      <DateField label="Its last day" {...f.field('endsOn')} required />
    </GovForm>
  );
}
