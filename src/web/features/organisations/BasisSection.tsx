import { type ComboboxItem, MultiSelect, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentFormValues } from './democracy-form.model';

type BasisField = 'basis' | 'basisUrls' | 'basisDocumentIds' | 'summary';

type BasisSectionProps = {
  values: AssessmentFormValues;
  onChange: <K extends BasisField>(key: K, value: AssessmentFormValues[K]) => void;
  errors: Record<string, string>;
  documentOptions: ComboboxItem[];
  readOnly: boolean;
};

/** The common basis of every "Ja" — which sources were checked, with evidence — and an optional comment. */
export function BasisSection({ values, onChange, errors, documentOptions, readOnly }: BasisSectionProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={4} fz="h5">
        {t('democracy.basisTitle')}
      </Title>
      <Textarea
        id="basis"
        label={t('democracy.basis')}
        description={t('democracy.basisHint')}
        required
        autosize
        minRows={3}
        readOnly={readOnly}
        value={values.basis}
        onChange={(e) => onChange('basis', e.currentTarget.value)}
        error={errors.basis}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Textarea
          id="basisUrls"
          label={t('democracy.evidenceUrls')}
          description={t('democracy.evidenceUrlsHint')}
          autosize
          minRows={1}
          placeholder="https://"
          readOnly={readOnly}
          value={values.basisUrls}
          onChange={(e) => onChange('basisUrls', e.currentTarget.value)}
          error={errors.basisUrls}
        />
        {documentOptions.length > 0 ? (
          <MultiSelect
            id="basisDocumentIds"
            label={t('democracy.evidenceDocuments')}
            description={t('democracy.evidenceDocumentsHint')}
            data={documentOptions}
            value={values.basisDocumentIds}
            onChange={(ids) => onChange('basisDocumentIds', ids)}
            searchable
            clearable
            disabled={readOnly}
            clearButtonProps={{ 'aria-label': t('democracy.clearDocuments') }}
            error={errors.basisDocumentIds}
          />
        ) : (
          <Text size="sm" c="dimmed" mt={{ md: 'lg' }}>
            {t('democracy.noDocumentsForEvidence')}
          </Text>
        )}
      </SimpleGrid>
      <Textarea
        id="summary"
        label={t('democracy.summary')}
        description={t('democracy.summaryHint')}
        autosize
        minRows={2}
        readOnly={readOnly}
        value={values.summary}
        onChange={(e) => onChange('summary', e.currentTarget.value)}
        error={errors.summary}
      />
    </Stack>
  );
}
