import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_PAGE_SIZE, expandedToDepth, indexTree, layoutTree, type TreeIndex, type TreeRow } from '../../charts/tree/layout.js';
import { LEGIBLE_ZOOM, organisationNodes, TreeChart } from '../../charts/tree/TreeChart.js';
import { useTreeState } from '../../charts/tree/useTreeState.js';
import { currentLocation, navigate, routePath, signInPath } from '../../app/router.js';
import { Link } from '../../app/Link.js';
import { useViewer } from '../../auth/viewer.js';
import { useAccountabilityTree, type AccTreeState } from './useAccountabilityTree.js';
import { ErrorState, Loading } from '../../ui/Status.js';
import { DetailsPanel } from './DetailsPanel.js';
import { prefetchEditForms } from './details/lazy-forms.js';
import { CouncilOrganisationQuery, OrganisationTreeQuery } from './queries.js';
import {
  accountabilityRows,
  councillorGroupId,
  lineManagementRows,
  organisationRows,
  withFindings,
  type ExplorerMode,
  type OrgNodeInput,
} from './rows.js';
import { SearchBox } from './SearchBox.js';
import { UnownedList } from './UnownedList.js';
import { useSheetInsets } from './useSheetInsets.js';
import { usePeople } from './usePeople.js';

function mark(name: string) {
  if (typeof performance !== 'undefined' && !performance.getEntriesByName(name).length) performance.mark(name);
}

export function ExplorerPage({ gss, nodeId, mode }: { gss: string; nodeId: string | null; mode: ExplorerMode }) {
  const viewer = useViewer();
  const member = viewer.memberOf(gss);
  const council = useQuery(CouncilOrganisationQuery, { variables: { gssCode: gss } });
  const councilId = council.data?.council?.id ?? null;
  // Everyone: the organisation's units. Members also get the accountability tree (delegations, findings).
  const tree = useQuery(OrganisationTreeQuery, { variables: { councilId: councilId ?? '' }, skip: !councilId || viewer.loading });
  const acc = useAccountabilityTree(member && councilId ? councilId : null);
  const [peopleAttempt, setPeopleAttempt] = useState(0);
  const ready = Boolean(tree.data) && (!member || Boolean(acc.nodes));
  const people = usePeople(ready ? councilId : null, peopleAttempt);

  if (council.error)
    return <ErrorState title="The council could not be loaded" error={council.error} onRetry={() => void council.refetch()} />;
  if (viewer.loading) return <Loading label="Loading the council…" />;
  if (council.data && !council.data.council)
    return <ErrorState title="No such council" error={`There is no council with the code ${gss}. Pick one from the list above.`} />;
  if (tree.error) return <ErrorState title="The organisation could not be loaded" error={tree.error} onRetry={() => void tree.refetch()} />;
  if (acc.error) return <ErrorState title="The accountability tree could not be loaded" error={acc.error} onRetry={acc.retry} />;
  if (ready) mark('gt:tree-data');
  // The frame (heading, toolbar, status and the tree's area) is drawn at once, before the council and its tree arrive:
  // it is the first paint's largest content, so the page does not wait for two answers to show itself.
  return (
    <Explorer
      key={`${gss}:${mode}:${member ? 'member' : 'public'}`}
      gss={gss}
      council={council.data?.council ?? null}
      ready={ready}
      org={tree.data?.organisationTree.nodes ?? null}
      acc={member ? acc : null}
      people={people}
      onRetryPeople={() => setPeopleAttempt((a) => a + 1)}
      nodeId={nodeId}
      mode={mode}
    />
  );
}

interface ExplorerProps {
  gss: string;
  /** Null until the council's answer arrives (the frame is drawn before it). */
  council: { id: string; name: string } | null;
  /** The organisation (and for members the accountability tree) has arrived. */
  ready: boolean;
  org: readonly OrgNodeInput[] | null;
  acc: AccTreeState | null;
  people: ReturnType<typeof usePeople>;
  onRetryPeople: () => void;
  nodeId: string | null;
  mode: ExplorerMode;
}

