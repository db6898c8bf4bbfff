import type { TFunction } from 'i18next';
import { Fieldset, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateCooperationInput } from '../../../shared/cooperations/cooperation.schemas';
import { COOPERATION_FORMS } from '../../../shared/cooperations/forms';
import { VIDA_OCCASIONS } from '../../../shared/cooperations/gate.types';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { FormActions } from '../../components/ui/FormActions';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { useSubmitErrors } from '../../components/ui/useSubmitErrors';
import { useReferenceData } from '../organisations/api';
import { SubmitErrorSummary } from '../organisations/FormErrorSummary';
import { areaOptions } from '../organisations/organisation.format';
import { referenceOptions } from './cooperation.format';
import { type CooperationFormValues, fieldOfPath, toCooperationInput } from './cooperation-form.model';
import { PartyPicker } from './PartyPicker';
import { useManagerOptions } from './useManagerOptions';
import { DateField } from '../../components/ui/DateField';

type CooperationFormProps = {
  initial: CooperationFormValues;
  /** The manager named now, so the select can show them even when the list of managers lacks them. */
  currentManager?: { id: string; name: string } | null;
  submitLabel: string;
  pending: boolean;
  /** The last failed submit's error (field errors are shown on their fields). */
  error: unknown;
  onSubmit: (input: CreateCooperationInput) => void;
  onCancel: () => void;
  notice?: ReactNode;
  /** A new cooperation leaves blank required fields out so the server names them all at once. */
  mode?: 'create' | 'update';
};

const FIELD_KEYS: Record<string, string> = {
  title: 'cooperations.titleField',
  form: 'cooperations.form',
  organisationIds: 'cooperations.parties',
  responsibleManagerId: 'cooperations.responsibleManager',
  unitCode: 'cooperations.unit',
  areas: 'cooperations.areas',
  targetGroups: 'cooperations.targetGroups',
  valueSek: 'cooperations.value',
  compensationSek: 'cooperations.compensation',
  startDate: 'cooperations.startDate',
  endDate: 'cooperations.endDate',
  description: 'cooperations.description',
  vidaOccasions: 'cooperations.vidaOccasions',
  initiativeId: 'cooperations.initiative',
  registryNumber: 'cooperations.registryNumber',
};

function fieldLabel(t: TFunction, field: string): string {
  const key = FIELD_KEYS[field];
  return key ? t(key as never) : field;
}

