import { Alert, Button, type ComboboxItem, Group, MultiSelect, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemediationView } from '../../../shared/organisations/democracy.schemas';
import type { OrganisationDocumentView } from '../../../shared/organisations/document.schemas';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate, formatDateTime } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { useRecordRemediation } from './api';
import { EvidenceList } from './AssessmentHistory';
import { evidenceOf } from './democracy-form.model';
import { DateField } from '../../components/ui/DateField';

type RemediationListProps = { remediations: RemediationView[]; documents: OrganisationDocumentView[]; organisationId: string };

/** Remediation measures recorded so far (DEM-4), newest first. */
export function RemediationList({ remediations, documents, organisationId }: RemediationListProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (remediations.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="sm" aria-label={t('democracy.remediationsTitle')} style={{ verticalAlign: 'top' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('democracy.remediationDescription')}</Table.Th>
            <Table.Th scope="col">{t('democracy.completedOn')}</Table.Th>
            <Table.Th scope="col">{t('democracy.colEvidence')}</Table.Th>
            <Table.Th scope="col">{t('democracy.recorded')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {remediations.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.description}
                </Text>
              </Table.Td>
              <Table.Td className="nowrap">{formatCalendarDate(r.completedOn, locale)}</Table.Td>
              <Table.Td>
                <EvidenceList evidence={r.evidence} documents={documents} organisationId={organisationId} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" className="nowrap">
                  {formatDateTime(r.recordedAt, locale)}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.recordedBy.name}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type RemediationFormProps = { organisationId: string; documentOptions: ComboboxItem[]; onRecorded: (message: string) => void };

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Records a completed measure with evidence (DEM-4): the way back to eligibility after a failed assessment. */
export function RemediationForm({ organisationId, documentOptions, onRecorded }: RemediationFormProps) {
  const { t } = useTranslation();
  const record = useRecordRemediation(organisationId);
  const [description, setDescription] = useState('');
  const [completedOn, setCompletedOn] = useState(today);
  const [urls, setUrls] = useState('');
  const [documentIds, setDocumentIds] = useState<string[]>([]);

  const fields: Record<string, string> = {};
  if (isApiError(record.error)) {
    const urlCount = evidenceOf({ urls, documentIds: [] }).length;
    for (const [path, message] of Object.entries(record.error.fieldErrors())) {
      const evidence = /^evidence(?:\.(\d+))?/.exec(path);
      const key = evidence ? (evidence[1] !== undefined && Number(evidence[1]) >= urlCount ? 'documentIds' : 'urls') : path;
      fields[key] ??= message;
    }
  }
  const general = record.error && Object.keys(fields).length === 0 ? errorMessage(record.error, t) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate(
      { description, completedOn, evidence: evidenceOf({ urls, documentIds }) },
      {
        onSuccess: () => {
          setDescription('');
          setUrls('');
          setDocumentIds([]);
          onRecorded(t('democracy.remediationRecorded'));
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <form onSubmit={submit} noValidate aria-labelledby="remediation-form-title">
        <Stack gap="md">
          <Title order={3} fz="h5" id="remediation-form-title">
            {t('democracy.remediationFormTitle')}
          </Title>
          {general ? (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          ) : null}
          <Textarea
            label={t('democracy.remediationDescription')}
            description={t('democracy.remediationDescriptionHint')}
            required
            autosize
            minRows={3}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fields.description}
          />
          <DateField
            label={t('democracy.completedOn')}
            required
            max={today()}
            value={completedOn}
            onChange={(value) => setCompletedOn(value)}
            error={fields.completedOn}
            w={{ base: '100%', sm: 220 }}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Textarea
              label={t('democracy.evidenceUrls')}
              description={t('democracy.remediationEvidenceHint')}
              autosize
              minRows={1}
              placeholder="https://"
              value={urls}
              onChange={(e) => setUrls(e.currentTarget.value)}
              error={fields.urls}
            />
            {documentOptions.length > 0 ? (
              <MultiSelect
                label={t('democracy.evidenceDocuments')}
                description={t('democracy.evidenceDocumentsHint')}
                data={documentOptions}
                value={documentIds}
                onChange={setDocumentIds}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': t('democracy.clearDocuments') }}
                error={fields.documentIds}
              />
            ) : null}
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t('democracy.recordRemediation')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
