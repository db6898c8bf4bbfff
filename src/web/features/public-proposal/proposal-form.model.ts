import type { PublicInitiativeInput, PublicReferenceDataView } from '../../../shared/initiatives/initiative.schemas';
import type { UiLanguage } from '../../api/client';

/** What the public proposal form holds while the visitor types. */
export type ProposalFormValues = {
  organisationName: string;
  orgNumber: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  title: string;
  brief: string;
  areas: string[];
  targetGroups: string[];
  /** The honeypot: people never see it, so only bots fill it in. */
  website: string;
};

/** An empty proposal. */
export function emptyProposal(): ProposalFormValues {
  return { organisationName: '', orgNumber: '', contactName: '', contactEmail: '', contactPhone: '', title: '', brief: '', areas: [], targetGroups: [], website: '' };
}

/** The API input: optional texts left empty are left out; the honeypot is sent as it is, for the server to judge. */
export function toProposalInput(values: ProposalFormValues): PublicInitiativeInput {
  const input: PublicInitiativeInput = {
    organisationName: values.organisationName,
    contactName: values.contactName,
    contactEmail: values.contactEmail,
    title: values.title,
    brief: values.brief,
    areas: values.areas,
    targetGroups: values.targetGroups,
  };
  if (values.orgNumber.trim() !== '') input.orgNumber = values.orgNumber.trim();
  if (values.contactPhone.trim() !== '') input.contactPhone = values.contactPhone.trim();
  if (values.website !== '') input.website = values.website;
  return input;
}

/** Areas for a select, one group per top area (INI-8), the top area itself first. */
export function publicAreaOptions(ref: PublicReferenceDataView | undefined, lang: UiLanguage, wholeAreaLabel: (name: string) => string) {
  const areas = ref?.areas ?? [];
  const name = (a: { nameSv: string; nameEn: string }) => (lang === 'en' ? a.nameEn : a.nameSv);
  return areas
    .filter((a) => a.parentCode === null)
    .map((top) => ({
      group: name(top),
      items: [
        { value: top.code, label: wholeAreaLabel(name(top)) },
        ...areas.filter((a) => a.parentCode === top.code).map((sub) => ({ value: sub.code, label: `${name(top)}: ${name(sub)}` })),
      ],
    }));
}
