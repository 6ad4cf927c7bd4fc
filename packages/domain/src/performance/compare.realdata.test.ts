/**
 * Group comparison on real published data, parsed from the text exactly as published.
 *
 * Sources (Open Government Licence v3.0):
 * - NHS Digital, "Measures from the Adult Social Care Outcomes Framework, England 2020-21", open data
 *   file: Outcome, Total disaggregation, council rows, for 1F (adults in contact with secondary mental
 *   health services in paid employment, %, higher is better; three councils suppressed `[c]`) and 2A(2)
 *   (older people's permanent admissions to care homes per 100,000, lower is better; Hackney `[x]`).
 * - Office for Local Government (DLUHC), adult social care measures, ASC3 (= ASCOF 3D(1)) 2019-20, which
 *   publishes its own MEDIAN column: the expected median below is Oflog's, not ours.
 *
 * Expected quartile values were computed independently with Python's
 * statistics.quantiles(values, n=4, method='inclusive'), which is the R type 7 / Excel QUARTILE.INC method.
 */
import { describe, expect, it } from 'vitest';
import { compareGroup, councilPosition, type GroupEntry } from './compare.js';
import { parseMeasuredValue, type MeasuredValue } from './values.js';

function parsed(text: string): MeasuredValue {
  const result = parseMeasuredValue(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const ASCOF_1F_2020_21: [number, string, string][] = [
  [102, 'Cumbria', '11'],
  [104, 'Northumberland', '11'],
  [106, 'Gateshead', '8'],
  [107, 'Newcastle upon Tyne', '7'],
  [108, 'North Tyneside', '7'],
  [109, 'South Tyneside', '6'],
  [110, 'Sunderland', '7'],
  [111, 'Hartlepool', '15'],
  [112, 'Middlesbrough', '11'],
  [113, 'Redcar and Cleveland', '13'],
  [114, 'Stockton-on-Tees', '18'],
  [116, 'County Durham', '13'],
  [117, 'Darlington', '10'],
  [204, 'Barnsley', '10'],
  [205, 'Doncaster', '4'],
  [206, 'Rotherham', '8'],
  [207, 'Sheffield', '6'],
  [209, 'Bradford', '8'],
  [210, 'Calderdale', '12'],
  [211, 'Kirklees', '11'],
  [212, 'Leeds', '9'],
  [213, 'Wakefield', '8'],
  [214, 'East Riding of Yorkshire', '19'],
  [215, 'Kingston upon Hull, City of', '11'],
  [216, 'North East Lincolnshire', '13'],
  [217, 'North Lincolnshire', '5'],
  [218, 'North Yorkshire', '20'],
  [219, 'York', '20'],
  [304, 'Bolton', '9'],
  [305, 'Bury', '5'],
  [306, 'Manchester', '7'],
  [307, 'Oldham', '4'],
  [308, 'Rochdale', '4'],
  [309, 'Salford', '8'],
  [310, 'Stockport', '7'],
  [311, 'Tameside', '6'],
  [312, 'Trafford', '12'],
  [313, 'Wigan', '12'],
  [315, 'Knowsley', '6'],
  [316, 'Liverpool', '4'],
  [317, 'Sefton', '10'],
  [318, 'St. Helens', '9'],
  [319, 'Wirral', '7'],
  [321, 'Halton', '5'],
  [322, 'Warrington', '8'],
  [323, 'Lancashire', '4'],
  [324, 'Blackburn with Darwen', '3'],
  [325, 'Blackpool', '2'],
  [326, 'Cheshire East', '13'],
  [327, 'Cheshire West and Chester', '7'],
  [404, 'Warwickshire', '12'],
  [406, 'Birmingham', '2'],
  [407, 'Coventry', '8'],
  [408, 'Dudley', '6'],
  [409, 'Sandwell', '3'],
  [410, 'Solihull', '6'],
  [411, 'Walsall', '4'],
  [412, 'Wolverhampton', '1'],
  [413, 'Staffordshire', '13'],
  [414, 'Stoke-on-Trent', '10'],
  [415, 'Herefordshire, County of', '7'],
  [416, 'Worcestershire', '15'],
  [417, 'Shropshire', '9'],
  [418, 'Telford and Wrekin', '9'],
  [503, 'Lincolnshire', '9'],
  [504, 'Northamptonshire', '9'],
  [506, 'Derbyshire', '3'],
  [507, 'Derby', '2'],
  [508, 'Leicestershire', '6'],
  [509, 'Leicester', '2'],
  [510, 'Rutland', '[c]'],
  [511, 'Nottinghamshire', '5'],
  [512, 'Nottingham', '5'],
  [606, 'Hertfordshire', '15'],
  [607, 'Norfolk', '11'],
  [608, 'Oxfordshire', '12'],
  [609, 'Suffolk', '13'],
  [611, 'Luton', '8'],
  [613, 'Milton Keynes', '8'],
  [614, 'Bracknell Forest', '12'],
  [615, 'West Berkshire', '18'],
  [616, 'Reading', '14'],
  [617, 'Slough', '10'],
  [618, 'Windsor and Maidenhead', '10'],
  [619, 'Wokingham', '29'],
  [620, 'Essex', '21'],
  [621, 'Southend-on-Sea', '12'],
  [622, 'Thurrock', '12'],
  [623, 'Cambridgeshire', '9'],
  [624, 'Peterborough', '12'],
  [625, 'Bedford', '9'],
  [626, 'Central Bedfordshire', '15'],
  [702, 'Camden', '6'],
  [703, 'Greenwich', '5'],
  [704, 'Hackney', '3'],
  [705, 'Hammersmith and Fulham', '6'],
  [706, 'Islington', '6'],
  [707, 'Kensington and Chelsea', '6'],
  [708, 'Lambeth', '5'],
  [709, 'Lewisham', '5'],
  [710, 'Southwark', '5'],
  [711, 'Tower Hamlets', '3'],
  [712, 'Wandsworth', '11'],
  [713, 'Westminster', '5'],
  [714, 'City of London', '[c]'],
  [716, 'Barking and Dagenham', '7'],
  [717, 'Barnet', '8'],
  [718, 'Bexley', '12'],
  [719, 'Brent', '5'],
  [720, 'Bromley', '10'],
  [721, 'Croydon', '5'],
  [722, 'Ealing', '8'],
  [723, 'Enfield', '4'],
  [724, 'Haringey', '4'],
  [725, 'Harrow', '6'],
  [726, 'Havering', '10'],
  [727, 'Hillingdon', '5'],
  [728, 'Hounslow', '11'],
  [729, 'Kingston upon Thames', '9'],
  [730, 'Merton', '14'],
  [731, 'Newham', '5'],
  [732, 'Redbridge', '5'],
  [733, 'Richmond upon Thames', '10'],
  [734, 'Sutton', '10'],
  [735, 'Waltham Forest', '5'],
  [738, 'Bournemouth, Christchurch and Poole', '9'],
  [803, 'Isle of Wight', '5'],
  [805, 'Surrey', '9'],
  [807, 'West Sussex', '12'],
  [809, 'Dorset', '9'],
  [812, 'Hampshire', '12'],
  [813, 'Portsmouth', '5'],
  [814, 'Southampton', '4'],
  [815, 'East Sussex', '13'],
  [816, 'Brighton and Hove', '10'],
  [817, 'Wiltshire', '15'],
  [819, 'Swindon', '13'],
  [820, 'Kent', '11'],
  [821, 'Medway', '9'],
  [902, 'Cornwall', '6'],
  [904, 'Gloucestershire', '8'],
  [905, 'Somerset', '15'],
  [906, 'Isles of Scilly', '[c]'],
  [908, 'Bath and North East Somerset', '12'],
  [909, 'Bristol, City of', '9'],
  [910, 'North Somerset', '13'],
  [911, 'South Gloucestershire', '18'],
  [912, 'Devon', '8'],
  [913, 'Plymouth', '7'],
  [914, 'Torbay', '4'],
  [916, 'Buckinghamshire', '10'],
];
const ASCOF_2A2_2020_21: [number, string, string][] = [
  [102, 'Cumbria', '619'],
  [104, 'Northumberland', '609.6'],
  [106, 'Gateshead', '1060.1'],
  [107, 'Newcastle upon Tyne', '713.4'],
  [108, 'North Tyneside', '424.4'],
  [109, 'South Tyneside', '701'],
  [110, 'Sunderland', '1170.1'],
  [111, 'Hartlepool', '582.4'],
  [112, 'Middlesbrough', '844.3'],
  [113, 'Redcar and Cleveland', '699.9'],
  [114, 'Stockton-on-Tees', '619.8'],
  [116, 'County Durham', '658.7'],
  [117, 'Darlington', '637.1'],
  [204, 'Barnsley', '659.7'],
  [205, 'Doncaster', '638.2'],
  [206, 'Rotherham', '431.4'],
  [207, 'Sheffield', '588.1'],
  [209, 'Bradford', '557.4'],
  [210, 'Calderdale', '484.8'],
  [211, 'Kirklees', '400'],
  [212, 'Leeds', '458.1'],
  [213, 'Wakefield', '722.8'],
  [214, 'East Riding of Yorkshire', '539.6'],
  [215, 'Kingston upon Hull, City of', '755.6'],
  [216, 'North East Lincolnshire', '634.4'],
  [217, 'North Lincolnshire', '514.8'],
  [218, 'North Yorkshire', '580.2'],
  [219, 'York', '347.3'],
  [304, 'Bolton', '805.1'],
  [305, 'Bury', '644.7'],
  [306, 'Manchester', '1402.3'],
  [307, 'Oldham', '692.4'],
  [308, 'Rochdale', '658.1'],
  [309, 'Salford', '1100.3'],
  [310, 'Stockport', '1367.7'],
  [311, 'Tameside', '620.4'],
  [312, 'Trafford', '639.4'],
  [313, 'Wigan', '376.9'],
  [315, 'Knowsley', '749.5'],
  [316, 'Liverpool', '719.5'],
  [317, 'Sefton', '661.4'],
  [318, 'St. Helens', '683.3'],
  [319, 'Wirral', '680.3'],
  [321, 'Halton', '141'],
  [322, 'Warrington', '446.9'],
  [323, 'Lancashire', '476.8'],
  [324, 'Blackburn with Darwen', '209.2'],
  [325, 'Blackpool', '425.6'],
  [326, 'Cheshire East', '500.3'],
  [327, 'Cheshire West and Chester', '392.4'],
  [404, 'Warwickshire', '595.5'],
  [406, 'Birmingham', '399.6'],
  [407, 'Coventry', '634.1'],
  [408, 'Dudley', '757'],
  [409, 'Sandwell', '710'],
  [410, 'Solihull', '594'],
  [411, 'Walsall', '619.3'],
  [412, 'Wolverhampton', '696.3'],
  [413, 'Staffordshire', '454.2'],
  [414, 'Stoke-on-Trent', '889.4'],
  [415, 'Herefordshire, County of', '416.9'],
  [416, 'Worcestershire', '475.8'],
  [417, 'Shropshire', '402.6'],
  [418, 'Telford and Wrekin', '390.7'],
  [503, 'Lincolnshire', '432.9'],
  [504, 'Northamptonshire', '320.5'],
  [506, 'Derbyshire', '134.5'],
  [507, 'Derby', '620.9'],
  [508, 'Leicestershire', '308.8'],
  [509, 'Leicester', '433.5'],
  [510, 'Rutland', '502.7'],
  [511, 'Nottinghamshire', '488.9'],
  [512, 'Nottingham', '984'],
  [606, 'Hertfordshire', '431.7'],
  [607, 'Norfolk', '553.8'],
  [608, 'Oxfordshire', '441.7'],
  [609, 'Suffolk', '304.7'],
  [611, 'Luton', '389.3'],
  [613, 'Milton Keynes', '507.5'],
  [614, 'Bracknell Forest', '472.7'],
  [615, 'West Berkshire', '443.6'],
  [616, 'Reading', '486.8'],
  [617, 'Slough', '488.5'],
  [618, 'Windsor and Maidenhead', '750.5'],
  [619, 'Wokingham', '353.3'],
  [620, 'Essex', '449.2'],
  [621, 'Southend-on-Sea', '448.7'],
  [622, 'Thurrock', '618.3'],
  [623, 'Cambridgeshire', '307.1'],
  [624, 'Peterborough', '419.8'],
  [625, 'Bedford', '455.1'],
  [626, 'Central Bedfordshire', '321.1'],
  [702, 'Camden', '348.2'],
  [703, 'Greenwich', '267.2'],
  [704, 'Hackney', '[x]'],
  [705, 'Hammersmith and Fulham', '193.4'],
  [706, 'Islington', '288.4'],
  [707, 'Kensington and Chelsea', '164.1'],
  [708, 'Lambeth', '413.5'],
  [709, 'Lewisham', '1257.1'],
  [710, 'Southwark', '476.1'],
  [711, 'Tower Hamlets', '316.9'],
  [712, 'Wandsworth', '287.5'],
  [713, 'Westminster', '218.3'],
  [714, 'City of London', '635.5'],
  [716, 'Barking and Dagenham', '621'],
  [717, 'Barnet', '502'],
  [718, 'Bexley', '394.8'],
  [719, 'Brent', '257'],
  [720, 'Bromley', '419.9'],
  [721, 'Croydon', '129.5'],
  [722, 'Ealing', '201.5'],
  [723, 'Enfield', '256.5'],
  [724, 'Haringey', '363.4'],
  [725, 'Harrow', '445.4'],
  [726, 'Havering', '569.7'],
  [727, 'Hillingdon', '682.8'],
  [728, 'Hounslow', '263.8'],
  [729, 'Kingston upon Thames', '311'],
  [730, 'Merton', '217.8'],
  [731, 'Newham', '236'],
  [732, 'Redbridge', '338.7'],
  [733, 'Richmond upon Thames', '303.3'],
  [734, 'Sutton', '300.8'],
  [735, 'Waltham Forest', '458.9'],
  [738, 'Bournemouth, Christchurch and Poole', '327'],
  [803, 'Isle of Wight', '722'],
  [805, 'Surrey', '464.1'],
  [807, 'West Sussex', '524.5'],
  [809, 'Dorset', '459.9'],
  [812, 'Hampshire', '483.3'],
  [813, 'Portsmouth', '621.6'],
  [814, 'Southampton', '700.5'],
  [815, 'East Sussex', '501.1'],
  [816, 'Brighton and Hove', '656.1'],
  [817, 'Wiltshire', '386.9'],
  [819, 'Swindon', '387.8'],
  [820, 'Kent', '417.6'],
  [821, 'Medway', '717.9'],
  [902, 'Cornwall', '366.6'],
  [904, 'Gloucestershire', '355.8'],
  [905, 'Somerset', '380.4'],
  [906, 'Isles of Scilly', '2107'],
  [908, 'Bath and North East Somerset', '594.7'],
  [909, 'Bristol, City of', '960.6'],
  [910, 'North Somerset', '586.5'],
  [911, 'South Gloucestershire', '597.3'],
  [912, 'Devon', '500.9'],
  [913, 'Plymouth', '431'],
  [914, 'Torbay', '417.3'],
  [916, 'Buckinghamshire', '372.7'],
];
/** Oflog ASC3 (= ASCOF 3D(1)), 2019-20: [GSS code, name, value as published ('' = blank)]. Published MEDIAN: 69. */
const OFLOG_ASC3_2019_20: [string, string, string][] = [
  ['E06000058', 'Bournemouth, Christchurch and Poole', '68.7'],
  ['E10000021', 'Northamptonshire', '69.3'],
  ['E09000014', 'Haringey', '67.5'],
  ['E06000010', 'Kingston Upon Hull', '67.3'],
  ['E08000035', 'Leeds', '71.5'],
  ['E06000032', 'Luton', '65.4'],
  ['E06000051', 'Shropshire', '75.5'],
  ['E08000022', 'North Tyneside', '76.4'],
  ['E10000018', 'Leicestershire', '61.5'],
  ['E09000028', 'Southwark', '61.1'],
  ['E06000039', 'Slough', '59.5'],
  ['E06000047', 'County Durham', '81.1'],
  ['E06000009', 'Blackpool', '81.3'],
  ['E08000018', 'Rotherham', '56.4'],
  ['E06000031', 'Peterborough', '72.1'],
  ['E06000034', 'Thurrock', '68.8'],
  ['E08000003', 'Manchester', '68.9'],
  ['E06000022', 'Bath and North East Somerset', '69.4'],
  ['E06000049', 'Cheshire East', '69.4'],
  ['E06000021', 'Stoke-on-Trent', '67.9'],
  ['E06000042', 'Milton Keynes', '67.7'],
  ['E09000018', 'Hounslow', '70.4'],
  ['E08000010', 'Wigan', '67.5'],
  ['E08000024', 'Sunderland', '70.6'],
  ['E10000013', 'Gloucestershire', '72.8'],
  ['E08000019', 'Sheffield', '63.9'],
  ['E06000015', 'Derby', '63.6'],
  ['E06000003', 'Redcar and Cleveland', '75.6'],
  ['E09000029', 'Sutton', '62'],
  ['E10000024', 'Nottinghamshire', '61.1'],
  ['E09000004', 'Bexley', '72.9'],
  ['E10000007', 'Derbyshire', '68.9'],
  ['E10000020', 'Norfolk', '68.8'],
  ['E08000027', 'Dudley', '68.7'],
  ['E06000033', 'Southend-on-Sea', '70.2'],
  ['E10000019', 'Lincolnshire', '70.6'],
  ['E10000014', 'Hampshire', '70.8'],
  ['E09000032', 'Wandsworth', '67.1'],
  ['E06000025', 'South Gloucestershire', '67'],
  ['E09000019', 'Islington', '67'],
  ['E10000032', 'West Sussex', '71.6'],
  ['E09000007', 'Camden', '66.3'],
  ['E08000034', 'Kirklees', '65.8'],
  ['E08000013', 'St. Helens', '73'],
  ['E06000054', 'Wiltshire', '64.9'],
  ['E08000004', 'Oldham', '64.6'],
  ['E08000009', 'Trafford', '77.3'],
  ['E09000022', 'Lambeth', '57.4'],
  ['E06000017', 'Rutland', '81.6'],
  ['E06000020', 'Telford and Wrekin', '56.3'],
  ['E06000030', 'Swindon', '82'],
  ['E09000020', 'Kensington and Chelsea', '74.7'],
  ['E09000025', 'Newham', '67.2'],
  ['E08000033', 'Calderdale', '69'],
  ['E09000010', 'Enfield', '69'],
  ['E10000029', 'Suffolk', '69.2'],
  ['E06000050', 'Cheshire West and Chester', '69.3'],
  ['E08000016', 'Barnsley', '69.7'],
  ['E09000017', 'Hillingdon', '68.2'],
  ['E08000037', 'Gateshead', '67.6'],
  ['E06000018', 'Nottingham', '70.7'],
  ['E09000002', 'Barking and Dagenham', '71'],
  ['E08000005', 'Rochdale', '73'],
  ['E09000026', 'Redbridge', '64.9'],
  ['E06000037', 'West Berkshire', '73.1'],
  ['E10000002', 'Buckinghamshire', '62.3'],
  ['E09000009', 'Ealing', '60.7'],
  ['E09000012', 'Hackney', '58.4'],
  ['E08000007', 'Stockport', '68.5'],
  ['E08000026', 'Coventry', '69.8'],
  ['E10000031', 'Warwickshire', '47.2'],
  ['E06000016', 'Leicester', '68.2'],
  ['E06000056', 'Central Bedfordshire', '70.9'],
  ['E08000006', 'Salford', '69.2'],
  ['E10000030', 'Surrey', '68.4'],
  ['E06000007', 'Warrington', '68.3'],
  ['E06000043', 'Brighton and Hove', '69.7'],
  ['E09000030', 'Tower Hamlets', '68.1'],
  ['E08000029', 'Solihull', '68'],
  ['E06000004', 'Stockton-on-Tees', '68'],
  ['E06000059', 'Dorset', '71.1'],
  ['E10000027', 'Somerset', '66.9'],
  ['E08000002', 'Bury', '71.4'],
  ['E08000031', 'Wolverhampton', '72.2'],
  ['E06000027', 'Torbay', '72.5'],
  ['E06000012', 'North East Lincolnshire', '64.9'],
  ['E08000011', 'Knowsley', '73.2'],
  ['E09000011', 'Greenwich', '63.8'],
  ['E08000015', 'Wirral', '74.6'],
  ['E10000011', 'East Sussex', '75.7'],
  ['E09000033', 'Westminster', '62'],
  ['E08000025', 'Birmingham', '60.8'],
  ['E09000005', 'Brent', '60.6'],
  ['E06000035', 'Medway', '57.7'],
  ['E09000021', 'Kingston upon Thames', '71.8'],
  ['E09000027', 'Richmond upon Thames', '73.5'],
  ['E09000024', 'Merton', '70.1'],
  ['E10000017', 'Lancashire', '69.4'],
  ['E10000023', 'North Yorkshire', '74.1'],
  ['E06000041', 'Wokingham', ''],
  ['E08000023', 'South Tyneside', '69.4'],
  ['E06000011', 'East Riding of Yorkshire', '68.6'],
  ['E10000025', 'Oxfordshire', '68.2'],
  ['E06000019', 'Herefordshire', '70'],
  ['E10000034', 'Worcestershire', '70.8'],
  ['E10000003', 'Cambridgeshire', '66.8'],
  ['E08000032', 'Bradford', '71.2'],
  ['E06000040', 'Windsor and Maidenhead', '71.4'],
  ['E06000002', 'Middlesbrough', '71.7'],
  ['E10000012', 'Essex', '65.6'],
  ['E09000016', 'Havering', '72.4'],
  ['E10000028', 'Staffordshire', '64.8'],
  ['E10000006', 'Cumbria', '74'],
  ['E06000014', 'York', '74.1'],
  ['E06000023', 'Bristol', '63.7'],
  ['E09000006', 'Bromley', '74.6'],
  ['E06000052', 'Cornwall', '63.4'],
  ['E08000017', 'Doncaster', '74.7'],
  ['E08000036', 'Wakefield', '63.2'],
  ['E06000038', 'Reading', '62.1'],
  ['E06000057', 'Northumberland', '76.3'],
  ['E09000013', 'Hammersmith and Fulham', '58.7'],
  ['E06000005', 'Darlington', '69.1'],
  ['E08000012', 'Liverpool', '70.5'],
  ['E08000030', 'Walsall', '70.7'],
  ['E06000013', 'North Lincolnshire', '67.1'],
  ['E08000014', 'Sefton', '66.2'],
  ['E06000024', 'North Somerset', '73'],
  ['E10000008', 'Devon', '64.4'],
  ['E08000001', 'Bolton', '64'],
  ['E09000023', 'Lewisham', '74.4'],
  ['E08000028', 'Sandwell', '75.9'],
  ['E06000036', 'Bracknell Forest', '77.1'],
  ['E06000044', 'Portsmouth', '77.4'],
  ['E06000006', 'Halton', '79'],
  ['E09000031', 'Waltham Forest', '58.1'],
  ['E10000016', 'Kent', ''],
  ['E06000001', 'Hartlepool', '84.4'],
  ['E06000045', 'Southampton', '63.9'],
  ['E09000015', 'Harrow', '67.4'],
  ['E09000008', 'Croydon', '59.1'],
  ['E09000003', 'Barnet', '68.3'],
  ['E08000021', 'Newcastle upon Tyne', '70'],
  ['E08000008', 'Tameside', '70.6'],
  ['E06000008', 'Blackburn with Darwen', '64.5'],
  ['E06000026', 'Plymouth', '65.1'],
  ['E06000046', 'Isle of Wight', '70.5'],
  ['E06000055', 'Bedford', '75.7'],
  ['E10000015', 'Hertfordshire', '75.5'],
  ['E06000053', 'Isles of Scilly', ''],
  ['E09000001', 'City of London', ''],
];

const nhsGroup = (rows: [number, string, string][]): GroupEntry[] =>
  rows.map(([councilId, name, text]) => ({ councilId, name, value: parsed(text) }));

describe('ASCOF 1F, 2020-21, all councils (higher is better, integers: many ties, three suppressed)', () => {
  const result = compareGroup(nhsGroup(ASCOF_1F_2020_21), 'HIGHER_IS_BETTER');

  it('counts the 148 numbers and leaves the three [c] councils unranked', () => {
    expect(ASCOF_1F_2020_21).toHaveLength(151);
    expect(result.count).toBe(148);
    expect(result.suppressedCount).toBe(3);
    expect(result.ranked.slice(148).map((r) => [r.name, r.status, r.rank])).toEqual([
      ['City of London', 'SUPPRESSED', null],
      ['Isles of Scilly', 'SUPPRESSED', null],
      ['Rutland', 'SUPPRESSED', null],
    ]);
  });

  it('gives the median and quartile values', () => {
    // Python: statistics.quantiles(values, n=4, method='inclusive') == [5.0, 8.5, 12.0]
    expect(result).toMatchObject({ q1: 5, median: 8.5, q3: 12, min: 1, max: 29, best: 29, worst: 1 });
    // The England figure NHS Digital publishes for 1F in 2020-21 is 9: a pooled rate (sum of numerators
    // over sum of denominators), not the median of councils. The two are different numbers.
    expect(result.median).not.toBe(9);
  });

  it('ranks with standard competition ranking through the ties', () => {
    const at = (name: string) => result.ranked.find((r) => r.name === name)!;
    // 29 (Wokingham) rank 1; 21 (Essex) 2; 20 (North Yorkshire, York) 3 and 3; 19 rank 5;
    // 18 (Stockton-on-Tees, West Berkshire, South Gloucestershire) 6; next value 15 is rank 9.
    expect([at('Wokingham').rank, at('Essex').rank, at('North Yorkshire').rank, at('York').rank]).toEqual([1, 2, 3, 3]);
    expect([at('Stockton-on-Tees').rank, at('West Berkshire').rank, at('South Gloucestershire').rank]).toEqual([6, 6, 6]);
    expect(result.ranked.find((r) => r.value === 15)!.rank).toBe(9);
    expect(at('Wolverhampton')).toMatchObject({ value: 1, rank: 148, quartile: 4, percentile: 0 });
  });

  it('assigns quartiles from ranks, tied councils together', () => {
    // Value 12: 13 councils at rank 26 -> ceil(104/148) = 1. Value 11: rank 39 -> ceil(156/148) = 2.
    // Value 5: 18 councils at rank 111 -> 444/148 = 3 exactly -> quartile 3. Value 4: rank 129 -> 4.
    const quartileOf = (value: number) => [...new Set(result.ranked.filter((r) => r.value === value).map((r) => r.quartile))];
    expect(quartileOf(12)).toEqual([1]);
    expect(quartileOf(11)).toEqual([2]);
    expect(quartileOf(5)).toEqual([3]);
    expect(quartileOf(4)).toEqual([4]);
    const sizes = [1, 2, 3, 4].map((q) => result.ranked.filter((r) => r.quartile === q).length);
    // Ties make the quarters uneven: 38, 36, 54, 20 (total 148).
    expect(sizes).toEqual([38, 36, 54, 20]);
    // Percentile of the 18 councils tied at 5: worse = 148 - 110 - 18 = 20; (20 + 17/2) / 147 x 100.
    expect(result.ranked.find((r) => r.value === 5)!.percentile).toBeCloseTo((28.5 / 147) * 100, 10);
  });
});

describe('ASCOF 2A(2), 2020-21, all councils (lower is better, one [x])', () => {
  const entries = nhsGroup(ASCOF_2A2_2020_21);
  const result = compareGroup(entries, 'LOWER_IS_BETTER');

  it('gives the median and quartile values', () => {
    // Python: [388.175, 484.05, 637.9250000000001]
    expect(result.count).toBe(150);
    expect(result.notAvailableCount).toBe(1);
    expect(result.q1).toBeCloseTo(388.175, 9);
    expect(result.median).toBeCloseTo(484.05, 9);
    expect(result.q3).toBeCloseTo(637.925, 9);
    expect(result).toMatchObject({ min: 129.5, max: 2107, best: 129.5, worst: 2107 });
  });

  it('ranks the lowest rate first', () => {
    expect(result.ranked.slice(0, 2).map((r) => [r.name, r.value, r.rank, r.quartile])).toEqual([
      ['Croydon', 129.5, 1, 1],
      ['Derbyshire', 134.5, 2, 1],
    ]);
    expect(result.ranked.slice(149).map((r) => [r.name, r.rank, r.quartile, r.status])).toEqual([
      ['Isles of Scilly', 150, 4, 'VALUE'],
      ['Hackney', null, null, 'NOT_AVAILABLE'],
    ]);
  });

  it('places Manchester in the bottom quartile, well above the median', () => {
    const position = councilPosition(entries, 306, 'LOWER_IS_BETTER')!;
    expect(position).toMatchObject({ name: 'Manchester', value: 1402.3, rank: 149, quartile: 4, betterThanMedian: false });
    expect(position.differenceFromMedian).toBeCloseTo(1402.3 - 484.05, 9);
  });
});

describe('Oflog ASC3 (ASCOF 3D(1)), 2019-20: our median matches the published one', () => {
  const entries: GroupEntry[] = OFLOG_ASC3_2019_20.map(([, name, text], i) => ({ councilId: i + 1, name, value: parsed(text) }));
  const result = compareGroup(entries, 'HIGHER_IS_BETTER');

  it('ignores the four blank cells and finds the median Oflog published (69)', () => {
    expect(entries).toHaveLength(151);
    expect(result.count).toBe(147);
    expect(result.notAvailableCount).toBe(4);
    expect(result.median).toBe(69);
    // Python: [65.5, 69.0, 71.94999999999999]
    expect(result.q1).toBeCloseTo(65.5, 9);
    expect(result.q3).toBeCloseTo(71.95, 9);
  });

  it('ranks Hartlepool first and Warwickshire last', () => {
    expect(result.ranked[0]).toMatchObject({ name: 'Hartlepool', value: 84.4, rank: 1, quartile: 1 });
    expect(result.ranked[146]).toMatchObject({ name: 'Warwickshire', value: 47.2, rank: 147, quartile: 4, percentile: 0 });
    expect(
      result.ranked
        .slice(147)
        .map((r) => r.name)
        .sort(),
    ).toEqual(['City of London', 'Isles of Scilly', 'Kent', 'Wokingham']);
  });
});
