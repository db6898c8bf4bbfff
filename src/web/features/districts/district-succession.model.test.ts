import { describe, expect, it } from 'vitest';
import type { DistrictHistoryView } from '../../../shared/organisations/district-history.schemas';
import { districtRows, draftProblems, formErrorsOf, openDistricts, successionRequests } from './district-succession.model';
import { districtCodeFromName } from '../../../shared/organisations/district-history.rules';

const district = (code: string, nameSv: string, validFrom: string | null, validTo: string | null, successors: DistrictHistoryView['successors'] = []): DistrictHistoryView => ({
  code,
  nameSv,
  sortOrder: 0,
  validFrom,
  validTo,
  successors,
});

// 003 §6.1: Rinkeby-Kista and Spånga-Tensta merged in 2023.
const history = [
  district('rinkeby_kista', 'Rinkeby-Kista', null, '2022-12-31', [{ code: 'rinkeby_kista_spanga_tensta', effectiveOn: '2023-01-01' }]),
  district('spanga_tensta', 'Spånga-Tensta', null, '2022-12-31', [{ code: 'rinkeby_kista_spanga_tensta', effectiveOn: '2023-01-01' }]),
  district('rinkeby_kista_spanga_tensta', 'Rinkeby-Kista-Spånga-Tensta', '2023-01-01', null),
  district('bromma', 'Bromma', null, null),
  district('nya_syd', 'Nya Syd', '2027-01-01', null),
];

describe('the district successions screen (AGR-9)', () => {
  it('AGR-9: lists districts in force first, then upcoming, then ended, with successors and predecessors named', () => {
    const rows = districtRows(history, '2026-12-06');
    expect(rows.map((r) => [r.nameSv, r.state])).toEqual([
      ['Bromma', 'inForce'],
      ['Rinkeby-Kista-Spånga-Tensta', 'inForce'],
      ['Nya Syd', 'future'],
      ['Rinkeby-Kista', 'ended'],
      ['Spånga-Tensta', 'ended'],
    ]);
    expect(rows.find((r) => r.code === 'rinkeby_kista')?.successors).toEqual([{ code: 'rinkeby_kista_spanga_tensta', nameSv: 'Rinkeby-Kista-Spånga-Tensta', effectiveOn: '2023-01-01' }]);
    expect(rows.find((r) => r.code === 'rinkeby_kista_spanga_tensta')?.predecessors.map((p) => p.nameSv)).toEqual(['Rinkeby-Kista', 'Spånga-Tensta']);
    expect(openDistricts(history).map((d) => d.code)).toEqual(['bromma', 'nya_syd', 'rinkeby_kista_spanga_tensta']);
  });

  it('AGR-9: a merger is one request; a split is one request per successor on the same date', () => {
    expect(successionRequests({ effectiveOn: '2027-01-01', predecessors: ['bromma', 'nya_syd'], successors: [{ kind: 'new', nameSv: ' Västerort ' }] })).toEqual([
      { effectiveOn: '2027-01-01', predecessors: ['bromma', 'nya_syd'], successor: { nameSv: 'Västerort' } },
    ]);
    expect(
      successionRequests({ effectiveOn: '2027-01-01', predecessors: ['bromma'], successors: [{ kind: 'existing', code: 'nya_syd' }, { kind: 'new', nameSv: 'Bromma norra' }] }),
    ).toEqual([
      { effectiveOn: '2027-01-01', predecessors: ['bromma'], successor: { code: 'nya_syd' } },
      { effectiveOn: '2027-01-01', predecessors: ['bromma'], successor: { nameSv: 'Bromma norra' } },
    ]);
  });

  it('AGR-9: says what is missing before asking for confirmation', () => {
    expect(draftProblems({ effectiveOn: '', predecessors: [], successors: [{ kind: 'existing', code: '' }] })).toEqual({
      effectiveOn: 'districts.problem_effectiveOn',
      predecessors: 'districts.problem_predecessors',
      'successors.0': 'districts.problem_successorChoose',
    });
    expect(
      draftProblems({ effectiveOn: '2027-01-01', predecessors: ['a', 'b'], successors: [{ kind: 'existing', code: 'a' }, { kind: 'new', nameSv: ' ' }, { kind: 'existing', code: 'c' }, { kind: 'existing', code: 'c' }] }),
    ).toEqual({
      predecessors: 'districts.problem_splitOnePredecessor',
      'successors.0': 'districts.problem_ownSuccessor',
      'successors.1': 'districts.problem_successorName',
      'successors.3': 'districts.problem_successorTwice',
    });
    expect(draftProblems({ effectiveOn: '2027-01-01', predecessors: ['a', 'b'], successors: [{ kind: 'new', nameSv: 'Ny' }] }, history)).toEqual({});
    // "Bromma" would be taken by the API as the existing Bromma, not as a new district.
    expect(draftProblems({ effectiveOn: '2027-01-01', predecessors: ['nya_syd'], successors: [{ kind: 'new', nameSv: ' bromma ' }] }, history)).toEqual({
      'successors.0': 'districts.problem_successorNameTaken',
    });
    expect(districtCodeFromName('Norra innerstaden')).toBe('norra_innerstaden');
    expect(districtCodeFromName('Spånga-Tensta')).toBe('spanga_tensta');
  });

  it("AGR-9: the API's field errors land on the form's fields, the successor's on the one whose request failed", () => {
    expect(
      formErrorsOf({ 'predecessors.1': 'Förvaltningen har redan upphört', 'successor.code': 'Det finns redan', effectiveOn: 'Ogiltigt datum', other: 'x' }, 2),
    ).toEqual({ predecessors: 'Förvaltningen har redan upphört', 'successors.2': 'Det finns redan', effectiveOn: 'Ogiltigt datum' });
  });
});
