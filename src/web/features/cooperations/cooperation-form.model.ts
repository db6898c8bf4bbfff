import type { CooperationView, CreateCooperationInput } from '../../../shared/cooperations/cooperation.schemas';
import type { CooperationForm } from '../../../shared/cooperations/forms';
import { COOPERATION_FORMS } from '../../../shared/cooperations/forms';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';

export type PartyOption = { id: string; name: string };

/** What the cooperation form holds while the user types: strings and lists, as the inputs give them. */
export type CooperationFormValues = {
  title: string;
  form: CooperationForm | '';
  parties: PartyOption[];
  responsibleManagerId: string;
  unitCode: string;
  areas: string[];
  targetGroups: string[];
  valueSek: number | null;
  compensationSek: number | null;
  startDate: string;
  endDate: string;
  description: string;
  /** FRM-5: asked for VIDA only. */
  vidaOccasions: number | null;
  /** The registry's own number (diarienummer) as typed; the server writes it the registry's way. */
  registryNumber: string;
};

/** The form of a new cooperation without an initiative. */
export function emptyCooperationForm(): CooperationFormValues {
  return {
    title: '',
    form: '',
    parties: [],
    responsibleManagerId: '',
    unitCode: '',
    areas: [],
    targetGroups: [],
    valueSek: null,
    compensationSek: null,
    startDate: '',
    endDate: '',
    description: '',
    vidaOccasions: null,
    registryNumber: '',
  };
}

function asForm(value: string | null | undefined): CooperationForm | '' {
  return value && (COOPERATION_FORMS as readonly string[]).includes(value) ? (value as CooperationForm) : '';
}

/**
 * The form filled in from an initiative (OVR-1): its title, the form the review group
 * recommended (else the one proposed), organisations, areas, target groups, unit and amounts.
 */
export function cooperationFormFromInitiative(initiative: InitiativeDetailView): CooperationFormValues {
  const recommended = initiative.latestRecommendation?.outcome === 'form' ? initiative.latestRecommendation.recommendedForm : null;
  return {
    ...emptyCooperationForm(),
    title: initiative.title,
    form: asForm(recommended) || asForm(initiative.proposedForm),
    parties: initiative.organisations.map((o) => ({ id: o.id, name: o.name })),
    unitCode: initiative.unitCode ?? '',
    areas: initiative.areas,
    targetGroups: initiative.targetGroups,
    valueSek: initiative.estimatedValueSek,
    compensationSek: initiative.expectedCompensationSek,
    description: initiative.brief,
    registryNumber: initiative.registryNumber ?? '',
  };
}

/** The form filled with a cooperation's current values, for editing. */
export function cooperationFormFrom(view: CooperationView): CooperationFormValues {
  return {
    title: view.title,
    form: view.form,
    parties: view.parties.map((p) => ({ id: p.id, name: p.name })),
    responsibleManagerId: view.responsibleManager?.id ?? '',
    unitCode: view.unitCode ?? '',
    areas: view.areas,
    targetGroups: view.targetGroups,
    valueSek: view.valueSek,
    compensationSek: view.compensationSek,
    startDate: view.startDate ?? '',
    endDate: view.endDate ?? '',
    description: view.description ?? '',
    vidaOccasions: view.facts.vidaOccasions,
    registryNumber: view.registryNumber ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The API input from the form. The server owns every rule (required fields, FRM-3, FRM-5,
 * FRM-6), so nothing is refused here and its Swedish messages are the ones the user sees. For a
 * new cooperation a blank title, no parties and no form are left out, so that the server names
 * all three at once (an empty value would be refused on its own first); an edit sends them.
 */
export function toCooperationInput(values: CooperationFormValues, mode: 'create' | 'update' = 'create'): CreateCooperationInput {
  const input: CreateCooperationInput = {
    responsibleManagerId: orNull(values.responsibleManagerId),
    unitCode: orNull(values.unitCode),
    areas: values.areas,
    targetGroups: values.targetGroups,
    valueSek: values.valueSek,
    compensationSek: values.compensationSek,
    startDate: orNull(values.startDate),
    endDate: orNull(values.endDate),
    description: orNull(values.description),
    registryNumber: orNull(values.registryNumber),
  };
  if (mode === 'update' || values.title.trim() !== '') input.title = values.title;
  if (mode === 'update' || values.parties.length > 0) input.organisationIds = values.parties.map((p) => p.id);
  if (values.form) input.form = values.form;
  if (values.form === 'vida') input.facts = { vidaOccasions: values.vidaOccasions };
  return input;
}

/** The form's field for a server path: `organisationIds.2` is the parties field, `areas.0` the areas. */
export function fieldOfPath(path: string): string {
  if (path === 'facts.vidaOccasions') return 'vidaOccasions';
  return path.replace(/\.\d+$/, '');
}
