import { describe, expect, it } from 'vitest';
import { defaultDiagramCooperation, validateDiagramSearch } from './structure.search';

const option = (id: string, title: string, form = 'iop') => ({ id, caseNumber: `AMN 2026-${id}`, title, form });

describe('organisation diagram address and default (AGR-3)', () => {
  it('keeps a cooperation id or "all" and drops anything else', () => {
    expect(validateDiagramSearch({ cooperationId: '00000000-0000-4000-8000-000000000000' })).toEqual({ cooperationId: '00000000-0000-4000-8000-000000000000' });
    expect(validateDiagramSearch({ cooperationId: 'all' })).toEqual({ cooperationId: 'all' });
    expect(validateDiagramSearch({ cooperationId: '<script>' })).toEqual({});
    expect(validateDiagramSearch({})).toEqual({});
  });

  it('AGR-3: shows the agreement with Arbetsförmedlingen first when there is one', () => {
    expect(defaultDiagramCooperation([option('1', 'IOP Duo Stockholm'), option('2', 'Samverkansöverenskommelse med Arbetsförmedlingen', 'public_agreement')])).toBe('2');
    expect(defaultDiagramCooperation([option('1', 'IOP Duo Stockholm')])).toBe('1');
    expect(defaultDiagramCooperation([])).toBeUndefined();
  });
});
