import { Alert, Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentsOverviewView } from '../../../shared/organisations/document.schemas';
import type { PartnerControlDocument } from '../../../shared/organisations/partner-control.rules';
import { CheckCircleIcon, InfoIcon } from '../../components/ui/icons';
import { errorMessage } from '../../components/ui/error-message.format';
import { documentContentHref, useDocumentAbsence } from './api';

type ChecklistItem = DocumentsOverviewView['checklist'][number];

type PartnerControlChecklistProps = {
  overview: DocumentsOverviewView;
  organisationId: string;
  canWrite: boolean;
  onUpload: (type: PartnerControlDocument) => void;
  onMarkNotExisting: (type: PartnerControlDocument, reason: string) => void;
  onMessage: (message: string) => void;
};

const STATUS_COLORS = { received: 'green', not_existing: 'brand', missing: 'yellow' } as const;

/** The eight control documents of ORG-4, each received (year, file), marked as not existing (reason) or missing. */
export function PartnerControlChecklist(props: PartnerControlChecklistProps) {
  const { t } = useTranslation();
  const { overview } = props;
  const missing = overview.checklist.filter((i) => i.status === 'missing').length;

  return (
    <>
      <Alert
        variant="light"
        color={overview.checklistComplete ? 'green' : 'yellow'}
        icon={overview.checklistComplete ? <CheckCircleIcon /> : <InfoIcon />}
        mb="md"
        role="status"
      >
        {overview.checklistComplete ? t('documents.checklistComplete') : t('documents.checklistMissing', { count: missing })}
      </Alert>
      <Table.ScrollContainer minWidth={820} type="native">
        <Table verticalSpacing="sm" aria-label={t('documents.checklistTitle')} style={{ verticalAlign: 'top' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('documents.colDocument')}</Table.Th>
              <Table.Th scope="col">{t('documents.colStatus')}</Table.Th>
              <Table.Th scope="col">{t('documents.colDetails')}</Table.Th>
              {props.canWrite ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.checklist.map((item) => (
              <ChecklistRow key={item.documentType} item={item} {...props} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

function ChecklistRow({ item, overview, organisationId, canWrite, onUpload, onMarkNotExisting, onMessage }: PartnerControlChecklistProps & { item: ChecklistItem }) {
  const { t } = useTranslation();
  const absence = useDocumentAbsence(organisationId);
  const name = t(`documents.type_${item.documentType}`);
  const file = item.status === 'received' ? overview.documents.find((d) => d.id === item.documentId) : undefined;

  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Text size="sm" fw={600}>
          {name}
        </Text>
      </Table.Th>
      <Table.Td>
        <Badge variant="light" color={STATUS_COLORS[item.status]}>
          {t(`documents.status_${item.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {item.status === 'received' ? (
          <Text size="sm">
            {t('documents.yearN', { year: item.year })}
            {file ? (
              <>
                {' · '}
                <Anchor href={documentContentHref(organisationId, file.id)} download size="sm">
                  {file.file.originalName}
                </Anchor>
              </>
            ) : null}
          </Text>
        ) : null}
        {item.status === 'not_existing' ? <Text size="sm">{t('documents.reasonN', { reason: item.reason })}</Text> : null}
        {item.status === 'missing' ? (
          <Text size="sm" c="dimmed">
            {t('documents.missingHint')}
          </Text>
        ) : null}
        {absence.error ? (
          <Text size="sm" c="red.8" role="alert">
            {errorMessage(absence.error, t)}
          </Text>
        ) : null}
      </Table.Td>
      {canWrite ? (
        <Table.Td>
          <Group gap="xs" wrap="wrap">
            <Button size="xs" variant={item.status === 'missing' ? 'filled' : 'default'} onClick={() => onUpload(item.documentType)} aria-label={item.status === 'received' ? t('documents.uploadNewVersionFor', { name }) : t('documents.uploadFor', { name })}>
              {item.status === 'received' ? t('documents.uploadNewVersion') : t('documents.upload')}
            </Button>
            {item.status === 'missing' ? (
              <Button size="xs" variant="default" onClick={() => onMarkNotExisting(item.documentType, '')} aria-label={t('documents.markNotExistingFor', { name })}>
                {t('documents.markNotExisting')}
              </Button>
            ) : null}
            {item.status === 'not_existing' ? (
              <>
                <Button size="xs" variant="default" onClick={() => onMarkNotExisting(item.documentType, item.reason)} aria-label={t('documents.changeReasonFor', { name })}>
                  {t('documents.changeReason')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  loading={absence.isPending}
                  aria-label={t('documents.withdrawFor', { name })}
                  onClick={() =>
                    absence.mutate(
                      { documentType: item.documentType, reason: null },
                      { onSuccess: () => onMessage(t('documents.withdrawn', { name })) },
                    )
                  }
                >
                  {t('documents.withdraw')}
                </Button>
              </>
            ) : null}
          </Group>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}
