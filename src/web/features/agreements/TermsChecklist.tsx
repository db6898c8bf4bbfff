import { Badge, Checkbox, Group, Paper, Progress, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IOP_TERM_LABELS, IOP_TERMS, type IopTerm, missingTerms } from '../../../shared/agreements/terms.rules';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { RequirementTag, WithRequirements } from '../../components/ui/RequirementTag';
import { PanelHeading } from '../organisations/PanelHeading';

type Section = { text: string; complete: boolean };
type TermsChecklistProps = {
  terms: Partial<Record<IopTerm, Section>>;
  /** Absent for a version that cannot be edited: the sections are shown as text. */
  onChange?: (term: IopTerm, section: Section) => void;
};

/** The IOP-5 terms checklist: one card per section with its text and "klar", and the progress over all 11. */
export function TermsChecklist({ terms, onChange }: TermsChecklistProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const missing = missingTerms(terms);
  const done = IOP_TERMS.length - missing.length;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="terms-heading">
      <PanelHeading
        headingId="terms-heading"
        title={t('agreements.termsTitle')}
        description={<WithRequirements ids={['IOP-5']}>{t('agreements.termsIntro')}</WithRequirements>}
      />
      <Stack gap="xs" mb="md">
        <Text fw={600}>
          {t('agreements.termsProgress', { done, total: IOP_TERMS.length })}
        </Text>
        <Progress.Root size="md">
          <Progress.Section
            value={(done / IOP_TERMS.length) * 100}
            color={missing.length === 0 ? 'green' : 'yellow'}
            aria-label={t('agreements.termsProgress', { done, total: IOP_TERMS.length })}
          />
        </Progress.Root>
        {missing.length > 0 ? (
          <Text size="sm">
            {t('agreements.termsMissing')}: {missing.map((m) => IOP_TERM_LABELS[m][lang]).join(', ')}
          </Text>
        ) : (
          <Text size="sm">{t('agreements.termsAllComplete')}</Text>
        )}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {IOP_TERMS.map((term, index) => {
          const section = terms[term] ?? { text: '', complete: false };
          const label = IOP_TERM_LABELS[term][lang];
          const ready = !missing.includes(term);
          return (
            <Paper key={term} withBorder radius="sm" p="md" component="article" aria-labelledby={`term-${term}`}>
              <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap">
                <Title order={3} fz="h5" id={`term-${term}`}>
                  {index + 1}. {label}
                </Title>
                <Group gap={6} wrap="nowrap">
                  <RequirementTag id="IOP-5" />
                  <Badge variant="light" color={ready ? 'green' : 'yellow'} size="sm">
                    {ready ? t('agreements.termComplete') : t('agreements.termIncomplete')}
                  </Badge>
                </Group>
              </Group>
              {onChange ? (
                <Stack gap="xs">
                  <Textarea
                    label={t('agreements.termText', { term: label })}
                    autosize
                    minRows={3}
                    maxRows={14}
                    value={section.text}
                    onChange={(e) => onChange(term, { ...section, text: e.currentTarget.value })}
                  />
                  <Checkbox
                    label={t('agreements.termDone', { term: label })}
                    checked={section.complete}
                    onChange={(e) => onChange(term, { ...section, complete: e.currentTarget.checked })}
                  />
                  {section.complete && section.text.trim() === '' ? (
                    <Text size="sm" c="red.8">
                      {t('agreements.termNeedsText')}
                    </Text>
                  ) : null}
                </Stack>
              ) : (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={section.text ? undefined : 'dimmed'}>
                  {section.text || t('agreements.termEmpty')}
                </Text>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}

