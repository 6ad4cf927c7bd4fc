import { formatFigure } from '../../ui/figures.js';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import { useViewer } from '../../auth/viewer.js';
import type { MeasurementFieldsFragment } from '../../graphql/graphql.js';
import { Page, WithCouncil } from '../../ui/Page.js';
import { Rag, StatusTag } from '../../ui/Rag.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { apiError, withoutField } from '../../ui/errors.js';
import { ConflictNotice, ConflictPanel } from '../../ui/conflict.js';
import { EntryIndicatorQuery, EntryIndicatorsQuery, RecordMeasurementMutation, ValidateMeasurementMutation } from './queries.js';
import { EMPTY_FIGURE, figureOf, StoredFigure, useStoredFigure } from './StoredFigure.js';
import { ValidateButton } from './ValidateButton.js';
import { WorkList } from './WorkList.js';
import { checkMeasurement, periodHint, type FieldErrors, type MeasurementForm } from './validation.js';

export function MeasurementsPage({ gss, indicatorId }: { gss: string; indicatorId: string | null; params: URLSearchParams }) {
  return <WithCouncil gss={gss}>{(council) => <Measurements gss={gss} councilId={council.id} indicatorId={indicatorId} />}</WithCouncil>;
}

interface Choice {
  id: string;
  code: string;
  title: string;
  owned: boolean;
}

