import { describe, expect, it } from 'vitest';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import { cooperationFormFromInitiative, emptyCooperationForm, fieldOfPath, toCooperationInput } from './cooperation-form.model';

const party = { id: '0b8f6a3e-4c1d-4a8e-9a7e-1d2c3b4a5f60', name: 'Föreningen Gemenskap' };

describe('cooperation form model', () => {
  it('sends empty texts as no value and leaves an unchosen form out, so the server names it as missing', () => {
    const input = toCooperationInput({ ...emptyCooperationForm(), title: ' Läxhjälp ', parties: [party], startDate: '' });
    expect(input.form).toBeUndefined();
    expect(input).toMatchObject({ title: ' Läxhjälp ', organisationIds: [party.id], startDate: null, unitCode: null, description: null });
  });

  it('leaves a blank title and no parties out of a new cooperation, but sends them in an edit', () => {
    const blank = { ...emptyCooperationForm(), title: '  ' };
    expect(toCooperationInput(blank)).not.toHaveProperty('title');
    expect(toCooperationInput(blank)).not.toHaveProperty('organisationIds');
    expect(toCooperationInput(blank, 'update')).toMatchObject({ title: '  ', organisationIds: [] });
  });

  it('FRM-5: sends the VIDA occasions only for a VIDA cooperation', () => {
    expect(toCooperationInput({ ...emptyCooperationForm(), form: 'vida', vidaOccasions: 6 }).facts).toEqual({ vidaOccasions: 6 });
    expect(toCooperationInput({ ...emptyCooperationForm(), form: 'iop', vidaOccasions: 6 }).facts).toBeUndefined();
  });

  it('takes the recommended form over the proposed one from an initiative (OVR-1)', () => {
    const initiative = {
      title: 'Språkcafé',
      proposedForm: 'informal',
      latestRecommendation: { outcome: 'form', recommendedForm: 'iop' },
      organisations: [{ ...party, kind: 'civil_society' }],
      unitCode: 'jobbtorg',
      areas: ['sprak'],
      targetGroups: ['nyanlanda'],
      estimatedValueSek: 100_000,
      expectedCompensationSek: null,
      brief: 'Underlag',
    } as unknown as InitiativeDetailView;
    expect(cooperationFormFromInitiative(initiative)).toMatchObject({
      title: 'Språkcafé',
      form: 'iop',
      parties: [party],
      unitCode: 'jobbtorg',
      valueSek: 100_000,
      description: 'Underlag',
    });
  });

  it('maps server paths to the field that shows the message', () => {
    expect(fieldOfPath('organisationIds.1')).toBe('organisationIds');
    expect(fieldOfPath('facts.vidaOccasions')).toBe('vidaOccasions');
    expect(fieldOfPath('endDate')).toBe('endDate');
  });

  it('carries the initiative’s registry number over and sends an emptied one as none (OVR-1)', () => {
    const initiative = { title: 'x', proposedForm: null, latestRecommendation: null, organisations: [], unitCode: null, areas: [], targetGroups: [], estimatedValueSek: null, expectedCompensationSek: null, brief: '', registryNumber: 'AMN 2026-0045-01.06' } as unknown as InitiativeDetailView;
    const values = cooperationFormFromInitiative(initiative);
    expect(values.registryNumber).toBe('AMN 2026-0045-01.06');
    expect(toCooperationInput(values).registryNumber).toBe('AMN 2026-0045-01.06');
    expect(toCooperationInput({ ...values, registryNumber: ' ' }).registryNumber).toBeNull();
  });
});
