import { describe, expect, it } from 'vitest';
import { ascofDefinition, developerText, pafDefinition, plainBase, polarityAuthority } from './indicator-wording.js';
import { readIndicatorDefinitions } from './indicators.js';

describe('indicator definitions in plain English (issue 17)', () => {
  it('shows no developer text in any national definition or source read from the reference files', () => {
    const defs = readIndicatorDefinitions();
    expect(defs.length).toBeGreaterThan(40);
    for (const d of defs) {
      expect(developerText(d.definition), `${d.framework} ${d.code} definition: ${d.definition}`).toEqual([]);
      expect(developerText(d.source), `${d.framework} ${d.code} source: ${d.source}`).toEqual([]);
    }
  });

  it('finds the developer text the reference files carry (so the check above can fail)', () => {
    expect(developerText('Denominator or base: ASCS respondents (LG Inform metricType 1091).')).toContain('a compiler note');
    expect(developerText('polarity: communitiesuk/oflog-automated-text src/lib/ASC_data.csv rank_order=desc')).toEqual(
      expect.arrayContaining(['a file name or path', 'a column name']),
    );
    expect(developerText('Denominator or base: None.')).toEqual(['a bare None']);
  });

  it('puts the bases into words and drops the notes on where they were found', () => {
    expect(plainBase('ASCS respondents to Q3a; numerator = answers 1 or 2 (LG Inform metricType 1092)')).toBe(
      'people who answered question 3a of the Adult Social Care Survey; those counted: answers 1 or 2',
    );
    expect(plainBase('None')).toBeNull();
    expect(plainBase('ONS population aged 65+ (LG Inform metricType 4282)')).toBe('the population aged 65 and over');
    expect(ascofDefinition('The proportion of carers who find it easy to find information about support', 'SACE respondents')).toBe(
      'The proportion of carers who find it easy to find information about support. ' +
        'Measured among carers who answered the Survey of Adult Carers in England.',
    );
    expect(polarityAuthority('http://id.esd.org.uk/metricType/1091 (LG Inform Plus; "a high value is good")')).toBe('LG Inform');
    expect(
      pafDefinition('Adults with physical disabilities helped to live at home', 'per 1,000 population aged [age band truncated in source]'),
    ).toBe('Adults with physical disabilities helped to live at home, per 1,000 population. The age band it covers is not known.');
  });
});
