import type { TFunction } from 'i18next';
import {
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseOrgNumber } from '../../../shared/organisations/org-number.rules';
import {
  type CreateOrganisationInput,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '../../../shared/organisations/organisation.schemas';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { FormActions } from '../../components/ui/FormActions';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { useSubmitErrors } from '../../components/ui/useSubmitErrors';
import { useReferenceData } from './api';
import { ContactRows } from './ContactRows';
import { SubmitErrorSummary } from './FormErrorSummary';
import { areaOptions, districtOptions, legalFormOptions } from './organisation.format';
import { localIsoDate } from '../lifecycle/lifecycle.format';
import { formPath, type OrganisationFormValues, toOrganisationInput } from './organisation-form.model';
import { OrgNumberTakenMessage } from './OrgNumberTakenMessage';
import { GiroFields } from '../vida/GiroFields';

type OrganisationFormProps = {
  initial: OrganisationFormValues;
  submitLabel: string;
  pending: boolean;
  /** The last failed submit's error (field errors are shown on their fields). */
  error: unknown;
  onSubmit: (input: CreateOrganisationInput) => void;
  onCancel: () => void;
  /** Shown above the fields, e.g. that someone else changed the organisation meanwhile. */
  notice?: ReactNode;
};

/** Registers or edits an organisation; the server validates, and its Swedish messages appear on the fields. */
export function OrganisationForm({ initial, submitLabel, pending, error, onSubmit, onCancel, notice }: OrganisationFormProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const referenceData = useReferenceData().data;
  const [values, setValues] = useState(initial);
  const [contactRows, setContactRows] = useState<number[]>([]);
  const errors = useSubmitErrors({ error, pending, fieldOf: (path) => formPath(path, contactRows), labelOf });
  const serverErrors = errors.fieldErrors;
  const [orgNumberBlurred, setOrgNumberBlurred] = useState(false);

  const set = <K extends keyof OrganisationFormValues>(key: K, path: string = key) => (value: OrganisationFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    errors.markEdited(path);
  };

  const orgNumber = values.orgNumber.trim();
  const parsed = orgNumber ? parseOrgNumber(orgNumber) : undefined;
  const orgNumberHint = parsed && !parsed.ok && orgNumberBlurred ? t(`organisations.orgNumber_${parsed.problem}`) : undefined;
  const taken = isApiError(error, 409) && error.code === 'org_number_taken' && !errors.isEdited('orgNumber');
  const orgNumberError: ReactNode = taken ? <OrgNumberTakenMessage error={error} /> : (serverErrors.orgNumber ?? orgNumberHint);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const payload = toOrganisationInput(values);
    setContactRows(payload.contactRows);
    errors.submitted();
    onSubmit(payload.input);
  };

  const changeKind = (kind: OrganisationKind) => {
    const keeps = referenceData?.legalForms.some((f) => f.kind === kind && f.code === values.legalForm);
    setValues((v) => ({ ...v, kind, legalForm: keeps ? v.legalForm : '' }));
    errors.markEdited('kind', 'legalForm');
  };

  function labelOf(path: string): string {
    const contact = /^contacts\.(\d+)\.(\w+)$/.exec(path);
    if (contact) return `${t('organisations.contactN', { n: Number(contact[1]) + 1 })}, ${fieldLabel(t, contact[2] ?? '')}`;
    return fieldLabel(t, path.replace(/^address\./, '').replace(/\.\d+$/, ''));
  }
  const wholeArea = (name: string) => t('organisations.wholeArea', { name });
  const shortAreaLabels = new Map(areaOptions(referenceData, lang, wholeArea).flatMap((g) => g.items.map((i) => [i.value, i.label] as const)));

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="lg">
        {notice}
        <SubmitErrorSummary state={errors} error={error} invalidTitle={t('organisations.formInvalid')} invalid={taken} />

        <Fieldset legend={t('organisations.basics')} radius="md">
          <Stack gap="md">
            <TextInput
              id="name"
              label={t('organisations.name')}
              required
              autoComplete="organization"
              value={values.name}
              onChange={(e) => set('name')(e.currentTarget.value)}
              error={serverErrors.name}
            />
            <Radio.Group
              id="kind"
              label={t('organisations.kind')}
              required
              value={values.kind}
              onChange={(v) => changeKind(v as OrganisationKind)}
              error={serverErrors.kind}
            >
              <Group gap="lg" mt={6}>
                {ORGANISATION_KINDS.map((k) => (
                  <Radio key={k} value={k} label={t(`organisations.kind_${k}`)} />
                ))}
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NativeSelect
                id="legalForm"
                label={t('organisations.legalForm')}
                description={<WithRequirements ids={['ORG-2']}>{t('organisations.legalFormHint')}</WithRequirements>}
                required
                value={values.legalForm}
                onChange={(e) => set('legalForm')(e.currentTarget.value)}
                data={[
                  { value: '', label: t('organisations.chooseLegalForm') },
                  ...legalFormOptions(referenceData, values.kind, lang, initial.legalForm),
                ]}
                error={serverErrors.legalForm}
              />
              <TextInput
                id="orgNumber"
                label={t('organisations.orgNumber')}
                description={parsed?.ok ? t('organisations.orgNumberValid', { value: parsed.value }) : t('organisations.orgNumberHint')}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                value={values.orgNumber}
                onChange={(e) => {
                  set('orgNumber')(e.currentTarget.value);
                  setOrgNumberBlurred(false);
                }}
                onBlur={() => setOrgNumberBlurred(true)}
                error={orgNumberError}
              />
            </SimpleGrid>
            <Textarea
              id="description"
              label={t('organisations.description')}
              description={t('organisations.descriptionHint')}
              autosize
              minRows={3}
              maxRows={10}
              value={values.description}
              onChange={(e) => set('description')(e.currentTarget.value)}
              error={serverErrors.description}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NumberInput
                id="memberCount"
                label={t('organisations.memberCount')}
                allowDecimal={false}
                allowNegative={false}
                thousandSeparator=" "
                value={values.memberCount ?? ''}
                onChange={(v) => set('memberCount')(typeof v === 'number' ? v : null)}
                error={serverErrors.memberCount}
              />
              <TextInput
                id="website"
                label={t('organisations.website')}
                type="url"
                autoComplete="url"
                placeholder="https://"
                value={values.website}
                onChange={(e) => set('website')(e.currentTarget.value)}
                error={serverErrors.website}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={t('organisations.address')} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput
              id="address.street"
              label={t('organisations.street')}
              autoComplete="street-address"
              value={values.street}
              onChange={(e) => set('street', 'address.street')(e.currentTarget.value)}
              error={serverErrors['address.street']}
            />
            <TextInput
              id="address.postalCode"
              label={t('organisations.postalCode')}
              placeholder="123 45"
              inputMode="numeric"
              autoComplete="postal-code"
              value={values.postalCode}
              onChange={(e) => set('postalCode', 'address.postalCode')(e.currentTarget.value)}
              error={serverErrors['address.postalCode']}
            />
            <TextInput
              id="address.city"
              label={t('organisations.city')}
              autoComplete="address-level2"
              value={values.city}
              onChange={(e) => set('city', 'address.city')(e.currentTarget.value)}
              error={serverErrors['address.city']}
            />
          </SimpleGrid>
        </Fieldset>

        <GiroFields bankgiro={values.bankgiro} plusgiro={values.plusgiro} onChange={(kind, v) => set(kind)(v)} errors={serverErrors} />

        <Fieldset legend={t('organisations.areasAndDistricts')} radius="md">
          <Stack gap="md">
            <MultiSelect
              id="areas"
              label={t('organisations.areas')}
              description={<WithRequirements ids={['INI-8']}>{t('organisations.areasHint')}</WithRequirements>}
              searchable
              clearable
              nothingFoundMessage={t('organisations.noMatchingArea')}
              data={areaOptions(referenceData, lang, wholeArea, true)}
              // In the list the group heading names the top area; the chosen pills need it in the label.
              renderOption={({ option }) => shortAreaLabels.get(option.value) ?? option.label}
              value={values.areas}
              onChange={set('areas')}
              error={serverErrors.areas}
              clearButtonProps={{ 'aria-label': t('organisations.clearAreas') }}
            />
            <Checkbox.Group
              id="districts"
              label={t('organisations.districts')}
              description={t('organisations.districtsHint')}
              value={values.districts}
              onChange={set('districts')}
              error={serverErrors.districts}
            >
              <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" mt="xs">
                {/* Only districts in force today are offered for a record (AGR-9); its own choice stays shown. */}
                {districtOptions(referenceData, localIsoDate(new Date()), values.districts).map((d) => (
                  <Checkbox key={d.value} value={d.value} label={d.label} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          </Stack>
        </Fieldset>

        <ContactRows contacts={values.contacts} onChange={set('contacts')} errors={serverErrors} />

        <FormActions submitLabel={submitLabel} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

const FIELD_LABELS = {
  name: 'organisations.name',
  kind: 'organisations.kind',
  legalForm: 'organisations.legalForm',
  orgNumber: 'organisations.orgNumber',
  description: 'organisations.description',
  memberCount: 'organisations.memberCount',
  website: 'organisations.website',
  bankgiro: 'vida.bankgiro',
  plusgiro: 'vida.plusgiro',
  street: 'organisations.street',
  postalCode: 'organisations.postalCode',
  city: 'organisations.city',
  areas: 'organisations.areas',
  districts: 'organisations.districts',
  contacts: 'organisations.contacts',
  role: 'organisations.contactRole',
  email: 'organisations.contactEmail',
  phone: 'organisations.contactPhone',
} as const;

function fieldLabel(t: TFunction, field: string): string {
  const key = FIELD_LABELS[field as keyof typeof FIELD_LABELS];
  // The keys are checked by the map's literal types; widening here keeps the compiler from
  // expanding the union of every message key (TS2589).
  return key ? t(key as never) : field;
}
