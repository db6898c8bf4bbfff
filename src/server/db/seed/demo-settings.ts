import type { SettingKey } from '../../../shared/organisations/settings.schemas';
import type { RequestContext } from '../../http/request-context';
import { listSettings, updateSettings } from '../../modules/organisations/settings.service';
import type { Db } from '../database';

/**
 * The demo's municipality and its IOP contact function (IOP-10): a functional mailbox and a
 * number from the range set aside for fiction, never a person, so the public IOP page shows
 * how a real contact function reads. Two-factor sign-in is off (issue 15), so the demo can be
 * toured with the printed demo passwords; an administrator turns it on under Inställningar → Inloggning.
 */
export const DEMO_SETTINGS: Partial<Record<SettingKey, string | boolean>> = {
  'auth.two_factor_required': false,
  'municipality.name_sv': 'Stockholms stad',
  'municipality.name_en': 'City of Stockholm',
  'iop_contact.name': 'IOP-funktionen, Arbetsmarknadsförvaltningen',
  'iop_contact.email': 'iop.arbetsmarknad@demo.samverkan.local',
  'iop_contact.phone': '08-465 004 10',
  'iop_contact.text':
    'IOP-funktionen svarar på frågor om idéburet offentligt partnerskap och tar emot idéer om samverkan från idéburna organisationer. Vi svarar inom fem arbetsdagar.',
};

/** Sets the demo settings that nobody has set yet, through the same audited use case as the settings page; safe to run twice. */
export async function seedDemoSettings(db: Db, admin: RequestContext): Promise<number> {
  const current = await listSettings(db, admin);
  const changes = current.flatMap((s) => {
    const value = DEMO_SETTINGS[s.key as SettingKey];
    // A text nobody filled in is empty; an on/off setting nobody chose was never stored.
    const unset = typeof value === 'boolean' ? s.updatedAt === null : s.value === '';
    return value !== undefined && unset ? [{ key: s.key, value, version: s.version }] : [];
  });
  if (changes.length > 0) await updateSettings(db, admin, { changes });
  return changes.length;
}
