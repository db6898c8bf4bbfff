import { describe, expect, it } from 'vitest';
import { semestersToJudge } from './governance-report.rules';

describe('semestersToJudge (IOP-6)', () => {
  it('IOP-6: a past year is judged by its spring and its autumn, whole', () => {
    expect(semestersToJudge('2025-01-01', '2025-12-31', '2026-03-01')).toEqual([
      { start: '2025-01-01', end: '2025-06-30' },
      { start: '2025-07-01', end: '2025-12-31' },
    ]);
  });

  it('IOP-6: a period within the spring is judged by the whole spring', () => {
    expect(semestersToJudge('2025-03-01', '2025-04-30', '2026-03-01')).toEqual([{ start: '2025-01-01', end: '2025-06-30' }]);
  });

  it('IOP-6: the running semester is judged up to today; one not begun is not judged', () => {
    expect(semestersToJudge('2026-01-01', '2026-12-31', '2026-05-10')).toEqual([{ start: '2026-01-01', end: '2026-05-10' }]);
  });
});
