import type { CreateOrganisationInput, OrganisationKind, OrganisationView } from '../../../shared/organisations/organisation.schemas';

export type ContactValues = { key: string; name: string; role: string; email: string; phone: string };

/** What the organisation form holds while the user types: strings, as the inputs give them. */
export type OrganisationFormValues = {
  name: string;
  kind: OrganisationKind;
  legalForm: string;
  orgNumber: string;
  description: string;
  memberCount: number | null;
  website: string;
  street: string;
  postalCode: string;
  city: string;
  districts: string[];
  areas: string[];
  contacts: ContactValues[];
  bankgiro: string;
  plusgiro: string;
};

let nextKey = 0;

/** A contact row with a key of its own, so React keeps each row's inputs when one is removed. */
export function emptyContact(): ContactValues {
  nextKey += 1;
  return { key: `contact-${nextKey}`, name: '', role: '', email: '', phone: '' };
}

/** The form of a new organisation; most registered organisations are civil-society ones. */
export function emptyOrganisationForm(): OrganisationFormValues {
  return {
    name: '',
    kind: 'civil_society',
    legalForm: '',
    orgNumber: '',
    description: '',
    memberCount: null,
    website: '',
    street: '',
    postalCode: '',
    city: '',
    districts: [],
    areas: [],
    contacts: [],
    bankgiro: '',
    plusgiro: '',
  };
}

/** The form filled with an organisation's current values, for editing. */
export function organisationFormFrom(view: OrganisationView): OrganisationFormValues {
  return {
    name: view.name,
    kind: view.kind,
    legalForm: view.legalForm,
    orgNumber: view.orgNumber ?? '',
    description: view.description ?? '',
    memberCount: view.memberCount,
    website: view.website ?? '',
    street: view.address.street ?? '',
    postalCode: view.address.postalCode ?? '',
    city: view.address.city ?? '',
    districts: view.districts,
    areas: view.areas,
    contacts: view.contacts.map((c) => ({ ...emptyContact(), name: c.name, role: c.role ?? '', email: c.email ?? '', phone: c.phone ?? '' })),
    bankgiro: view.bankgiro ?? '',
    plusgiro: view.plusgiro ?? '',
  };
}

function isBlank(contact: ContactValues): boolean {
  return [contact.name, contact.role, contact.email, contact.phone].every((v) => v.trim() === '');
}

export type OrganisationPayload = {
  input: CreateOrganisationInput;
  /** For each contact sent, the index of its row in the form (blank rows are not sent). */
  contactRows: number[];
};

/**
 * The API input from the form. Empty texts are sent as they are: the server turns them into
 * "no value" and owns every validation rule, so its messages are the ones the user sees.
 */
export function toOrganisationInput(values: OrganisationFormValues): OrganisationPayload {
  const contactRows = values.contacts.flatMap((c, i) => (isBlank(c) ? [] : [i]));
  return {
    contactRows,
    input: {
      name: values.name,
      kind: values.kind,
      legalForm: values.legalForm,
      orgNumber: values.orgNumber.trim() === '' ? null : values.orgNumber,
      description: values.description,
      memberCount: values.memberCount,
      website: values.website,
      address: { street: values.street, postalCode: values.postalCode, city: values.city },
      districts: values.districts,
      areas: values.areas,
      contacts: contactRows.map((i) => {
        const c = values.contacts[i] as ContactValues;
        return { name: c.name, role: c.role, email: c.email, phone: c.phone };
      }),
      bankgiro: values.bankgiro.trim() === '' ? null : values.bankgiro,
      plusgiro: values.plusgiro.trim() === '' ? null : values.plusgiro,
    },
  };
}

/** The server's field path in terms of the form: `contacts.0.email` names the first contact *sent*. */
export function formPath(serverPath: string, contactRows: number[]): string {
  const match = /^contacts\.(\d+)(\..*)?$/.exec(serverPath);
  if (!match) return serverPath;
  const row = contactRows[Number(match[1])];
  return row === undefined ? serverPath : `contacts.${row}${match[2] ?? ''}`;
}
