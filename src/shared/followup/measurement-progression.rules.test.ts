import { describe, expect, it } from 'vitest';
import { clusterProgression, share, sumPeriods } from './measurement-progression.rules';

describe('cluster progression against the local mapping (AGR-6, 003 §7.1)', () => {
  it('AGR-6: sums the year’s periods; an unknown period leaves the figure incomplete, not 0', () => {
    expect(sumPeriods(['2026-H1', '2026-H2'], [{ period: '2026-H1', value: 40 }, { period: '2026-H2', value: 60 }])).toEqual({ value: 100, complete: true });
    expect(sumPeriods(['2026-H1', '2026-H2'], [{ period: '2026-H1', value: 40 }, { period: '2026-H2', value: null }])).toEqual({ value: 40, complete: false });
    expect(sumPeriods(['2026'], [])).toEqual({ value: null, complete: false });
  });
  it('AGR-6: throughput is participants over the unemployed mapped; work and studies are shares of participants', () => {
    const progression = clusterProgression({
      unemployed: 1000,
      participants: { value: 200, complete: true },
      startedWork: { value: 50, complete: true },
      startedStudies: { value: 30, complete: true },
    });
    expect(progression).toEqual({ throughput: 0.2, workShare: 0.25, studiesShare: 0.15, complete: true });
  });
  it('AGR-6: nothing is computed from an unknown or zero whole', () => {
    expect(share(5, 0)).toBeNull();
    expect(share(null, 10)).toBeNull();
    expect(clusterProgression({ unemployed: null, participants: null, startedWork: null, startedStudies: null })).toEqual({
      throughput: null,
      workShare: null,
      studiesShare: null,
      complete: false,
    });
  });
});
