/** The appendix: what the pack's words and figures mean, and where the data comes from (with licences). */
import type { Audience, Block } from './model.js';
import { table } from './sections/common.js';

export const DEFINITIONS: ReadonlyArray<{ term: string; meaning: string; audiences?: readonly Audience[] }> = [
  {
    term: 'Performance status',
    meaning:
      'On track (green), at risk (amber) or off track (red): for a priority, from its milestones and ' +
      'targets; not yet assessed when nothing is due or recorded.',
  },
  {
    term: 'Milestone overdue',
    meaning: 'A milestone not complete on its due date. At risk: due within the next 30 days and not complete.',
  },
  {
    term: 'RAG against target',
    meaning: 'Green meets the target; amber is off target but within its tolerance; red is beyond the tolerance.',
  },
  {
    term: 'Exception',
    meaning:
      'An indicator red against its target, in the bottom quarter of its comparator group, or deteriorating over its last three figures.',
  },
  {
    term: 'Comparator group',
    meaning:
      'The councils this council compares itself with: its median is the middle value; the middle half ' +
      '(inter-quartile range) runs from the first to the third quartile.',
  },
  {
    term: 'Median of English councils',
    meaning:
      'The middle value of all English councils with social services responsibilities that published a figure. It is not ' +
      'England\u2019s figure.',
  },
  {
    term: 'England (published), <region> (published)',
    meaning:
      'England\u2019s and the region\u2019s figures as the publisher gives them (NHS Digital pools every council\u2019s numerator ' +
      'and denominator, councils with no published value included), so they differ from the median of councils.',
  },
  {
    term: 'Direction of travel',
    meaning:
      'Improving, stable or deteriorating: the slope of the last three figures, taking account of whether higher or lower is better.',
  },
  {
    term: 'Rank and quartile',
    meaning: 'Position in the comparator group, 1 being the best; quartile 1 is the best quarter, 4 the bottom quarter.',
  },
  {
    term: 'Data status',
    meaning:
      'Draft (entered), validated (checked by the data owner) or published (released by the ' +
      'council). Public packs show published figures only.',
  },
  {
    term: 'Risk score',
    meaning:
      'Likelihood (1-5) multiplied by impact (1-5). Inherent: before controls; residual: after them. ' +
      'Bands: low 1-4, medium 5-9, high 10-14, very high 15-25.',
    audiences: ['executive', 'portfolio', 'scrutiny'],
  },
  {
    term: 'Overdue action',
    meaning: 'An action open or in progress after its due date.',
    audiences: ['executive', 'portfolio', 'scrutiny'],
  },
  {
    term: 'Best Value review',
    meaning:
      'A review of a service that challenges why and how it is provided, compares it with others, consults ' +
      'the people who use it and tests its competitiveness (the four Cs).',
    audiences: ['scrutiny', 'public'],
  },
  {
    term: 'Complaints within timescale',
    meaning:
      'Complaints responded to on or before their due date, of those that were responded to or are ' +
      'past due. Upheld: upheld or partly upheld, of those decided.',
  },
  {
    term: 'Leadership health check',
    meaning:
      'The guidance\u2019s seven questions, six barriers and eight habits of performance management, each scored 0 (weak) to 4 ' +
      '(strong) from the council\u2019s records; a barrier scores higher the more it is absent. A part\u2019s score adds up the ' +
      'answers the records can give, out of their maximum.',
    audiences: ['executive', 'portfolio'],
  },
  {
    term: 'Commentary',
    meaning:
      'What the council\u2019s manager responsible for an indicator says about a figure: what happened, why, and what is being done.',
    audiences: ['scrutiny', 'public'],
  },
  {
    term: 'Health interface indicator',
    meaning:
      'An indicator the council marks as at the interface with the NHS (for example delayed ' +
      'transfers of care), reported with its health partner.',
    audiences: ['scrutiny'],
  },
];

export const SOURCES: ReadonlyArray<{ source: string; what: string; licence: string }> = [
  {
    source: 'NHS England (formerly NHS Digital): Adult Social Care Outcomes Framework (ASCOF)',
    what: 'National indicator definitions and every council\u2019s published values',
    licence: 'Open Government Licence v3.0',
  },
  {
    source: 'Office for Local Government (Oflog): adult social care measures',
    what: 'Published values and medians of councils\u2019 adult social care measures',
    licence: 'Crown copyright, Open Government Licence v3.0',
  },
  {
    source: 'mySociety: UK local authority names and codes; NHS Digital council codes',
    what: 'Councils\u2019 names, GSS codes, types and regions',
    licence: 'CC BY 4.0 (mySociety); Open Government Licence v3.0 (NHS Digital)',
  },
  {
    source: 'The council\u2019s own records in Golden Thread',
    what:
      'Priorities, objectives, milestones, targets, local indicators and their commentary, risks, actions, scrutiny, Best Value ' +
      'reviews and complaints',
    licence:
      'The council\u2019s own data; published figures may be reused under the Open ' +
      'Government Licence v3.0 unless the council says otherwise',
  },
];

export const LICENCE_NOTE =
  'Contains public sector information licensed under the Open Government Licence v3.0, and data from mySociety licensed under CC BY 4.0. ' +
  'Golden Thread, the software that produced this pack, is open source under the MIT licence.';

export function appendixBlocks(audience: Audience): Block[] {
  return [
    { kind: 'heading', text: 'Definitions' },
    table(
      'Definitions of the terms used in this pack',
      DEFINITIONS.filter((d) => !d.audiences || d.audiences.includes(audience)),
      [
        ['Term', 1, (d) => d.term],
        ['Meaning', 3, (d) => d.meaning],
      ],
    ),
    { kind: 'heading', text: 'Data sources and licences' },
    table('Where the data in this pack comes from, and its licence', SOURCES, [
      ['Source', 2, (s) => s.source],
      ['What', 2, (s) => s.what],
      ['Licence', 2, (s) => s.licence],
    ]),
    { kind: 'paragraph', text: LICENCE_NOTE },
  ];
}
