import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { districtValidOn } from '../../../shared/organisations/district-history.rules';
import type { OrganisationKind, OrganisationView } from '../../../shared/organisations/organisation.schemas';
import type { AreaView, ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import type { UiLanguage } from '../../api/client';

export type DemocracyStatus = OrganisationView['democracyStatus'];

/** Badge colour per democracy status; the theme's shades keep light badges at AA contrast. */
export const DEMOCRACY_STATUS_COLORS: Record<DemocracyStatus, string> = {
  not_assessed: 'gray',
  eligible: 'green',
  not_eligible: 'red',
  expired: 'orange',
};

/** The name of a legal form in the UI language; the code itself if the reference data lacks it. */
export function legalFormName(ref: ReferenceDataView | undefined, kind: OrganisationKind, code: string, lang: UiLanguage): string {
  const form = ref?.legalForms.find((f) => f.kind === kind && f.code === code);
  if (!form) return code;
  return lang === 'en' ? form.nameEn : form.nameSv;
}

function areaLabel(area: AreaView, lang: UiLanguage): string {
  return lang === 'en' ? area.nameEn : area.nameSv;
}

/** The name of an area, prefixed by its top area for a sub-area ("Feriejobb: Mentorer …"). */
export function areaName(ref: ReferenceDataView | undefined, code: string, lang: UiLanguage): string {
  const area = ref?.areas.find((a) => a.code === code);
  if (!area) return code;
  const parent = area.parentCode ? ref?.areas.find((a) => a.code === area.parentCode) : undefined;
  return parent ? `${areaLabel(parent, lang)}: ${areaLabel(area, lang)}` : areaLabel(area, lang);
}

/** The name of a district (the reference data has Swedish names only: they are proper names). */
export function districtName(ref: ReferenceDataView | undefined, code: string): string {
  return ref?.districts.find((d) => d.code === code)?.nameSv ?? code;
}

const bySortOrder = <T extends { sortOrder: number }>(a: T, b: T) => a.sortOrder - b.sortOrder;

/**
 * Areas for a select, one group per top area (INI-8): the top area itself first ("hela
 * området"), then its sub-areas. With `qualified`, a sub-area's label names its top area too
 * ("Hälsa" exists under two), for places that show a choice outside its group, like pills.
 */
export function areaOptions(
  ref: ReferenceDataView | undefined,
  lang: UiLanguage,
  wholeAreaLabel: (name: string) => string,
  qualified = false,
): ComboboxItemGroup<ComboboxItem, string>[] {
  const areas = [...(ref?.areas ?? [])].sort(bySortOrder);
  return areas
    .filter((a) => a.parentCode === null)
    .map((top) => ({
      group: areaLabel(top, lang),
      items: [
        { value: top.code, label: wholeAreaLabel(areaLabel(top, lang)) },
        ...areas
          .filter((a) => a.parentCode === top.code)
          .map((sub) => ({ value: sub.code, label: qualified ? `${areaLabel(top, lang)}: ${areaLabel(sub, lang)}` : areaLabel(sub, lang) })),
      ],
    }));
}

/**
 * Districts for a select, in the reference data's order. Given `validOn`, only the districts in force
 * that day are offered (AGR-9), besides those in `keep` (a record's current choice stays shown).
 */
export function districtOptions(ref: ReferenceDataView | undefined, validOn?: string, keep: readonly string[] = []): ComboboxItem[] {
  return [...(ref?.districts ?? [])]
    .filter((d) => validOn === undefined || keep.includes(d.code) || districtValidOn({ validFrom: d.validFrom ?? null, validTo: d.validTo ?? null }, validOn))
    .sort(bySortOrder)
    .map((d) => ({ value: d.code, label: d.nameSv }));
}

/** Active legal forms of one kind for a select; the current value stays even if it was retired. */
export function legalFormOptions(
  ref: ReferenceDataView | undefined,
  kind: OrganisationKind | '',
  lang: UiLanguage,
  keep?: string,
): ComboboxItem[] {
  return [...(ref?.legalForms ?? [])]
    .sort(bySortOrder)
    .filter((f) => f.kind === kind && (f.active || f.code === keep))
    .map((f) => ({ value: f.code, label: lang === 'en' ? f.nameEn : f.nameSv }));
}

/** The address on one line, e.g. "Storgatan 1, 123 45 Stockholm"; empty when nothing is known. */
export function addressLine(address: OrganisationView['address']): string {
  const place = [address.postalCode, address.city].filter(Boolean).join(' ');
  return [address.street, place].filter(Boolean).join(', ');
}

/** A file size for people: "820 kB", "3,4 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(locale)} kB`;
  return `${(bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}
