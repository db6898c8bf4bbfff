import { Box, Fieldset, Grid, Group, MultiSelect, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COOPERATION_FORMS, type CooperationForm } from '../../../shared/cooperations/forms';
import { type CreateInitiativeInput, INITIATIVE_ORIGINS } from '../../../shared/initiatives/initiative.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { FormActions } from '../../components/ui/FormActions';
import { useSubmitErrors } from '../../components/ui/useSubmitErrors';
import { useReferenceData } from '../organisations/api';
import { SubmitErrorSummary } from '../organisations/FormErrorSummary';
import { areaOptions } from '../organisations/organisation.format';
import { FormGuidancePanel } from './FormGuidancePanel';
import { GuidanceFactsFieldset } from './GuidanceFactsFieldset';
import { type InitiativeFormValues, toGuidanceInput, toInitiativeInput } from './initiative-form.model';
import { OrganisationPicker } from './OrganisationPicker';

type InitiativeFormProps = {
  initial: InitiativeFormValues;
  submitLabel: string;
  pending: boolean;
  /** The last failed submit's error (field errors are shown on their fields). */
  error: unknown;
  onSubmit: (input: CreateInitiativeInput) => void;
  onCancel: () => void;
  /** Shown above the fields, e.g. that someone else changed the initiative meanwhile. */
  notice?: ReactNode;
};

const FIELDS = [
  'title',
  'origin',
  'organisationIds',
  'brief',
  'targetGroups',
  'areas',
  'unitCode',
  'proposedForm',
  'expectedCompensationSek',
  'estimatedValueSek',
  'intendedDurationMonths',
  'facts',
  'registryNumber',
] as const;
type Field = (typeof FIELDS)[number];

/** The form field a server error path belongs to ("areas.2" → "areas"). */
export function fieldOf(path: string): Field | undefined {
  const head = path.split('.')[0];
  return FIELDS.find((f) => f === head);
}

