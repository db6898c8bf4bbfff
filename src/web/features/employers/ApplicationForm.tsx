import { Button, Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_TYPES, type EmployerType, MEMBERSHIP_STATEMENTS, type MembershipStatement } from '../../../shared/employers/membership.rules';
import type { PublicApplicationInput } from '../../../shared/employers/membership.schemas';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../components/ui/error-message.format';
import { FormErrorSummary } from '../organisations/FormErrorSummary';
import { HoneypotField } from '../public-proposal/HoneypotField';

type Values = {
  organisationName: string;
  orgNumber: string;
  employerType: EmployerType;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  motivation: string;
  statements: Record<MembershipStatement, boolean>;
  website: string;
};

const empty: Values = {
  organisationName: '',
  orgNumber: '',
  employerType: 'company',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  motivation: '',
  statements: { networkGoals: false, nonDiscrimination: false, genderEquality: false, equality: false, humanRights: false },
  website: '',
};

const TEXT_FIELDS = ['organisationName', 'orgNumber', 'employerType', 'contactName', 'contactEmail', 'contactPhone', 'motivation'] as const;

type ApplicationFormProps = {
  pending: boolean;
  error: unknown;
  /** The public form has the spam trap; staff register without it. */
  withHoneypot: boolean;
  submitLabel: string;
  onSubmit: (input: PublicApplicationInput) => void;
};

/**
 * An application for membership of Integrationspakten (EMP-1): the employer and its type
 * (platform or gig company too), one contact, what it offers, and the five commitments, each
 * confirmed explicitly. The server validates; its field errors are listed and shown at the fields.
 */
export function ApplicationForm({ pending, error, withHoneypot, submitLabel, onSubmit }: ApplicationFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(empty);
  const [attempt, setAttempt] = useState(0);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  const fieldErrors: Record<string, string> = isApiError(error) ? error.fieldErrors() : {};
  const label = (path: string): string => {
    const statement = MEMBERSHIP_STATEMENTS.find((s) => path === `statements.${s}`);
    if (statement) return t(`employers.statement_${statement}`);
    const field = TEXT_FIELDS.find((f) => f === path);
    return field ? t(`employers.${field}`) : path;
  };
  const summary = Object.entries(fieldErrors).map(([path, message]) => ({ path, label: label(path), message }));
  const title = isApiError(error, 429) ? t('publicApplication.rateLimited') : summary.length > 0 ? t('employers.formInvalid') : errorMessage(error, t);
  const showSummary = attempt > 0 && !pending && error !== null && error !== undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    onSubmit({
      organisationName: values.organisationName,
      orgNumber: values.orgNumber,
      employerType: values.employerType,
      contactName: values.contactName,
      contactEmail: values.contactEmail,
      contactPhone: values.contactPhone,
      motivation: values.motivation,
      // Unconfirmed commitments are sent as they are, so the server names each one missing.
      statements: values.statements as PublicApplicationInput['statements'],
      ...(withHoneypot ? { website: values.website } : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('publicApplication.formLabel')} style={{ position: 'relative' }}>
      <Stack gap="lg">
        {showSummary ? <FormErrorSummary title={title} errors={summary} attempt={attempt} /> : null}
        <Fieldset legend={t('publicApplication.organisationLegend')} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput id="organisationName" label={t('employers.organisationName')} required autoComplete="organization" value={values.organisationName} onChange={(e) => set('organisationName', e.currentTarget.value)} error={fieldErrors.organisationName} maxLength={300} />
            <TextInput id="orgNumber" label={t('employers.orgNumber')} description={t('employers.orgNumberHint')} required inputMode="numeric" autoComplete="off" value={values.orgNumber} onChange={(e) => set('orgNumber', e.currentTarget.value)} error={fieldErrors.orgNumber} maxLength={20} />
            <NativeSelect
              id="employerType"
              label={t('employers.employerType')}
              description={t('employers.employerTypeHint')}
              required
              data={EMPLOYER_TYPES.map((type) => ({ value: type, label: t(`employers.type_${type}`) }))}
              value={values.employerType}
              onChange={(e) => set('employerType', e.currentTarget.value as EmployerType)}
              error={fieldErrors.employerType}
            />
            <TextInput id="contactName" label={t('employers.contactName')} description={t('employers.contactNameHint')} required value={values.contactName} onChange={(e) => set('contactName', e.currentTarget.value)} error={fieldErrors.contactName} maxLength={200} />
            <TextInput id="contactEmail" label={t('employers.contactEmail')} required type="email" autoComplete="email" value={values.contactEmail} onChange={(e) => set('contactEmail', e.currentTarget.value)} error={fieldErrors.contactEmail} maxLength={254} />
            <TextInput id="contactPhone" label={t('employers.contactPhone')} type="tel" autoComplete="tel" value={values.contactPhone} onChange={(e) => set('contactPhone', e.currentTarget.value)} error={fieldErrors.contactPhone} maxLength={40} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('publicApplication.motivationLegend')} radius="md">
          <Textarea id="motivation" label={t('employers.motivation')} required autosize minRows={4} maxRows={14} value={values.motivation} onChange={(e) => set('motivation', e.currentTarget.value)} error={fieldErrors.motivation} maxLength={5000} />
        </Fieldset>
        <Fieldset legend={t('employers.statementsLegend')} radius="md">
          <Stack gap="sm">
            <Text size="sm">{t('employers.statementsHint')}</Text>
            {MEMBERSHIP_STATEMENTS.map((s) => (
              <Checkbox
                key={s}
                id={`statements.${s}`}
                label={t(`employers.statement_${s}`)}
                checked={values.statements[s]}
                onChange={(e) => set('statements', { ...values.statements, [s]: e.currentTarget.checked })}
                error={fieldErrors[`statements.${s}`]}
              />
            ))}
          </Stack>
        </Fieldset>
        {withHoneypot ? <HoneypotField id="application-website" value={values.website} onChange={(v) => set('website', v)} /> : null}
        <div>
          <Button type="submit" loading={pending} size="md">
            {submitLabel}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
