import { describe, expect, it } from 'vitest';
import { publicInitiativeInput } from '../../../shared/initiatives/initiative.schemas';
import { emptyProposal, publicAreaOptions, toProposalInput } from './proposal-form.model';

describe('the public proposal form (IOP-10)', () => {
  const filled = {
    ...emptyProposal(),
    organisationName: 'Järva Läxhjälp',
    contactName: 'Amina',
    contactEmail: 'amina@example.se',
    title: 'Läxhjälp',
    brief: 'Vi vill hjälpa unga med läxor',
  };

  it('leaves out optional fields left empty, and the honeypot when people leave it empty', () => {
    const input = toProposalInput(filled);
    expect(input).not.toHaveProperty('orgNumber');
    expect(input).not.toHaveProperty('contactPhone');
    expect(input).not.toHaveProperty('website');
    expect(publicInitiativeInput.safeParse(input).success).toBe(true);
  });

  it('sends a filled honeypot as it is, so the server can turn the bot away', () => {
    expect(toProposalInput({ ...filled, website: 'http://spam.example' }).website).toBe('http://spam.example');
  });

  it('groups areas under their top area (INI-8)', () => {
    const ref = {
      areas: [
        { code: 'outreach', parentCode: null, nameSv: 'Uppsökande arbete', nameEn: 'Outreach' },
        { code: 'outreach.events', parentCode: 'outreach', nameSv: 'Evenemang', nameEn: 'Events' },
      ],
      targetGroups: [],
    };
    expect(publicAreaOptions(ref, 'sv', (n) => `${n} (hela)`)).toEqual([
      { group: 'Uppsökande arbete', items: [{ value: 'outreach', label: 'Uppsökande arbete (hela)' }, { value: 'outreach.events', label: 'Uppsökande arbete: Evenemang' }] },
    ]);
  });
});