/** Registers or edits an initiative, with the form guidance beside it answering as the facts are filled in. */
export function InitiativeForm({ initial, submitLabel, pending, error, onSubmit, onCancel, notice }: InitiativeFormProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const referenceData = useReferenceData().data;
  const canUseGuidance = useCan('form-guidance.use');
  const [values, setValues] = useState(initial);
  const errors = useSubmitErrors({ error, pending, fieldOf, labelOf: (field) => t(`initiatives.field_${field}`) });
  const serverErrors = errors.fieldErrors;

  const set = <K extends keyof InitiativeFormValues>(key: K, field: Field) => (value: InitiativeFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    errors.markEdited(field);
  };


  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    errors.submitted();
    onSubmit(toInitiativeInput(values));
  };

  const byOrder = <T extends { sortOrder: number }>(list: T[] | undefined) => [...(list ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
  const named = (x: { nameSv: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.nameSv);
  const wholeArea = (name: string) => t('organisations.wholeArea', { name });
  const shortAreaLabels = new Map(areaOptions(referenceData, lang, wholeArea).flatMap((g) => g.items.map((i) => [i.value, i.label] as const)));

  const form = (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        {notice}
        <SubmitErrorSummary state={errors} error={error} invalidTitle={t('initiatives.formInvalid')} />
        <Fieldset legend={t('initiatives.basics')} radius="md">
          <Stack gap="md">
            <TextInput id="title" label={t('initiatives.field_title')} required value={values.title} onChange={(e) => set('title', 'title')(e.currentTarget.value)} error={serverErrors.title} maxLength={300} />
            <TextInput
              id="registryNumber"
              label={t('initiatives.field_registryNumber')}
              description={t('initiatives.registryNumberHint')}
              value={values.registryNumber}
              onChange={(e) => set('registryNumber', 'registryNumber')(e.currentTarget.value)}
              error={serverErrors.registryNumber}
              maxLength={60}
              autoComplete="off"
              maw={360}
            />
            <Radio.Group id="origin" label={t('initiatives.field_origin')} required value={values.origin} onChange={(v) => set('origin', 'origin')(v === 'internal' ? 'internal' : 'external')} error={serverErrors.origin}>
              <Group gap="lg" mt={6}>
                {INITIATIVE_ORIGINS.map((o) => (
                  <Radio key={o} value={o} label={t(`initiatives.originChoice_${o}`)} />
                ))}
              </Group>
            </Radio.Group>
            <OrganisationPicker value={values.organisations} onChange={set('organisations', 'organisationIds')} error={serverErrors.organisationIds} />
            <NativeSelect
              id="unitCode"
              label={t('initiatives.field_unitCode')}
              description={t('initiatives.unitHint')}
              value={values.unitCode}
              onChange={(e) => set('unitCode', 'unitCode')(e.currentTarget.value)}
              data={[{ value: '', label: t('initiatives.noUnit') }, ...byOrder(referenceData?.units).map((u) => ({ value: u.code, label: named(u) }))]}
              error={serverErrors.unitCode}
            />
            <Textarea
              id="brief"
              label={t('initiatives.field_brief')}
              description={t('initiatives.briefHint')}
              required
              autosize
              minRows={5}
              maxRows={16}
              value={values.brief}
              onChange={(e) => set('brief', 'brief')(e.currentTarget.value)}
              error={serverErrors.brief}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('initiatives.scope')} radius="md">
          <Stack gap="md">
            <MultiSelect
              id="targetGroups"
              label={t('initiatives.field_targetGroups')}
              searchable
              clearable
              data={byOrder(referenceData?.targetGroups).map((g) => ({ value: g.code, label: named(g) }))}
              value={values.targetGroups}
              onChange={set('targetGroups', 'targetGroups')}
              error={serverErrors.targetGroups}
              nothingFoundMessage={t('initiatives.noMatch')}
              clearButtonProps={{ 'aria-label': t('initiatives.clearTargetGroups') }}
            />
            <MultiSelect
              id="areas"
              label={t('initiatives.field_areas')}
              description={t('initiatives.areasHint')}
              searchable
              clearable
              data={areaOptions(referenceData, lang, wholeArea, true)}
              renderOption={({ option }) => shortAreaLabels.get(option.value) ?? option.label}
              value={values.areas}
              onChange={set('areas', 'areas')}
              error={serverErrors.areas}
              nothingFoundMessage={t('initiatives.noMatch')}
              clearButtonProps={{ 'aria-label': t('initiatives.clearAreas') }}
            />
            <NativeSelect
              id="proposedForm"
              label={t('initiatives.field_proposedForm')}
              description={t('initiatives.proposedFormHint')}
              value={values.proposedForm}
              onChange={(e) => {
                const v = e.currentTarget.value;
                set('proposedForm', 'proposedForm')((COOPERATION_FORMS as readonly string[]).includes(v) ? (v as CooperationForm) : '');
              }}
              data={[{ value: '', label: t('initiatives.noProposedForm') }, ...COOPERATION_FORMS.map((f) => ({ value: f, label: t(`initiatives.form_${f}`) }))]}
              error={serverErrors.proposedForm}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <NumberInput
                id="expectedCompensationSek"
                label={t('initiatives.field_expectedCompensationSek')}
                suffix=" kr"
                thousandSeparator=" "
                decimalSeparator=","
                allowNegative={false}
                decimalScale={2}
                value={values.expectedCompensationSek ?? ''}
                onChange={(v) => set('expectedCompensationSek', 'expectedCompensationSek')(typeof v === 'number' ? v : null)}
                error={serverErrors.expectedCompensationSek}
              />
              <NumberInput
                id="estimatedValueSek"
                label={t('initiatives.field_estimatedValueSek')}
                suffix=" kr"
                thousandSeparator=" "
                decimalSeparator=","
                allowNegative={false}
                decimalScale={2}
                value={values.estimatedValueSek ?? ''}
                onChange={(v) => set('estimatedValueSek', 'estimatedValueSek')(typeof v === 'number' ? v : null)}
                error={serverErrors.estimatedValueSek}
              />
              <NumberInput
                id="intendedDurationMonths"
                label={t('initiatives.field_intendedDurationMonths')}
                allowDecimal={false}
                allowNegative={false}
                min={1}
                max={600}
                value={values.intendedDurationMonths ?? ''}
                onChange={(v) => set('intendedDurationMonths', 'intendedDurationMonths')(typeof v === 'number' ? v : null)}
                error={serverErrors.intendedDurationMonths}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        {canUseGuidance ? <GuidanceFactsFieldset value={values.facts} onChange={set('facts', 'facts')} error={serverErrors.facts} /> : null}

        <FormActions submitLabel={submitLabel} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );

  if (!canUseGuidance) return form;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>{form}</Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Box pos={{ base: 'static', lg: 'sticky' }} top={84} mah={{ lg: 'calc(100vh - 100px)' }} style={{ overflowY: 'auto' }}>
          <FormGuidancePanel input={toGuidanceInput(values)} />
        </Box>
      </Grid.Col>
    </Grid>
  );
}
