import { describe, expect, it } from 'vitest';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { districtName, districtOptions } from './organisation.format';

// AGR-9: a new record is offered only the districts in force today; an ended district stays
// readable by name, and a record that already names it keeps it shown. "Järva" is a test fixture.
const ref: ReferenceDataView = {
  legalForms: [],
  areas: [],
  districts: [
    { code: 'rinkeby_kista', nameSv: 'Rinkeby-Kista', sortOrder: 10, validFrom: null, validTo: '2023-06-30' },
    { code: 'bromma', nameSv: 'Bromma', sortOrder: 40, validFrom: null, validTo: null },
    { code: 'jarva', nameSv: 'Järva', sortOrder: 140, validFrom: '2023-07-01', validTo: null },
  ],
  targetGroups: [],
  units: [],
  committees: [],
};

describe('district options (AGR-9)', () => {
  it('offers only the districts in force on the day, in order', () => {
    expect(districtOptions(ref, '2024-01-01').map((o) => o.value)).toEqual(['bromma', 'jarva']);
    expect(districtOptions(ref, '2023-06-30').map((o) => o.value)).toEqual(['rinkeby_kista', 'bromma']);
  });

  it('keeps a record’s ended district among the options, and lists every district without a day (filters of history)', () => {
    expect(districtOptions(ref, '2024-01-01', ['rinkeby_kista']).map((o) => o.value)).toEqual(['rinkeby_kista', 'bromma', 'jarva']);
    expect(districtOptions(ref).map((o) => o.value)).toEqual(['rinkeby_kista', 'bromma', 'jarva']);
    expect(districtName(ref, 'rinkeby_kista')).toBe('Rinkeby-Kista');
  });
});
