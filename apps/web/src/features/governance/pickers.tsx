import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { DEFAULT_PERIOD } from '../../app/router.js';
import { graphql } from '../../graphql/index.js';
import { type Choice, type FieldProps, type Outcome, SearchSelectField } from '../../ui/forms.js';
import { words } from './format.js';
import { useGovernance } from './useGovernance.js';

/** The long lists a governance form picks from: the year's priorities, indicators, commentaries. */
export const PickerPrioritiesQuery = graphql(`
  query GovernancePickerPriorities($councilId: ID!, $period: String!) {
    council(id: $councilId) {
      id
      priorities(period: $period) {
        id
        name
        level
        period
        isNonPriority
      }
    }
  }
`);

export const PickerIndicatorsQuery = graphql(`
  query GovernancePickerIndicators($councilId: ID!) {
    indicators(filter: { councilId: $councilId }, first: 500) {
      nodes {
        id
        code
        displayCode
        title
      }
    }
  }
`);

export const PickerCommentariesQuery = graphql(`
  query GovernancePickerCommentaries($councilId: ID!) {
    commentaries(councilId: $councilId, first: 500) {
      totalCount
      nodes {
        id
        period
        whatWeAreDoing
        indicator {
          id
          code
          displayCode
          title
        }
        service {
          id
          name
        }
      }
    }
  }
`);

type PickerProps = Omit<FieldProps, 'outcome'> & {
  value: string;
  onChange: (v: string) => void;
  outcome: Outcome;
  empty?: string;
  /** The record's current choice, kept when it is not in the list (another year's priority). */
  current?: { id: string; label: string } | null;
};

/** The current choice first when the list lacks it, so saving never drops it unseen. */
const withCurrent = (choices: Choice[], current?: { id: string; label: string } | null): Choice[] =>
  current && !choices.some((c) => c.value === current.id) ? [{ value: current.id, label: current.label }, ...choices] : choices;

const indicatorLabel = (i: { code: string; displayCode?: string | null; title: string }) => `${i.displayCode ?? i.code} ${i.title}`;

/** One of the council's priorities of the year (not its non-priorities), searchable by name or level. */
export function PriorityPicker({ empty = 'None', current, ...p }: PickerProps) {
  const { councilId, duties } = useGovernance();
  const q = useQuery(PickerPrioritiesQuery, { variables: { councilId, period: DEFAULT_PERIOD }, skip: !duties.member });
  const choices = useMemo(
    () =>
      (q.data?.council?.priorities ?? [])
        .filter((x) => !x.isNonPriority)
        .map((x) => ({ value: x.id, label: `${x.name} (${words(x.level).toLowerCase()}, ${x.period})` })),
    [q.data],
  );
  return <SearchSelectField {...p} empty={empty} choices={withCurrent(choices, current)} searchLabel="Find a priority" />;
}

/** One of the indicators the council may use (national and its own), searchable by code or title. */
export function IndicatorPicker({ empty = 'None', current, ...p }: PickerProps) {
  const { councilId, duties } = useGovernance();
  const q = useQuery(PickerIndicatorsQuery, { variables: { councilId }, skip: !duties.member });
  const choices = useMemo(() => (q.data?.indicators.nodes ?? []).map((i) => ({ value: i.id, label: indicatorLabel(i) })), [q.data]);
  return <SearchSelectField {...p} empty={empty} choices={withCurrent(choices, current)} searchLabel="Find an indicator" />;
}

/** One of the council's live commentaries (newest period first), searchable by indicator, period or service. */
export function CommentaryPicker({ empty = 'Choose a commentary', current, ...p }: PickerProps) {
  const { councilId, duties } = useGovernance();
  const q = useQuery(PickerCommentariesQuery, { variables: { councilId }, skip: !duties.member });
  const choices = useMemo(
    () =>
      (q.data?.commentaries.nodes ?? []).map((c) => ({
        value: c.id,
        label: `${indicatorLabel(c.indicator)}, ${c.period}${c.service ? ` · ${c.service.name}` : ''}`,
      })),
    [q.data],
  );
  return <SearchSelectField {...p} empty={empty} choices={withCurrent(choices, current)} searchLabel="Find a commentary" />;
}
