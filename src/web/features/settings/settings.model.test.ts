import { describe, expect, it } from 'vitest';
import { SETTING_KEYS, type SettingView } from '../../../shared/organisations/settings.schemas';
import { sv } from '../../app/i18n/sv.messages';
import { en } from '../../app/i18n/en.messages';
import { caseNumberExample, changesOf, checkValues, formText, messageKeyPart, SETTING_GROUPS, valueOf } from './settings.model';

const view = (key: string, value: unknown, version = 1): SettingView => ({ key, value, version, updatedAt: null });

describe('the settings page model', () => {
  it('puts every setting an administrator may change in exactly one group, each with a label and hint in both languages', () => {
    const grouped = SETTING_GROUPS.flatMap((g) => [...g.settings]);
    expect([...grouped].sort()).toEqual([...SETTING_KEYS].sort());
    for (const key of SETTING_KEYS) {
      const part = messageKeyPart(key);
      for (const messages of [sv.settings, en.settings] as Record<string, string>[]) {
        expect(messages[`field_${part}`], `field_${part}`).toBeTruthy();
        expect(messages[`hint_${part}`], `hint_${part}`).toBeTruthy();
      }
    }
  });

  it('issue 15: an on/off setting is sent as true or false and shown from a stored boolean', () => {
    expect(valueOf('auth.two_factor_required', 'true')).toBe(true);
    expect(valueOf('auth.staff_local_passwords', 'false')).toBe(false);
    expect(formText(false)).toBe('false');
    expect(changesOf(['auth.two_factor_required'], { 'auth.two_factor_required': 'false' }, [view('auth.two_factor_required', true, 0)])).toEqual([
      { key: 'auth.two_factor_required', value: false, version: 0 },
    ]);
    expect(changesOf(['auth.two_factor_required'], { 'auth.two_factor_required': 'true' }, [view('auth.two_factor_required', true, 0)])).toEqual([]);
  });

  it('IOP-10: checks values with the server’s rules before sending, naming the rule of each faulty field', () => {
    const errors = checkValues(['iop_contact.email', 'iop_contact.phone', 'iop_contact.web', 'iop_contact.name'], {
      'iop_contact.email': 'iop(at)kommun',
      'iop_contact.phone': 'ring växeln',
      'iop_contact.web': 'http://kommun.example',
      'iop_contact.name': 'IOP-funktionen',
    });
    expect(errors).toEqual({ 'iop_contact.email': 'email', 'iop_contact.phone': 'phone', 'iop_contact.web': 'web' });
    expect(checkValues(['iop_contact.email', 'iop_contact.phone', 'iop_contact.web'], { 'iop_contact.email': '', 'iop_contact.phone': '', 'iop_contact.web': '' })).toEqual({});
  });

  it('refuses a lower-case prefix, an empty committee name and months out of range; every rule has words in both languages', () => {
    const errors = checkValues(['case_number.prefix', 'committee.name_sv', 'democracy.validity_months', 'municipality.name_sv'], {
      'case_number.prefix': 'amn',
      'committee.name_sv': '  ',
      'democracy.validity_months': '61',
      'municipality.name_sv': '',
    });
    expect(errors).toEqual({
      'case_number.prefix': 'casePrefix',
      'committee.name_sv': 'committeeName',
      'democracy.validity_months': 'validityMonths',
      'municipality.name_sv': 'municipalityName',
    });
    expect(checkValues(['democracy.validity_months'], { 'democracy.validity_months': 'tolv' })).toEqual({ 'democracy.validity_months': 'validityMonths' });
    for (const code of Object.values(errors)) {
      expect((sv.settings as Record<string, string>)[`error_${code}`]).toBeTruthy();
      expect((en.settings as Record<string, string>)[`error_${code}`]).toBeTruthy();
    }
  });

  it('sends only what the administrator changed, each at the version loaded; a new setting at version 0', () => {
    const settings = [view('iop_contact.name', 'IOP-funktionen', 3), view('iop_contact.email', '', 1), view('democracy.validity_months', 12, 2)];
    expect(
      changesOf(['iop_contact.name', 'iop_contact.email', 'iop_contact.text', 'democracy.validity_months'], {
        'iop_contact.name': 'IOP-funktionen ',
        'iop_contact.email': 'iop@kommun.example',
        'iop_contact.text': 'Vi svarar inom en vecka.',
        'democracy.validity_months': '12',
      }, settings),
    ).toEqual([
      { key: 'iop_contact.email', value: 'iop@kommun.example', version: 1 },
      { key: 'iop_contact.text', value: 'Vi svarar inom en vecka.', version: 0 },
    ]);
    expect(changesOf(['democracy.validity_months'], { 'democracy.validity_months': '6' }, settings)).toEqual([{ key: 'democracy.validity_months', value: 6, version: 2 }]);
  });

  it('shows the shape of new case numbers with the prefix typed', () => {
    expect(caseNumberExample('ÄMN', 2026)).toBe('ÄMN 2026-NNNN');
    expect(caseNumberExample(' ', 2026)).toBe('… 2026-NNNN');
  });
});
