import { type ComboboxItem, Fieldset, Group, MultiSelect, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../components/ui/icons';
import type { Answer, AnswerValues } from './democracy-form.model';

type AnswerFieldsetProps = {
  /** Form path prefix, e.g. `conditions.no_discrimination`: the ids of the inputs, for the error summary's links. */
  path: string;
  legend: string;
  question: string;
  value: AnswerValues;
  onChange: (value: AnswerValues) => void;
  errors: Record<string, string>;
  documentOptions: ComboboxItem[];
  readOnly?: boolean;
};

/**
 * One question of a democracy assessment, worded so that "Ja" is the safe answer. A "Nej" asks
 * for a motivation and evidence; a "Ja" rests on the assessment's common basis.
 */
export function AnswerFieldset({ path, legend, question, value, onChange, errors, documentOptions, readOnly = false }: AnswerFieldsetProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AnswerValues>) => onChange({ ...value, ...patch });

  return (
    <Fieldset legend={legend} radius="md" disabled={readOnly}>
      <Stack gap="sm">
        <Radio.Group
          id={`${path}.answer`}
          label={question}
          required
          value={value.answer ?? ''}
          onChange={(v) => set({ answer: v as Answer })}
          error={errors[`${path}.answer`]}
          styles={{ label: { fontWeight: 500 } }}
        >
          <Group gap="xl" mt={6}>
            <Radio value="yes" label={t('democracy.yes')} />
            <Radio value="no" label={t('democracy.no')} color="red" />
          </Group>
        </Radio.Group>
        {value.answer === 'no' ? (
          <Stack gap="sm" pl="md" style={{ borderLeft: '3px solid var(--mantine-color-red-6)' }}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <AlertIcon size={18} color="var(--mantine-color-red-8)" />
              <Text size="sm" c="red.9">
                {t('democracy.noMeans')}
              </Text>
            </Group>
            <Textarea
              id={`${path}.justification`}
              label={t('democracy.justification')}
              description={t('democracy.justificationHint')}
              required
              autosize
              minRows={2}
              value={value.justification}
              onChange={(e) => set({ justification: e.currentTarget.value })}
              error={errors[`${path}.justification`]}
            />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <Textarea
                id={`${path}.urls`}
                label={t('democracy.evidenceUrls')}
                description={t('democracy.evidenceUrlsHint')}
                autosize
                minRows={1}
                placeholder="https://"
                value={value.urls}
                onChange={(e) => set({ urls: e.currentTarget.value })}
                error={errors[`${path}.urls`]}
              />
              {documentOptions.length > 0 ? (
                <MultiSelect
                  id={`${path}.documentIds`}
                  label={t('democracy.evidenceDocuments')}
                  description={t('democracy.evidenceDocumentsHint')}
                  data={documentOptions}
                  value={value.documentIds}
                  onChange={(documentIds) => set({ documentIds })}
                  searchable
                  clearable
                  clearButtonProps={{ 'aria-label': t('democracy.clearDocuments') }}
                  error={errors[`${path}.documentIds`]}
                />
              ) : (
                <Text size="sm" c="dimmed" mt={{ md: 'lg' }}>
                  {t('democracy.noDocumentsForEvidence')}
                </Text>
              )}
            </SimpleGrid>
          </Stack>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