function Measurements({ gss, councilId, indicatorId }: { gss: string; councilId: string; indicatorId: string | null }) {
  const viewer = useViewer();
  const list = useQuery(EntryIndicatorsQuery, { variables: { councilId }, skip: !viewer.miManager });
  // Data owners enter their own indicators; the MI-responsible manager may enter any of the council's.
  const choices = useMemo<Choice[]>(() => {
    const m = new Map<string, Choice>();
    for (const i of viewer.dataOwnerOf) m.set(i.id, { id: i.id, code: '', title: i.name, owned: true });
    if (viewer.miManager) {
      for (const i of [...(list.data?.indicators.nodes ?? []), ...(list.data?.targets.map((t) => t.indicator) ?? [])])
        if (!m.has(i.id)) m.set(i.id, { id: i.id, code: i.code, title: i.title, owned: false });
    }
    return [...m.values()].sort((a, b) => Number(b.owned) - Number(a.owned) || a.title.localeCompare(b.title, 'en-GB'));
  }, [viewer.dataOwnerOf, viewer.miManager, list.data]);
  return (
    <Page labelledBy="m-title">
      <div className="page__head">
        <div>
          <h1 id="m-title">Measurements</h1>
          <p className="lead">
            Enter a figure (it is stored as a draft), then the data owner validates it and the MI-responsible manager publishes it.{' '}
            {viewer.miManager ? 'You may do all three.' : 'You may enter and validate the indicators you own.'}
          </p>
        </div>
        <div className="page__tools">
          <Link className="button" href={routePath(gss, 'import')}>
            Import a CSV file
          </Link>
        </div>
      </div>
      <div>
        <WorkList
          gss={gss}
          councilId={councilId}
          status="DRAFT"
          note="Drafts of the council's indicators. The indicator's data owner (or the MI-responsible manager) validates them."
        />
        <WorkList
          gss={gss}
          councilId={councilId}
          status="VALIDATED"
          note={
            viewer.miManager
              ? 'Validated figures. You publish them as the MI-responsible manager.'
              : viewer.mayPublish
                ? 'Validated figures. You publish them: the MI-responsible manager delegated publication to you.'
                : 'Validated figures. The MI-responsible manager or someone they delegated publication to publishes them.'
          }
        />
      </div>
      <div className="grid-2" style={{ gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 2fr)' }}>
        <nav className="card" aria-labelledby="m-list-title">
          <h2 id="m-list-title">Your indicators</h2>
          {list.loading && <Loading label="Loading indicators…" compact />}
          {choices.length === 0 && !list.loading && <p className="muted">You are not the data owner of any indicator.</p>}
          <ul className="people-list">
            {choices.map((c) => (
              <li key={c.id}>
                <Link
                  className="person-link"
                  href={routePath(gss, 'measurements', c.id)}
                  aria-current={c.id === indicatorId ? 'page' : undefined}
                >
                  <span className="person-link__name">{c.title}</span>
                  <span className="person-link__title">{c.owned ? 'you are the data owner' : c.code}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div>
          {indicatorId ? (
            <Entry key={indicatorId} gss={gss} councilId={councilId} indicatorId={indicatorId} />
          ) : (
            <div className="card">
              <h2>Choose an indicator</h2>
              <p className="muted">Pick one of your indicators to enter its figures.</p>
            </div>
          )}
        </div>
      </div>
    </Page>
  );
}

const EMPTY: MeasurementForm = { period: '', value: '', numerator: '', denominator: '' };

function Entry({ gss, councilId, indicatorId }: { gss: string; councilId: string; indicatorId: string }) {
  const q = useQuery(EntryIndicatorQuery, { variables: { id: indicatorId, councilId, gss, from: '2023-24', to: '2025-26' } });
  const [form, setForm] = useState<MeasurementForm>(EMPTY);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  // The figure already stored for the period, when saving clashed with it: shown, with keep mine or take theirs.
  const stored = useStoredFigure(councilId, indicatorId, () => form.period.trim());
  const [editing, setEditing] = useState<{ version: number; status: string } | null>(null);
  const [saved, setSaved] = useState<MeasurementFieldsFragment[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  // A new or changed draft joins "Awaiting validation" (and may leave "Awaiting publication"): both lists refresh.
  const [record, recording] = useMutation(RecordMeasurementMutation, { refetchQueries: ['MeasurementWorkList'] });
  const [validate] = useMutation(ValidateMeasurementMutation, { refetchQueries: ['MeasurementWorkList'] });
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (formError || Object.keys(errors).length) summaryRef.current?.focus();
  }, [formError, errors]);

  if (q.error) return <ErrorState title="The indicator could not be loaded" error={q.error} onRetry={() => void q.refetch()} />;
  if (q.loading || !q.data) return <Loading label="Loading the indicator…" />;
  const indicator = q.data.indicator;
  if (!indicator) return <ErrorState title="No such indicator" error="This indicator does not exist." />;
  const owner = indicator.ownership?.dataOwner;
  const recent = (q.data.indicatorSeries[0]?.points ?? [])
    .filter((p) => p.valueStatus !== 'MISSING')
    .slice(-8)
    .reverse();

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setMessage(null);
    setFormError(null);
    const found = checkMeasurement(form, indicator.frequency);
    setErrors(found);
    if (Object.keys(found).length) return;
    const version = stored.vc.version(editing?.version ?? 0);
    // Changing a validated or published figure is a correction: it goes back to draft for validation again.
    const correction = (stored.keptStatus() ?? editing?.status ?? 'DRAFT') !== 'DRAFT';
    try {
      const res = await stored.vc.guard(EMPTY_FIGURE, figureOf(form, note), () =>
        record({
          variables: {
            input: {
              councilId,
              indicatorId,
              period: form.period.trim(),
              value: form.value.trim(),
              ...(form.numerator.trim() ? { numerator: Number(form.numerator.replace(/,/g, '')) } : {}),
              ...(form.denominator.trim() ? { denominator: Number(form.denominator.replace(/,/g, '')) } : {}),
              ...(note.trim() ? { note: note.trim() } : {}),
              ...(version ? { version, correction } : {}),
            },
          },
        }),
      );
      const m = res.data?.recordMeasurement.measurement;
      if (m) {
        setSaved((s) => [m, ...s.filter((x) => x.id !== m.id)]);
        setMessage(`Saved ${indicator.title} for ${m.period} as a draft (version ${m.version}).`);
        setEditing(null);
        stored.saved();
        setForm(EMPTY);
        setNote('');
        void q.refetch();
      }
    } catch (e) {
      const err = apiError(e);
      // A clash: the panel shows the stored figure (the server's message only if it could not be read).
      if (err.code === 'CONFLICT' && typeof err.extensions.currentVersion === 'number' && stored.found()) return;
      if (err.code === 'BAD_USER_INPUT' && err.field && err.field in EMPTY)
        setErrors({ [err.field]: withoutField(err.message, err.field) });
      else setFormError(err.message);
    }
  };

  // Refusals are shown beside the button (ValidateButton); a stale version is answered there with their change.
  const advance = async (m: MeasurementFieldsFragment, version: number) => {
    setFormError(null);
    const res = await validate({ variables: { id: m.id, version } });
    const next = res.data?.validateMeasurement.measurement;
    if (next) {
      setSaved((s) => s.map((x) => (x.id === next.id ? next : x)));
      setMessage(`${m.period} is now ${next.status.toLowerCase()}.`);
      void q.refetch();
    }
  };

  const field = (k: keyof MeasurementForm, label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`m-${k}`}>{label}</label>
      {errors[k] && (
        <span className="field__error" id={`m-${k}-error`}>
          ⚠ {errors[k]}
        </span>
      )}
      <input
        id={`m-${k}`}
        value={form[k]}
        onChange={(e) => setForm({ ...form, [k]: e.target.value })}
        aria-invalid={errors[k] ? true : undefined}
        aria-describedby={[hint ? `m-${k}-hint` : null, errors[k] ? `m-${k}-error` : null].filter(Boolean).join(' ') || undefined}
        inputMode={k === 'period' ? 'text' : 'decimal'}
        autoComplete="off"
      />
      {hint && (
        <span className="field__hint" id={`m-${k}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
  const errorCount = Object.keys(errors).length;
  return (
    <>
      <section className="card" aria-labelledby="entry-title">
        <h2 id="entry-title">{indicator.title}</h2>
        <p className="small muted">
          {indicator.code} · {indicator.frequency.toLowerCase()} · data owner: {owner?.name ?? 'nobody named'} ·{' '}
          <Link href={routePath(gss, 'indicator', indicator.id)}>see the trend</Link>
        </p>
        {(errorCount > 0 || formError) && (
          <div className="form-error" role="alert" tabIndex={-1} ref={summaryRef}>
            <strong>
              ⚠{' '}
              {formError
                ? 'The figure was not saved'
                : `There ${errorCount === 1 ? 'is a problem' : `are ${errorCount} problems`} with the figure`}
            </strong>
            {formError ? <span>{formError}</span> : <span>Correct the fields marked below.</span>}
          </div>
        )}
        {message && (
          <p className="form-ok" role="status">
            ✓ {message}
          </p>
        )}
        {stored.vc.conflict && (
          <>
            <StoredFigure figure={stored.figure} unit={indicator.unit} precision={indicator.precision} />
            <ConflictPanel
              conflict={stored.vc.conflict}
              what={`the figure for ${form.period.trim()}`}
              title={`${form.period.trim()} already has a figure: keep yours or take the stored one`}
              busy={recording.loading}
              onKeepMine={() => {
                stored.vc.keepMine();
                void submit();
              }}
              onTakeTheirs={() => {
                const theirs = stored.vc.takeTheirs();
                setForm({ period: form.period, value: theirs.value, numerator: theirs.numerator, denominator: theirs.denominator });
                setNote(theirs.note);
                if (stored.figure) setEditing({ version: stored.figure.version, status: stored.figure.status });
              }}
            />
          </>
        )}
        {stored.vc.notice && <ConflictNotice text={stored.vc.notice} />}
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={`Enter a figure for ${indicator.title}`}>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: '0 14px', alignItems: 'start' }}>
            {field('period', 'Period', `${periodHint(indicator.frequency).replace(/^./, (c) => c.toUpperCase())}`)}
            {field('value', `Value${indicator.unit ? ` (${indicator.unit})` : ''}`, 'A number, [c] if suppressed, [x] if not available')}
            {field('numerator', 'Numerator (optional)')}
            {field('denominator', 'Denominator (optional)')}
          </div>
          <div className="field">
            <label htmlFor="m-note">Note (optional)</label>
            <input id="m-note" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit" className="button button--primary" disabled={recording.loading}>
            {recording.loading ? 'Saving…' : 'Save as draft'}
          </button>
        </form>
      </section>
      {saved.length > 0 && (
        <div className="card">
          <h2>Entered now</h2>
          <table className="table">
            <thead>
              <tr>
                <th>Period</th>
                <th className="num">Value</th>
                <th>Status</th>
                <th>Next step</th>
              </tr>
            </thead>
            <tbody>
              {saved.map((m) => (
                <tr key={m.id}>
                  <td>{m.period}</td>
                  <td className="num">{m.value ?? m.valueStatus.toLowerCase()}</td>
                  <td>
                    <StatusTag status={m.status} />
                  </td>
                  <td>
                    {m.status === 'DRAFT' && m.viewerCan.validate && (
                      <ValidateButton figure={m} onValidate={(version) => advance(m, version)} />
                    )}
                    {m.status === 'DRAFT' && !m.viewerCan.validate && (
                      <span className="small muted" data-testid="four-eyes">
                        Waiting for a second person to validate it
                      </span>
                    )}
                    {m.status === 'VALIDATED' && (
                      <span className="small muted">
                        {m.viewerCan.publish
                          ? 'Publish it from “Awaiting publication” above'
                          : 'Waiting for the MI-responsible manager to publish'}
                      </span>
                    )}
                    {m.status === 'PUBLISHED' && <span className="small muted">Public</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="card">
        <h2>Latest figures</h2>
        {recent.length === 0 ? (
          <p className="muted">No figures recorded yet.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Period</th>
                <th className="num">Value</th>
                <th className="num">Target</th>
                <th>Against target</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {recent.map((p) => (
                <tr key={p.period}>
                  <td>{p.period}</td>
                  <td className="num">
                    {p.valueStatus === 'VALUE'
                      ? formatFigure(p.value, null, indicator.precision)
                      : p.valueStatus === 'SUPPRESSED'
                        ? '[c]'
                        : '[x]'}
                  </td>
                  <td className="num">{formatFigure(p.target, null, indicator.precision)}</td>
                  <td>
                    <Rag value={p.rag} />
                  </td>
                  <td>{p.status ? <StatusTag status={p.status} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
