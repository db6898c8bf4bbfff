import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentsOverviewView } from '../../../shared/organisations/document.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { DownloadIcon } from '../../components/ui/icons';
import { NoValue } from '../../components/ui/NoValue';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { documentContentHref } from './api';
import { formatFileSize } from './organisation.format';

/** Every document version the organisation has, newest first; earlier uploads are kept, never replaced. */
export function DocumentVersions({ overview, organisationId }: { overview: DocumentsOverviewView; organisationId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const inChecklist = new Set(overview.checklist.flatMap((i) => (i.status === 'received' ? [i.documentId] : [])));
  if (overview.documents.length === 0) return <EmptyMessage>{t('documents.noDocuments')}</EmptyMessage>;

  return (
    <Table.ScrollContainer minWidth={820} type="native">
      <Table verticalSpacing="sm" aria-label={t('documents.versionsTitle')} style={{ verticalAlign: 'top' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.colDocument')}</Table.Th>
            <Table.Th scope="col">{t('documents.year')}</Table.Th>
            <Table.Th scope="col">{t('documents.file')}</Table.Th>
            <Table.Th scope="col">{t('documents.colUploaded')}</Table.Th>
            <Table.Th scope="col">{t('documents.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overview.documents.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row" fw={400}>
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {t(`documents.type_${d.documentType}`)}
                  </Text>
                  {inChecklist.has(d.id) ? (
                    <Badge variant="light" color="green" size="sm">
                      {t('documents.current')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Th>
              <Table.Td>{d.year}</Table.Td>
              <Table.Td>
                <Anchor href={documentContentHref(organisationId, d.id)} download size="sm">
                  <Group gap={4} component="span" wrap="nowrap">
                    <DownloadIcon size={16} />
                    {d.file.originalName}
                  </Group>
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatFileSize(d.file.sizeBytes, locale)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" className="nowrap">
                  {formatDateTime(d.uploadedAt, locale)}
                </Text>
                {d.uploadedBy ? (
                  <Text size="xs" c="dimmed">
                    {d.uploadedBy.name}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{d.note ? <Text size="sm">{d.note}</Text> : <NoValue />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
