import { describe, expect, it } from 'vitest';
import {
  closingDateFor,
  type DatedDistrict,
  type DistrictSuccession,
  districtHistory,
  validateSuccession,
} from './district-history.rules';

// AGR-9: districts are dated reference data with successors, so a report across years maps history
// correctly. The fixture is the 2023 case (source 003 §6.1): Rinkeby-Kista and Spånga-Tensta merge,
// as do Norrmalm and Östermalm. The merged units' names and the date are test data only.
const EFFECTIVE = '2023-07-01';
const districts: DatedDistrict[] = [
  { code: 'rinkeby_kista', validFrom: null, validTo: '2023-06-30' },
  { code: 'spanga_tensta', validFrom: null, validTo: '2023-06-30' },
  { code: 'norrmalm', validFrom: null, validTo: '2023-06-30' },
  { code: 'ostermalm', validFrom: null, validTo: '2023-06-30' },
  { code: 'bromma', validFrom: null, validTo: null },
  { code: 'jarva', validFrom: EFFECTIVE, validTo: null },
  { code: 'norra_innerstaden', validFrom: EFFECTIVE, validTo: null },
];
const successions: DistrictSuccession[] = [
  { predecessorCode: 'rinkeby_kista', successorCode: 'jarva', effectiveOn: EFFECTIVE },
  { predecessorCode: 'spanga_tensta', successorCode: 'jarva', effectiveOn: EFFECTIVE },
  { predecessorCode: 'norrmalm', successorCode: 'norra_innerstaden', effectiveOn: EFFECTIVE },
  { predecessorCode: 'ostermalm', successorCode: 'norra_innerstaden', effectiveOn: EFFECTIVE },
];
const history = districtHistory(districts, successions);