function Explorer({ gss, council, ready, org, acc, people, onRetryPeople, nodeId, mode }: ExplorerProps) {
  const member = acc !== null;
  const accNodes = acc?.nodes ?? null;
  const accFindings = acc?.findings;
  const rows: TreeRow[] | null = useMemo(() => {
    if (!council || !ready) return null;
    if (mode === 'line') {
      if (!member || !people.people) return null;
      return withFindings(lineManagementRows(council, people.people), accFindings ?? new Map());
    }
    if (accNodes) return accountabilityRows(accNodes, accFindings ?? new Map(), people.people, org ?? []);
    return organisationRows(org ?? [], people.people);
  }, [mode, member, council, ready, org, accNodes, accFindings, people.people]);
  const index: TreeIndex | null = useMemo(() => (rows?.length ? indexTree(rows) : null), [rows]);
  const [panelOpen, setPanelOpen] = useState(true);
  /** On a phone: the mode and open/close buttons shown under the search ("Options"). */
  const [toolsOpen, setToolsOpen] = useState(false);
  // Opens three levels (council, directorates, services), leaving the elected members and decision bodies closed.
  const initial = useCallback(
    (idx: TreeIndex) => {
      const open = expandedToDepth(idx, 3);
      if (council) open.delete(councillorGroupId(council.id));
      for (const child of idx.root.children ?? []) if (child.data.kind === 'BODY') open.delete(child.data.id);
      return open;
    },
    [council],
  );
  const onRevealed = useCallback(() => setPanelOpen(true), []);
  // Selection comes from the URL: one from search, a deep link or the side panel is revealed and centred.
  // Opening a branch loads what is below it (findings and delegations of its teams and people).
  const tree = useTreeState(index, { initial, target: nodeId, onOpen: acc?.expand, onRevealed });
  const { open: openExpanded, shown, focusedId, setFocusedId, center, onToggle, onMore, picked, setExpanded, setShown } = tree;
  const layout = useMemo(() => {
    if (!index) return null;
    const started = performance.now();
    const result = layoutTree(index, { expanded: openExpanded, shown, pageSize: DEFAULT_PAGE_SIZE });
    performance.measure('gt:layout', { start: started });
    return result;
  }, [index, openExpanded, shown]);

  const renderer = useMemo(() => (layout ? organisationNodes(layout) : null), [layout]);
  useEffect(() => {
    if (layout) {
      requestAnimationFrame(() => mark('gt:tree-rendered'));
    }
  }, [layout]);
  // A member's side panel may show edit forms: their chunk is asked for once the tree is drawn and the browser is idle.
  const drawn = Boolean(layout);
  useEffect(() => {
    if (!member || !drawn) return;
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(prefetchEditForms, { timeout: 2000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(prefetchEditForms, 200);
    return () => clearTimeout(timer);
  }, [member, drawn]);

  const select = useCallback(
    (id: string, fromTree: boolean) => {
      picked(id, fromTree);
      setPanelOpen(true);
      navigate(routePath(gss, 'explorer', id, { mode: mode === 'line' ? 'line' : null }));
    },
    [gss, mode, picked],
  );
  const onSelect = useCallback((id: string) => select(id, true), [select]);
  const onPick = useCallback((id: string) => select(id, false), [select]);
  const selectedRow = nodeId && index ? (index.byId.get(nodeId)?.data ?? null) : null;
  const members = useMemo(
    () =>
      selectedRow?.kind === 'GROUP' && people.people
        ? people.people.filter((p) => p.kind === 'COUNCILLOR').map((p) => ({ id: p.id, name: p.name, jobTitle: p.jobTitle ?? null }))
        : undefined,
    [selectedRow, people.people],
  );
  const unowned = useMemo(
    () => (rows ?? []).filter((r) => r.findings.some((f) => f.code === 'UNOWNED_SERVICE') && (r.kind === 'SERVICE' || r.kind === 'TEAM')),
    [rows],
  );
  const chartRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const insets = useSheetInsets(chartRef, panelRef, Boolean(selectedRow && panelOpen));
  const findingCount = useMemo(() => (rows ?? []).filter((r) => r.findings.some((f) => f.severity !== 'info')).length, [rows]);
  const unitCount = useMemo(
    () =>
      org
        ? org.filter((n) => n.kind !== 'COUNCIL').length
        : (rows ?? []).filter((r) => r.kind === 'DIRECTORATE' || r.kind === 'SERVICE' || r.kind === 'TEAM').length,
    [org, rows],
  );
  const peopleLoading = !people.people && !people.error;
  const notFound = nodeId && index && !index.byId.has(nodeId) && !peopleLoading;

  const setMode = (next: ExplorerMode) => navigate(routePath(gss, 'explorer', nodeId, { mode: next === 'line' ? 'line' : null }));

  return (
    <div className={`explorer${selectedRow && panelOpen ? ' explorer--with-panel' : ''}`}>
      <h1 className="visually-hidden">Accountability explorer</h1>
      <div className="explorer__toolbar">
        <SearchBox rows={rows ?? []} onPick={onPick} peopleLoading={peopleLoading} />
        {/* On a phone the options fold behind one button, so the toolbar is one row and the tree gets the screen. */}
        <button
          type="button"
          className="button button--quiet explorer__more"
          aria-expanded={toolsOpen}
          aria-controls="explorer-tools"
          onClick={() => setToolsOpen((o) => !o)}
        >
          Options
        </button>
        <div id="explorer-tools" className={`explorer__tools${toolsOpen ? ' is-open' : ''}`}>
          <div className="segmented" role="radiogroup" aria-label="What the tree shows">
            {(['organisation', 'line'] as const).map((m) => (
              <label key={m} className={mode === m ? 'is-on' : ''}>
                <input type="radio" name="explorer-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                {m === 'organisation' ? 'Organisation' : 'Line management'}
              </label>
            ))}
          </div>
          <div className="explorer__actions">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                if (!index) return;
                setExpanded(expandedToDepth(index, 2));
                setShown(new Map());
              }}
            >
              Collapse
            </button>
            <button type="button" className="button button--quiet" onClick={() => index && setExpanded(expandedToDepth(index, 4))}>
              Open 4 levels
            </button>
          </div>
        </div>
      </div>
      <div className="explorer__status" aria-live="polite">
        {!ready && (
          <span className="pill">
            <span className="spinner spinner--small" aria-hidden="true" /> Loading the organisation…
          </span>
        )}
        {council && ready && (
          <span>
            <strong>{council.name}</strong>: {unitCount} directorates, services and teams
            {people.people
              ? member
                ? `, ${people.people.length.toLocaleString('en-GB')} people`
                : `, ${people.people.length.toLocaleString('en-GB')} people named publicly`
              : ''}
          </span>
        )}
        {!member && (
          <span className="pill pill--info">
            Public view: councillors and holders of accountable posts only. <Link href={signInPath(currentLocation())}>Sign in</Link> to see
            everyone, line management and delegations.
          </span>
        )}
        {member && findingCount > 0 && (
          <Link className="pill pill--warning" href={routePath(gss, 'findings')}>
            ⚠ {findingCount} {findingCount === 1 ? 'node' : 'nodes'} with accountability findings
          </Link>
        )}
        {acc && acc.pending > 0 && (
          <span className="pill">
            <span className="spinner spinner--small" aria-hidden="true" /> Loading the branch…
          </span>
        )}
        <UnownedList rows={unowned} index={index} onPick={onPick} />
        {ready && peopleLoading && (
          <span className="pill">
            <span className="spinner spinner--small" aria-hidden="true" /> Loading people{' '}
            {people.total ? `${people.loaded.toLocaleString('en-GB')} of ${people.total.toLocaleString('en-GB')}` : '…'}
          </span>
        )}
        {people.error && (
          <span className="pill pill--warning">
            People could not be loaded.{' '}
            <button type="button" className="link-button" onClick={onRetryPeople}>
              Try again
            </button>
          </span>
        )}
        {layout?.capped && (
          <span className="pill pill--warning">
            Showing the first {layout.nodes.length.toLocaleString('en-GB')} nodes: collapse some branches to open more.
          </span>
        )}
        {notFound && <span className="pill pill--warning">The linked item is not in this council’s tree.</span>}
      </div>
      <div className="explorer__body">
        <div className="explorer__chart" ref={chartRef}>
          {council && layout && renderer ? (
            <TreeChart
              layout={layout}
              renderer={renderer}
              label={`${mode === 'line' ? 'Line management' : 'Organisation'} of ${council.name}`}
              selectedId={nodeId}
              focusedId={focusedId}
              onFocusChange={setFocusedId}
              onSelect={onSelect}
              onToggle={onToggle}
              onMore={onMore}
              centerRequest={center}
              resetKey={`${council.id}:${mode}`}
              insets={insets}
              zoomButtons
              startZoom={LEGIBLE_ZOOM}
            />
          ) : mode === 'line' && !member ? (
            <div className="not-yet" style={{ alignSelf: 'flex-start' }}>
              <h2>Line management is not public</h2>
              <p>
                Who manages whom is visible to the council’s own staff and councillors.{' '}
                <Link href={signInPath(currentLocation())}>Sign in</Link> to see it.
              </p>
            </div>
          ) : !council || !ready ? (
            <Loading label={council ? `Loading the organisation of ${council.name}…` : 'Loading the council…'} />
          ) : (
            <Loading
              label={`Loading the people of ${council.name} to draw line management${
                people.total ? ` (${people.loaded.toLocaleString('en-GB')} of ${people.total.toLocaleString('en-GB')})` : ''
              }…`}
            />
          )}
          <Legend mode={mode} />
        </div>
        {selectedRow && panelOpen && (
          <DetailsPanel
            row={selectedRow}
            gss={gss}
            member={member}
            delegations={acc?.byId.get(selectedRow.id)?.delegations ?? null}
            onPick={onPick}
            onClose={() => setPanelOpen(false)}
            panelRef={panelRef}
            {...(members ? { members } : {})}
            {...(acc ? { onChanged: acc.refresh } : {})}
          />
        )}
      </div>
    </div>
  );
}