/** Registers or edits a cooperation; the server validates, and its Swedish messages appear on the fields. */
export function CooperationForm({ initial, currentManager, submitLabel, pending, error, onSubmit, onCancel, notice, mode = 'create' }: CooperationFormProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const referenceData = useReferenceData().data;
  const managers = useManagerOptions(currentManager ? [{ value: currentManager.id, label: currentManager.name }] : []);
  const [values, setValues] = useState(initial);
  const errors = useSubmitErrors({ error, pending, fieldOf: fieldOfPath, labelOf: (field) => fieldLabel(t, field) });
  const serverErrors = errors.fieldErrors;

  const set =
    <K extends keyof CooperationFormValues>(key: K, field: string = key) =>
    (value: CooperationFormValues[K]) => {
      setValues((v) => ({ ...v, [key]: value }));
      errors.markEdited(field);
    };


  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    errors.submitted();
    onSubmit(toCooperationInput(values, mode));
  };

  const wholeArea = (name: string) => t('organisations.wholeArea', { name });

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        {notice}
        <SubmitErrorSummary state={errors} error={error} invalidTitle={t('cooperations.formInvalid')} />

        <Fieldset legend={t('cooperations.basics')} radius="md">
          <Stack gap="md">
            <TextInput
              id="title"
              label={t('cooperations.titleField')}
              required
              value={values.title}
              onChange={(e) => set('title')(e.currentTarget.value)}
              error={serverErrors.title}
            />
            <TextInput
              id="registryNumber"
              label={t('cooperations.registryNumber')}
              description={t('cooperations.registryNumberHint')}
              value={values.registryNumber}
              onChange={(e) => set('registryNumber')(e.currentTarget.value)}
              error={serverErrors.registryNumber}
              maxLength={60}
              autoComplete="off"
              maw={360}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NativeSelect
                id="form"
                label={t('cooperations.form')}
                required
                value={values.form}
                onChange={(e) => set('form')(e.currentTarget.value as CooperationFormValues['form'])}
                data={[
                  { value: '', label: t('cooperations.chooseForm') },
                  ...COOPERATION_FORMS.map((f) => ({ value: f, label: t(`cooperations.form_${f}`) })),
                ]}
                error={serverErrors.form}
              />
              <NativeSelect
                id="responsibleManagerId"
                label={t('cooperations.responsibleManager')}
                description={<WithRequirements ids={['INI-6']}>{t('cooperations.responsibleManagerHint')}</WithRequirements>}
                value={values.responsibleManagerId}
                onChange={(e) => set('responsibleManagerId')(e.currentTarget.value)}
                data={[{ value: '', label: t('cooperations.noManagerChosen') }, ...managers]}
                error={serverErrors.responsibleManagerId}
              />
            </SimpleGrid>
            <PartyPicker id="organisationIds" value={values.parties} onChange={set('parties', 'organisationIds')} error={serverErrors.organisationIds} />
            <Textarea
              id="description"
              label={t('cooperations.description')}
              autosize
              minRows={3}
              maxRows={10}
              value={values.description}
              onChange={(e) => set('description')(e.currentTarget.value)}
              error={serverErrors.description}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('cooperations.termsAndEconomy')} radius="md">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NumberInput
                id="valueSek"
                label={t('cooperations.value')}
                description={t('cooperations.valueHint')}
                min={0}
                thousandSeparator=" "
                decimalSeparator=","
                suffix=" kr"
                value={values.valueSek ?? ''}
                onChange={(v) => set('valueSek')(typeof v === 'number' ? v : null)}
                error={serverErrors.valueSek}
              />
              <NumberInput
                id="compensationSek"
                label={t('cooperations.compensation')}
                description={<WithRequirements ids={['FRM-3']}>{t('cooperations.compensationHint')}</WithRequirements>}
                min={0}
                thousandSeparator=" "
                decimalSeparator=","
                suffix=" kr"
                value={values.compensationSek ?? ''}
                onChange={(v) => set('compensationSek')(typeof v === 'number' ? v : null)}
                error={serverErrors.compensationSek}
              />
              <DateField
                id="startDate"
                label={t('cooperations.startDate')}
                value={values.startDate}
                onChange={(value) => set('startDate')(value)}
                error={serverErrors.startDate}
              />
              <DateField
                id="endDate"
                label={t('cooperations.endDate')}
                description={
                  values.form === 'reserved_contract' ? <WithRequirements ids={['FRM-6']}>{t('cooperations.reservedTermHint')}</WithRequirements> : undefined
                }
                value={values.endDate}
                onChange={(value) => set('endDate')(value)}
                error={serverErrors.endDate}
              />
            </SimpleGrid>
            {values.form === 'vida' ? (
              <NumberInput
                id="vidaOccasions"
                label={t('cooperations.vidaOccasions')}
                description={<WithRequirements ids={['FRM-5']}>{t('cooperations.vidaOccasionsHint', VIDA_OCCASIONS)}</WithRequirements>}
                allowDecimal={false}
                allowNegative={false}
                value={values.vidaOccasions ?? ''}
                onChange={(v) => set('vidaOccasions')(typeof v === 'number' ? v : null)}
                error={serverErrors.vidaOccasions}
                maw={320}
              />
            ) : null}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('cooperations.organisationAndAreas')} radius="md">
          <Stack gap="md">
            <NativeSelect
              id="unitCode"
              label={t('cooperations.unit')}
              value={values.unitCode}
              onChange={(e) => set('unitCode')(e.currentTarget.value)}
              data={[{ value: '', label: t('cooperations.noUnitChosen') }, ...referenceOptions(referenceData?.units, lang)]}
              error={serverErrors.unitCode}
              maw={480}
            />
            <MultiSelect
              id="areas"
              label={t('cooperations.areas')}
              searchable
              clearable
              data={areaOptions(referenceData, lang, wholeArea, true)}
              value={values.areas}
              onChange={set('areas')}
              error={serverErrors.areas}
              nothingFoundMessage={t('organisations.noMatchingArea')}
              clearButtonProps={{ 'aria-label': t('cooperations.clearAreas') }}
            />
            <MultiSelect
              id="targetGroups"
              label={t('cooperations.targetGroups')}
              searchable
              clearable
              data={referenceOptions(referenceData?.targetGroups, lang)}
              value={values.targetGroups}
              onChange={set('targetGroups')}
              error={serverErrors.targetGroups}
              clearButtonProps={{ 'aria-label': t('cooperations.clearTargetGroups') }}
            />
          </Stack>
        </Fieldset>

        <FormActions submitLabel={submitLabel} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
