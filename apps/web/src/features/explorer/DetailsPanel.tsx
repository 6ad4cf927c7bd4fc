/**
 * The explorer's side panel for the selected node. Each part below asks for its own data (its query
 * sits beside it in details/): a unit's facts, a person's details, who decides, what a person answers
 * for, and delegations taken from the accountability tree already loaded.
 */
import { type RefObject, useState } from 'react';
import type { TreeRow } from '../../charts/tree/layout.js';
import { KIND_LABEL } from '../../charts/tree/TreeChart.js';
import { AnswersPanel } from './details/AnswersPanel.js';
import { DelegationsPanel } from './details/DelegationsPanel.js';
import { PeopleList, Section, type Card } from './details/parts.js';
import { PersonPanel } from './details/PersonPanel.js';
import { UnitPanel } from './details/UnitPanel.js';
import { WhoDecidesPanel } from './details/WhoDecidesPanel.js';
import { FINDING_TITLE, type NodeDelegationInput } from './rows.js';

export interface DetailsPanelProps {
  row: TreeRow;
  gss: string;
  /** A signed-in person of the council: delegations, what a person answers for, who decides. */
  member: boolean;
  /** The node's delegations from the accountability tree (members only). */
  delegations: readonly NodeDelegationInput[] | null;
  /** Links in the panel select another node (and reveal it in the tree). */
  onPick: (id: string) => void;
  onClose: () => void;
  /** Councillors of the "Elected members" group, from the people already loaded. */
  members?: Card[];
  /** Something shown in the tree was changed from the panel: ask for the tree again. */
  onChanged?: () => void;
  /** The panel's element (measured: on a tablet or phone it is a sheet over the tree). */
  panelRef?: RefObject<HTMLElement | null>;
}

export function DetailsPanel({ row, gss, member, delegations, onPick, onClose, members, onChanged, panelRef }: DetailsPanelProps) {
  // A phone's bottom sheet folds down to its header, so the tree gets the screen (the button shows at 600 px and below).
  const [collapsed, setCollapsed] = useState(false);
  return (
    <aside className={`details${collapsed ? ' details--collapsed' : ''}`} aria-labelledby="details-title" ref={panelRef}>
      <header className="details__header">
        <div>
          <p className="details__kind">{KIND_LABEL[row.kind]}</p>
          <h2 id="details-title">{row.name}</h2>
        </div>
        <div className="details__buttons">
          <button
            type="button"
            className="button button--quiet details__fold"
            aria-expanded={!collapsed}
            aria-controls="details-body"
            onClick={() => setCollapsed((c) => !c)}
          >
            {collapsed ? 'Show details' : 'Hide details'}
          </button>
          <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
            ×
          </button>
        </div>
      </header>
      <div id="details-body" className="details__body">
        {row.findings.length > 0 && (
          <section aria-label="Findings" className="details__findings">
            <ul>
              {row.findings.map((f) => (
                <li key={f.code} className={`finding finding--${f.severity}`}>
                  <strong>
                    {f.severity === 'info' ? 'ⓘ' : '⚠'} {FINDING_TITLE[f.code] ?? f.label}
                  </strong>{' '}
                  {f.message}
                </li>
              ))}
            </ul>
          </section>
        )}
        <Parts
          row={row}
          gss={gss}
          member={member}
          delegations={delegations}
          onPick={onPick}
          {...(members ? { members } : {})}
          {...(onChanged ? { onChanged } : {})}
        />
      </div>
    </aside>
  );
}

/** The person the node's fixable finding suggests (an owner for an unowned service, an MI lead for the council). */
const suggestionOf = (row: TreeRow) =>
  row.findings.find((f) => (f.code === 'UNOWNED_SERVICE' || f.code === 'MI_OWNER_MISSING') && f.suggestedId)?.suggestedId ?? null;

/** The parts shown for each kind of node. */
function Parts({ row, gss, member, delegations, onPick, members, onChanged }: Omit<DetailsPanelProps, 'onClose' | 'panelRef'>) {
  if (row.kind === 'PERSON') {
    return (
      <>
        <PersonPanel id={row.id} gss={gss} onPick={onPick} {...(onChanged ? { onChanged } : {})} />
        {member && <AnswersPanel id={row.id} gss={gss} onPick={onPick} />}
      </>
    );
  }
  if (row.kind === 'BODY') {
    return <DelegationsPanel title="Powers it delegates" delegations={delegations} empty="This body has delegated no powers." />;
  }
  if (row.kind === 'GROUP') {
    return (
      <Section title={`Councillors (${members?.length ?? 0})`}>
        <PeopleList people={members ?? []} onPick={onPick} />
      </Section>
    );
  }
  const covers = delegations?.filter((d) => d.role === 'COVERS') ?? null;
  return (
    <>
      <UnitPanel row={row} onPick={onPick} suggestedId={suggestionOf(row)} {...(onChanged ? { onChanged } : {})} />
      {member && (row.kind === 'SERVICE' || row.kind === 'TEAM') && <WhoDecidesPanel id={row.id} onPick={onPick} />}
      {member && (row.kind === 'DIRECTORATE' || row.kind === 'COUNCIL') && (
        <DelegationsPanel title="Delegations over it" delegations={covers} empty="No delegation is made over exactly this scope." />
      )}
    </>
  );
}