function Legend({ mode }: { mode: ExplorerMode }) {
  return (
    <details className="legend">
      <summary>Key</summary>
      <ul>
        {mode === 'organisation' && (
          <>
            <li>
              <span className="legend__swatch legend__swatch--directorate" /> Directorate
            </li>
            <li>
              <span className="legend__swatch legend__swatch--service" /> Service or team
            </li>
          </>
        )}
        <li>
          <span className="legend__swatch legend__swatch--person" /> Person
        </li>
        <li>
          <span className="legend__line" /> {mode === 'line' ? 'Line manager' : 'Part of'}
        </li>
        <li>
          <span className="legend__line legend__line--dashed" /> Functional manager (dual accountability)
        </li>
        <li>
          <span className="legend__badge">⚠ Unowned</span> No accountable owner
        </li>
        <li>
          <span className="legend__badge">⚠ Decision</span> Decides without being accountable
        </li>
        <li>
          <span className="legend__badge">⚠ Blurred</span> Blurred accountability
        </li>
        <li>
          <span className="legend__badge legend__badge--info">⇄ Dual</span> Line and functional manager
        </li>
      </ul>
      <p>Drag to pan, scroll or pinch to zoom. Arrow keys move; Enter or Space opens a branch.</p>
    </details>
  );
}
