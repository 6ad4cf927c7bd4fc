import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from '../../app/Link.js';
import { Feedback, FormPanel, TextField, useSubmit } from './forms.js';
import { Counted, ViewHead } from './Filters.js';
import { Loaded } from './Loaded.js';
import { governancePath } from './paths.js';
import { rolesAbilities } from './roles.model.js';
import { ComplaintThemesQuery, CreateComplaintThemeMutation, UpdateComplaintThemeMutation } from './roles.queries.js';
import { useGovernance } from './useGovernance.js';

interface Theme {
  id: string;
  name: string;
  retired: boolean;
  version: number;
}

/** The council's controlled list of complaint themes; complaints staff add, rename, retire and bring back themes. */
export function ThemesView() {
  const { gss, councilId, councilName, duties } = useGovernance();
  const can = rolesAbilities(duties, []);
  const q = useQuery(ComplaintThemesQuery, { variables: { councilId }, fetchPolicy: 'cache-and-network' });
  const themes = q.data?.complaintThemes ?? [];
  const inUse = themes.filter((t) => !t.retired);
  const retired = themes.filter((t) => t.retired);
  const refetch = () => void q.refetch();
  return (
    <>
      <ViewHead title="Complaint themes">
        The list {councilName} classifies its complaints by, so that the same problem is counted as one wherever it is raised. See how often
        each comes up in <Link href={governancePath(gss, 'complaints')}>Complaints</Link>.
      </ViewHead>
      {can.manageThemes && <ThemeForm onSaved={refetch} />}
      <Loaded q={q} failed="The themes could not be loaded" loading="Loading the themes…">
        {() => (
          <div className="gov-grid">
            <Counted id="themes-title" title="In use" count={inUse.length}>
              <ThemeList themes={inUse} manage={can.manageThemes} label="Themes in use" onSaved={refetch} />
            </Counted>
            <Counted id="retired-title" title="Retired" count={retired.length}>
              <p className="small muted">No longer offered for new complaints; kept on the complaints that name them.</p>
              <ThemeList themes={retired} manage={can.manageThemes} label="Retired themes" onSaved={refetch} />
            </Counted>
          </div>
        )}
      </Loaded>
    </>
  );
}

function ThemeList({ themes, manage, label, onSaved }: { themes: readonly Theme[]; manage: boolean; label: string; onSaved: () => void }) {
  if (themes.length === 0) return <p>None.</p>;
  return (
    <ul className="gov-themes" aria-label={label}>
      {themes.map((t) => (
        <li key={t.id} className="gov-theme">
          <span className="gov-theme__name">{t.name}</span>
          {manage && <ThemeForm theme={t} onSaved={onSaved} />}
        </li>
      ))}
    </ul>
  );
}

/** Adds a theme or (with `theme`) renames it, retires it or brings it back. */
function ThemeForm({ theme, onSaved }: { theme?: Theme; onSaved: () => void }) {
  const { councilId } = useGovernance();
  const [name, setName] = useState(theme?.name ?? '');
  const [create] = useMutation(CreateComplaintThemeMutation);
  const [update] = useMutation(UpdateComplaintThemeMutation);
  const [outcome, submit] = useSubmit(async () => {
    if (theme) {
      await update({ variables: { input: { id: theme.id, version: theme.version, name: name.trim() } } });
      onSaved();
      return `Renamed ${name.trim()}.`;
    }
    await create({ variables: { input: { councilId, name: name.trim() } } });
    onSaved();
    setName('');
    return `${name.trim()} is on the list.`;
  });
  const [retiring, retire] = useSubmit(async () => {
    await update({ variables: { input: { id: theme!.id, version: theme!.version, retired: !theme!.retired } } });
    onSaved();
    return theme!.retired ? 'It is offered again.' : 'It is retired.';
  });
  if (!theme) {
    return (
      <FormPanel title="Add a theme">
        <form aria-label="Add a theme" onSubmit={(e) => void submit(e)} className="gov-form">
          <TextField label="Name of the theme" name="name" value={name} onChange={setName} outcome={outcome} required />
          <Feedback outcome={outcome} />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={outcome.busy}>
              Add the theme
            </button>
          </div>
        </form>
      </FormPanel>
    );
  }
  return (
    <FormPanel title={`Rename or retire: ${theme.name}`}>
      <form aria-label={`Rename the theme ${theme.name}`} onSubmit={(e) => void submit(e)} className="gov-form">
        <TextField label="New name" name="name" value={name} onChange={setName} outcome={outcome} required />
        <Feedback outcome={outcome} />
        <div className="actions">
          <button type="submit" className="button" disabled={outcome.busy}>
            Save the name
          </button>
          <button type="button" className="button button--quiet" disabled={retiring.busy} onClick={() => void retire()}>
            {theme.retired ? 'Offer it again' : 'Retire it'}
          </button>
        </div>
      </form>
      <Feedback outcome={retiring} />
    </FormPanel>
  );
}