describe('district history: the unit in force (AGR-9)', () => {
  it('maps Rinkeby-Kista to the merged unit from the merger on, and to itself before it', () => {
    expect(history.currentUnitOf('rinkeby_kista', '2022-05-10')).toEqual(['rinkeby_kista']);
    expect(history.currentUnitOf('rinkeby_kista', '2023-06-30')).toEqual(['rinkeby_kista']);
    expect(history.currentUnitOf('rinkeby_kista', '2023-07-01')).toEqual(['jarva']);
    expect(history.currentUnitOf('spanga_tensta', '2024-12-31')).toEqual(['jarva']);
    expect(history.currentUnitOf('ostermalm', '2024-12-31')).toEqual(['norra_innerstaden']);
  });

  it('leaves an unchanged district and the merged unit itself as they are', () => {
    expect(history.currentUnitOf('bromma', '2024-12-31')).toEqual(['bromma']);
    expect(history.currentUnitOf('jarva', '2024-12-31')).toEqual(['jarva']);
  });

  it('follows successions transitively and through a split to every successor', () => {
    const later = districtHistory(
      [...districts, { code: 'kista', validFrom: '2026-01-01', validTo: null }, { code: 'tensta', validFrom: '2026-01-01', validTo: null }],
      [
        ...successions,
        { predecessorCode: 'jarva', successorCode: 'kista', effectiveOn: '2026-01-01' },
        { predecessorCode: 'jarva', successorCode: 'tensta', effectiveOn: '2026-01-01' },
      ],
    );
    expect(later.currentUnitOf('rinkeby_kista', '2025-06-01')).toEqual(['jarva']);
    expect(later.currentUnitOf('rinkeby_kista', '2026-06-01')).toEqual(['kista', 'tensta']);
    // A record cannot be divided between a split's successors: it stays under its recorded code.
    expect(later.reportingUnitOf('rinkeby_kista', '2026-06-01')).toBe('rinkeby_kista');
    expect(later.reportingUnitOf('rinkeby_kista', '2025-06-01')).toBe('jarva');
  });

  it('counts organisations recorded with Rinkeby-Kista in 2022 under the merged unit in a 2024 report, and under Rinkeby-Kista in a 2022 report', () => {
    const recorded2022 = [
      { name: 'Föreningen A', districts: ['rinkeby_kista'] },
      { name: 'Föreningen B', districts: ['rinkeby_kista', 'spanga_tensta'] },
      { name: 'Föreningen C', districts: ['bromma'] },
    ];
    const count = (reportDate: string) => {
      const counts = new Map<string, number>();
      for (const o of recorded2022) {
        for (const unit of history.reportingUnitsOf(o.districts, reportDate)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
      }
      return Object.fromEntries(counts);
    };
    // Föreningen B works in both predecessors; in 2024 it is counted once under the merged unit.
    expect(count('2024-12-31')).toEqual({ jarva: 2, bromma: 1 });
    expect(count('2022-12-31')).toEqual({ rinkeby_kista: 2, spanga_tensta: 1, bromma: 1 });
  });

  it('says which districts are in force on a day, so pickers offer only those', () => {
    expect(history.isValidOn('rinkeby_kista', '2023-06-30')).toBe(true);
    expect(history.isValidOn('rinkeby_kista', '2023-07-01')).toBe(false);
    expect(history.isValidOn('jarva', '2023-06-30')).toBe(false);
    expect(history.isValidOn('jarva', '2024-01-01')).toBe(true);
    expect(history.isValidOn('no_such', '2024-01-01')).toBe(false);
  });
});

describe('district history: recording a succession (AGR-9)', () => {
  const open: DatedDistrict[] = [
    { code: 'rinkeby_kista', validFrom: null, validTo: null },
    { code: 'spanga_tensta', validFrom: null, validTo: null },
    { code: 'bromma', validFrom: '2020-01-01', validTo: null },
  ];

  it('accepts the 2023 merger into a new unit, which closes the predecessors the day before', () => {
    expect(
      validateSuccession(open, [], { effectiveOn: EFFECTIVE, predecessors: ['rinkeby_kista', 'spanga_tensta'], successor: { code: 'jarva', isNew: true } }),
    ).toEqual([]);
    expect(closingDateFor(EFFECTIVE)).toBe('2023-06-30');
    expect(closingDateFor('2024-03-01')).toBe('2024-02-29');
  });

  it('refuses an unknown or repeated predecessor, an effective date not after the predecessor began, and a taken new code', () => {
    expect(
      validateSuccession(open, [], {
        effectiveOn: '2020-01-01',
        predecessors: ['no_such', 'bromma', 'rinkeby_kista', 'rinkeby_kista'],
        successor: { code: 'spanga_tensta', isNew: true },
      }),
    ).toEqual([
      { path: 'successor.code', message: 'validation.code.taken' },
      { path: 'predecessors.0', message: 'validation.district.unknown' },
      { path: 'predecessors.1', message: 'validation.district.beforeValidFrom' },
      { path: 'predecessors.3', message: 'validation.district.duplicate' },
    ]);
  });

  it('refuses a district as its own successor and a predecessor that already ended earlier', () => {
    const ended = [...open, { code: 'old', validFrom: null, validTo: '2022-12-31' }];
    expect(
      validateSuccession(ended, [], { effectiveOn: EFFECTIVE, predecessors: ['bromma', 'old'], successor: { code: 'bromma', isNew: false } }),
    ).toEqual([
      { path: 'predecessors.0', message: 'validation.district.ownSuccessor' },
      { path: 'predecessors.1', message: 'validation.district.alreadyEnded' },
    ]);
  });

  it('accepts a split recorded one successor at a time on the same date', () => {
    const afterFirst: DatedDistrict[] = [
      { code: 'jarva', validFrom: EFFECTIVE, validTo: '2025-12-31' },
      { code: 'kista', validFrom: '2026-01-01', validTo: null },
    ];
    const first: DistrictSuccession[] = [{ predecessorCode: 'jarva', successorCode: 'kista', effectiveOn: '2026-01-01' }];
    expect(validateSuccession(afterFirst, first, { effectiveOn: '2026-01-01', predecessors: ['jarva'], successor: { code: 'tensta', isNew: true } })).toEqual(
      [],
    );
  });

  it('refuses a succession that would make a cycle, and an existing successor not in force on the date', () => {
    const later: DatedDistrict[] = [
      { code: 'rinkeby_kista', validFrom: null, validTo: '2023-06-30' },
      { code: 'jarva', validFrom: EFFECTIVE, validTo: null },
      { code: 'future', validFrom: '2030-01-01', validTo: null },
    ];
    const recorded: DistrictSuccession[] = [{ predecessorCode: 'rinkeby_kista', successorCode: 'jarva', effectiveOn: EFFECTIVE }];
    expect(validateSuccession(later, recorded, { effectiveOn: '2024-01-01', predecessors: ['jarva'], successor: { code: 'rinkeby_kista', isNew: false } })).toEqual([
      { path: 'successor.code', message: 'validation.district.successorNotValid' },
      { path: 'predecessors.0', message: 'validation.district.successionCycle' },
    ]);
    expect(validateSuccession(later, recorded, { effectiveOn: '2024-01-01', predecessors: ['jarva'], successor: { code: 'future', isNew: false } })).toEqual([
      { path: 'successor.code', message: 'validation.district.successorNotValid' },
    ]);
  });
});
