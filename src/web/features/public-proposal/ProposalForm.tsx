import { Button, Fieldset, MultiSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicInitiativeInput } from '../../../shared/initiatives/initiative.schemas';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { errorMessage } from '../../components/ui/error-message.format';
import { FormErrorSummary } from '../organisations/FormErrorSummary';
import { usePublicReferenceData } from './api';
import { HoneypotField } from './HoneypotField';
import { emptyProposal, type ProposalFormValues, publicAreaOptions, toProposalInput } from './proposal-form.model';

const FIELDS = ['organisationName', 'orgNumber', 'contactName', 'contactEmail', 'contactPhone', 'title', 'brief', 'areas', 'targetGroups'] as const;
type Field = (typeof FIELDS)[number];

type ProposalFormProps = { pending: boolean; error: unknown; onSubmit: (input: PublicInitiativeInput) => void };

/** The public proposal form (IOP-10): the organisation, one contact and the idea; the server validates. */
export function ProposalForm({ pending, error, onSubmit }: ProposalFormProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const reference = usePublicReferenceData().data;
  const [values, setValues] = useState<ProposalFormValues>(emptyProposal);
  const [attempt, setAttempt] = useState(0);
  const [edited, setEdited] = useState<ReadonlySet<Field>>(new Set());
  const set = <K extends keyof ProposalFormValues>(key: K) => (value: ProposalFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    if ((FIELDS as readonly string[]).includes(key)) setEdited((e) => new Set(e).add(key as Field));
  };

  const serverErrors: Partial<Record<Field, string>> = {};
  if (isApiError(error)) {
    for (const [path, message] of Object.entries(error.fieldErrors())) {
      const field = FIELDS.find((f) => f === path.split('.')[0]);
      if (field && !edited.has(field) && serverErrors[field] === undefined) serverErrors[field] = message;
    }
  }
  const summary = Object.entries(serverErrors).map(([path, message]) => ({ path, label: t(`publicProposal.${path as Field}`), message }));
  const rateLimited = isApiError(error, 429);
  const title = rateLimited ? t('publicProposal.rateLimited') : summary.length > 0 ? t('publicProposal.formInvalid') : errorMessage(error, t);
  const showSummary = attempt > 0 && !pending && error !== null && error !== undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setEdited(new Set());
    setAttempt((n) => n + 1);
    onSubmit(toProposalInput(values));
  };
  const name = (x: { nameSv: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.nameSv);

  return (
    <form onSubmit={submit} noValidate aria-label={t('publicProposal.formLabel')} style={{ position: 'relative' }}>
      <Stack gap="lg">
        {showSummary ? <FormErrorSummary title={title} errors={summary} attempt={attempt} /> : null}
        <Fieldset legend={t('publicProposal.organisationLegend')} radius="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput id="organisationName" label={t('publicProposal.organisationName')} required autoComplete="organization" value={values.organisationName} onChange={(e) => set('organisationName')(e.currentTarget.value)} error={serverErrors.organisationName} maxLength={300} />
            <TextInput id="orgNumber" label={t('publicProposal.orgNumber')} description={t('publicProposal.orgNumberHint')} inputMode="numeric" autoComplete="off" value={values.orgNumber} onChange={(e) => set('orgNumber')(e.currentTarget.value)} error={serverErrors.orgNumber} />
            <TextInput id="contactName" label={t('publicProposal.contactName')} required autoComplete="name" value={values.contactName} onChange={(e) => set('contactName')(e.currentTarget.value)} error={serverErrors.contactName} maxLength={200} />
            <TextInput id="contactEmail" label={t('publicProposal.contactEmail')} required type="email" autoComplete="email" value={values.contactEmail} onChange={(e) => set('contactEmail')(e.currentTarget.value)} error={serverErrors.contactEmail} maxLength={254} />
            <TextInput id="contactPhone" label={t('publicProposal.contactPhone')} type="tel" autoComplete="tel" value={values.contactPhone} onChange={(e) => set('contactPhone')(e.currentTarget.value)} error={serverErrors.contactPhone} maxLength={40} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('publicProposal.ideaLegend')} radius="md">
          <Stack gap="md">
            <TextInput id="title" label={t('publicProposal.title')} description={t('publicProposal.titleHint')} required value={values.title} onChange={(e) => set('title')(e.currentTarget.value)} error={serverErrors.title} maxLength={300} />
            <Textarea id="brief" label={t('publicProposal.brief')} description={t('publicProposal.briefHint')} required autosize minRows={6} maxRows={18} value={values.brief} onChange={(e) => set('brief')(e.currentTarget.value)} error={serverErrors.brief} maxLength={10000} />
            <MultiSelect
              id="areas"
              label={t('publicProposal.areas')}
              searchable
              clearable
              data={publicAreaOptions(reference, lang, (n) => t('publicProposal.wholeArea', { name: n }))}
              value={values.areas}
              onChange={set('areas')}
              error={serverErrors.areas}
              nothingFoundMessage={t('publicProposal.noMatch')}
              clearButtonProps={{ 'aria-label': t('publicProposal.clearAreas') }}
              maxValues={20}
            />
            <MultiSelect
              id="targetGroups"
              label={t('publicProposal.targetGroups')}
              searchable
              clearable
              data={(reference?.targetGroups ?? []).map((g) => ({ value: g.code, label: name(g) }))}
              value={values.targetGroups}
              onChange={set('targetGroups')}
              error={serverErrors.targetGroups}
              nothingFoundMessage={t('publicProposal.noMatch')}
              clearButtonProps={{ 'aria-label': t('publicProposal.clearTargetGroups') }}
              maxValues={20}
            />
          </Stack>
        </Fieldset>
        <HoneypotField value={values.website} onChange={set('website')} />
        <div>
          <Button type="submit" loading={pending} size="md">
            {t('publicProposal.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
