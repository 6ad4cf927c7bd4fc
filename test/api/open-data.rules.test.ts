/**
 * The open data's pure parts (README "Bulk open data"): the licence and attribution read from each
 * source text the importers and seeders store, and the filters' checks.
 */
import { describe, expect, it } from 'vitest';
import { AppError, licenceOf, parseOpenDataFilter } from '@goldenthread/api';

const OGL = { licence: 'OGL-UK-3.0', licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' };

describe('licence and attribution of a source', () => {
  it('reads the OGL note of the national publications and credits the publisher without it', () => {
    expect(licenceOf('NHS Digital, Measures from ASCOF, England 2020-21 (OGL v3)', 'Suffolk')).toEqual({
      attribution: 'NHS Digital, Measures from ASCOF, England 2020-21',
      ...OGL,
    });
    expect(licenceOf('NHS Digital ASCOF outcomes 2018-19 and 2019-20 (OGL v3)', 'Suffolk').attribution).toBe(
      'NHS Digital ASCOF outcomes 2018-19 and 2019-20',
    );
    expect(licenceOf('Office for Local Government adult social care measures (OGL v3)', 'Torbay')).toEqual({
      attribution: 'Office for Local Government adult social care measures',
      ...OGL,
    });
    expect(licenceOf('Office for Local Government (DLUHC), Local Authority Data Explorer (Crown copyright, OGL v3)', 'Torbay')).toEqual({
      attribution: 'Office for Local Government (DLUHC), Local Authority Data Explorer (Crown copyright)',
      ...OGL,
    });
  });

  it('credits the council for its own figures, with no licence stated', () => {
    for (const source of ['entered', 'import: suffolk-2024.csv', 'Suffolk performance and intelligence team', null, ''])
      expect(licenceOf(source, 'Suffolk')).toEqual({ attribution: 'Suffolk', licence: null, licenceUrl: null });
  });
});

describe('filters of the open data', () => {
  const field = (text: Parameters<typeof parseOpenDataFilter>[0]) => {
    try {
      parseOpenDataFilter(text);
      return 'accepted';
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return [(error as AppError).extensions.code, (error as AppError).extensions.field];
    }
  };

  it('normalises lists, periods and instants', () => {
    const f = parseOpenDataFilter({
      framework: ['ascof,oflog'],
      council: ['e10000029', 'E10000029'],
      areaType: ['ua'],
      periodFrom: '2019-20',
      periodTo: '2020-21 Q4',
      updatedSince: '2025-01-31',
    });
    expect(f).toEqual({
      frameworks: ['ASCOF', 'OFLOG'],
      indicators: [],
      councils: ['E10000029'],
      areaTypes: ['UA'],
      periodFrom: '2019-04-01',
      periodTo: '2021-03-31',
      updatedSince: new Date('2025-01-31T00:00:00Z'),
    });
  });

  it('refuses a bad value naming the parameter', () => {
    expect(field({ framework: ['NHS'] })).toEqual(['BAD_USER_INPUT', 'framework']);
    expect(field({ areaType: ['SHIRE'] })).toEqual(['BAD_USER_INPUT', 'areaType']);
    expect(field({ council: ['Suffolk'] })).toEqual(['BAD_USER_INPUT', 'council']);
    expect(field({ periodFrom: '2020-22' })).toEqual(['BAD_USER_INPUT', 'periodFrom']);
    expect(field({ periodFrom: '2021-22', periodTo: '2020-21' })).toEqual(['BAD_USER_INPUT', 'periodTo']);
    expect(field({ updatedSince: '31/01/2025' })).toEqual(['BAD_USER_INPUT', 'updatedSince']);
    expect(field({ updatedSince: '2025-02-30T00:00:00Z' })).toEqual(['BAD_USER_INPUT', 'updatedSince']);
    const many = Array.from({ length: 201 }, (_, i) => `E1${String(i).padStart(7, '0')}`);
    expect(field({ council: many })).toEqual(['BAD_USER_INPUT', 'council']);
  });
});
