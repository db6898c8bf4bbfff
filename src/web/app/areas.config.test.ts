import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../shared/users/permissions.rules';
import { ROLES } from '../../shared/users/roles';
import { ADMIN_PAGES, AREAS, RULES_PAGE, showsRulesPage, visibleAreas } from './areas.config';

describe('the menu shows each role what it can use', () => {
  it('issue 15: a partner sees exactly its portal — its organisation, cooperations, steering groups, reports due — and deviations; no register', () => {
    expect(visibleAreas(['partner']).map((a) => a.key)).toEqual(['portalOrganisation', 'portalCooperations', 'portalSteeringGroups', 'partnerReporting', 'partnerPeople', 'deviations']);
  });

  it('issue 15: no staff role sees the partner portal, and a partner representative keeps both its portal and its steering groups', () => {
    for (const role of ROLES.filter((r) => r !== 'partner')) {
      expect(visibleAreas([role]).some((a) => a.key.startsWith('portal')), role).toBe(false);
    }
    expect(visibleAreas(['partner', 'steering_member']).map((a) => a.key)).toEqual(['steeringGroups', 'portalOrganisation', 'portalCooperations', 'portalSteeringGroups', 'partnerReporting', 'partnerPeople', 'deviations']);
  });

  it('a steering member sees the steering groups only', () => {
    expect(visibleAreas(['steering_member']).map((a) => a.key)).toEqual(['steeringGroups', 'deviations']);
  });

  it('every role sees exactly the areas whose permission it holds, so no menu entry leads to a refusal', () => {
    for (const role of ROLES) {
      const expected = AREAS.filter((a) => (PERMISSIONS[a.permission] as readonly string[]).includes(role)).map((a) => a.key);
      expect(visibleAreas([role]).map((a) => a.key), role).toEqual(expected);
    }
  });

  it('lists only areas this version has: each names the permission its page checks, and none is a planned area', () => {
    expect(AREAS.map((a) => a.key)).toEqual(['organisations', 'initiatives', 'review', 'cooperations', 'employers', 'jobTracks', 'steeringGroups', 'annualReviews', 'vidaPayouts', 'committeeReport', 'partnerReports', 'portalOrganisation', 'portalCooperations', 'portalSteeringGroups', 'partnerReporting', 'partnerPeople', 'deviations', 'newsletter']);
    for (const area of AREAS) expect(Object.keys(PERMISSIONS)).toContain(area.permission);
  });

  it('every staff role finds the rules page in the menu; a partner alone, with nothing that cites a rule, does not', () => {
    expect(RULES_PAGE.path).toBe('/regler');
    for (const role of ROLES.filter((r) => r !== 'partner')) expect(showsRulesPage([role]), role).toBe(true);
    expect(showsRulesPage(['partner'])).toBe(false);
    expect(showsRulesPage(['partner', 'officer'])).toBe(true);
    expect(showsRulesPage([])).toBe(false);
  });

  it('OVR-2: the annual report is in the menu of the staff who may read it, and of no partner or steering member', () => {
    const withReport = ROLES.filter((role) => visibleAreas([role]).some((a) => a.key === 'committeeReport'));
    expect(withReport.sort()).toEqual(['admin', 'economist', 'manager', 'officer', 'review_group']);
    expect(AREAS.find((a) => a.key === 'committeeReport')).toEqual({ key: 'committeeReport', path: '/rapport', permission: 'reports.read' });
  });

  it('the administration pages include the settings, for those who may manage them', () => {
    expect(ADMIN_PAGES.find((p) => p.key === 'settings')).toEqual({ key: 'settings', path: '/admin/settings', permission: 'settings.manage' });
  });
});
