/** What the side panel's parts share: a person's card and their chain of line managers, sections, lists and facts. */
import type { ReactNode } from 'react';
import { graphql } from '../../../graphql/index.js';
import { FINDING_TITLE, severityOf } from '../rows.js';

export const PersonCardFragment = graphql(`
  fragment PersonCard on Person {
    id
    name
    jobTitle
  }
`);

// Six levels of line managers: deep enough for a council, and the cost depends on depth, not rows.
export const ManagerChainFragment = graphql(`
  fragment ManagerChain on Person {
    lineManagementShown
    lineManager {
      ...PersonCard
      lineManager {
        ...PersonCard
        lineManager {
          ...PersonCard
          lineManager {
            ...PersonCard
            lineManager {
              ...PersonCard
              lineManager {
                ...PersonCard
              }
            }
          }
        }
      }
    }
  }
`);

export const AccountabilityFindingFieldsFragment = graphql(`
  fragment AccountabilityFindingFields on AccountabilityFinding {
    code
    severity
    message
    fix
  }
`);

export const DelegationPathFieldsFragment = graphql(`
  fragment DelegationPathFields on DelegationPath {
    text
    complete
    problems
  }
`);

export interface Card {
  id: string;
  name: string;
  jobTitle?: string | null;
}
export type Chain = Card & { lineManager?: Chain | null };

/** A person whose line manager is asked for: `lineManagementShown` false means an empty chain is hidden, not missing. */
export type ShownChain = Chain & { lineManagementShown: boolean };

/** Why a chain is empty: nobody is recorded, or line management is not shown to this viewer (without saying whether any is). */
export function noLineManager(person: ShownChain): string {
  return person.lineManagementShown
    ? `${person.name} has no line manager recorded.`
    : 'Line management is not shown to this viewer: only the council’s own staff and councillors see it.';
}

export type OnPick = (id: string) => void;

export function chainOf(person: Chain | null | undefined): Card[] {
  const out: Card[] = [];
  for (let p = person?.lineManager; p; p = p.lineManager) out.push(p);
  return out;
}

export const money = (v: number | null | undefined) => (v == null ? 'no limit' : `up to £${v.toLocaleString('en-GB')}`);

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="details__section">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function PersonLink({ person, onPick }: { person: Card; onPick: OnPick }) {
  return (
    <button type="button" className="person-link" onClick={() => onPick(person.id)}>
      <span className="person-link__name">{person.name}</span>
      {person.jobTitle && <span className="person-link__title">{person.jobTitle}</span>}
    </button>
  );
}

export function PeopleList({ people, total, onPick }: { people: Card[]; total?: number; onPick: OnPick }) {
  if (!people.length) return <p className="muted">Nobody.</p>;
  return (
    <>
      <ul className="people-list">
        {people.map((p) => (
          <li key={p.id}>
            <PersonLink person={p} onPick={onPick} />
          </li>
        ))}
      </ul>
      {total !== undefined && total > people.length && <p className="muted">and {(total - people.length).toLocaleString('en-GB')} more.</p>}
    </>
  );
}

export function Facts({ items }: { items: Array<[string, string]> }) {
  return (
    <dl className="facts">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FindingList({ findings }: { findings: ReadonlyArray<{ code: string; severity: string; message: string; fix: string }> }) {
  if (!findings.length) return null;
  return (
    <Section title={`Findings (${findings.length})`}>
      <ul className="finding-list">
        {findings.map((f, i) => (
          <li key={i} className={`finding finding--${severityOf(f.severity)}`}>
            <strong>
              {severityOf(f.severity) === 'info' ? 'ⓘ' : '⚠'} {FINDING_TITLE[f.code] ?? f.code}
            </strong>{' '}
            {f.message}
            <span className="finding__fix">Fix: {f.fix}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** A delegation path in words, and what breaks it. */
export function DelegationPath({ path }: { path: { text: string; complete: boolean; problems: readonly string[] } }) {
  return (
    <p className="path" role="note" aria-label="Delegation path">
      {path.text}
      {!path.complete && <span className="warning-text"> (broken: {path.problems.join('; ')})</span>}
    </p>
  );
}
