import { type ComboboxItem, Fieldset, Group, MultiSelect, Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerValues } from './democracy-form.model';

type AnswerFieldsetProps = {
  /** Form path prefix, e.g. `conditions.no_discrimination`: the ids of the inputs, for the error summary's links. */
  path: string;
  legend: string;
  text: string;
  question: string;
  yesLabel: string;
  noLabel: string;
  value: AnswerValues;
  onChange: (value: AnswerValues) => void;
  errors: Record<string, string>;
  documentOptions: ComboboxItem[];
};

/** One question of a democracy assessment: yes or no, a required justification, and evidence. */
export function AnswerFieldset({ path, legend, text, question, yesLabel, noLabel, value, onChange, errors, documentOptions }: AnswerFieldsetProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AnswerValues>) => onChange({ ...value, ...patch });
  const answer = value.answer === null ? '' : value.answer ? 'yes' : 'no';

  return (
    <Fieldset legend={legend} radius="md">
      <Stack gap="sm">
        <Text size="sm">{text}</Text>
        <Radio.Group
          id={`${path}.answer`}
          label={question}
          required
          value={answer}
          onChange={(v) => set({ answer: v === 'yes' })}
          error={errors[`${path}.answer`]}
        >
          <Group gap="lg" mt={6}>
            <Radio value="yes" label={yesLabel} />
            <Radio value="no" label={noLabel} />
          </Group>
        </Radio.Group>
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
    </Fieldset>
  );
}
