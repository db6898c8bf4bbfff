import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import type { DocumentType, PartnerControlDocument } from '../../../shared/organisations/partner-control.rules';
import { useCan } from '../../app/current-session.context';
import { InfoIcon } from '../../components/ui/icons';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useDocuments } from './api';
import { DocumentVersions } from './DocumentVersions';
import { NotExistingModal } from './NotExistingModal';
import { PanelHeading } from './PanelHeading';
import { PartnerControlChecklist } from './PartnerControlChecklist';
import { UploadDocumentForm } from './UploadDocumentForm';

type DocumentsPanelProps = { organisation: OrganisationView; onMessage: (message: string) => void };

/** Documents and partner control (ORG-4): the checklist of the eight documents, uploads and every version kept. */
export function DocumentsPanel({ organisation, onMessage }: DocumentsPanelProps) {
  const { t } = useTranslation();
  const query = useDocuments(organisation.id);
  const canWrite = useCan('organisations.write') && organisation.status === 'active';
  const [uploadType, setUploadType] = useState<{ type: DocumentType; nonce: number }>({ type: 'statutes', nonce: 0 });
  const [markAbsent, setMarkAbsent] = useState<{ type: PartnerControlDocument; reason: string } | null>(null);
  const uploadRef = useRef<HTMLDivElement>(null);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const overview = query.data;

  const startUpload = (type: DocumentType) => {
    setUploadType((u) => ({ type, nonce: u.nonce + 1 }));
    uploadRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <PanelHeading
          title={t('documents.checklistTitle')}
          requirements={['ORG-4']}
          description={overview.checklistApplies ? t('documents.checklistIntro') : undefined}
        />
        {overview.checklistApplies ? (
          <PartnerControlChecklist
            overview={overview}
            organisationId={organisation.id}
            canWrite={canWrite}
            onUpload={startUpload}
            onMarkNotExisting={(type, reason) => setMarkAbsent({ type, reason })}
            onMessage={onMessage}
          />
        ) : (
          <Alert variant="light" color="brand" icon={<InfoIcon />}>
            {t('documents.checklistNotApplicable')}
          </Alert>
        )}
      </Paper>

      {canWrite ? (
        <Paper withBorder radius="md" p="lg" ref={uploadRef}>
          <PanelHeading title={t('documents.uploadTitle')} description={t('documents.uploadIntro')} />
          <UploadDocumentForm
            key={uploadType.nonce}
            organisationId={organisation.id}
            initialType={uploadType.type}
            autoFocus={uploadType.nonce > 0}
            onUploaded={onMessage}
          />
        </Paper>
      ) : organisation.status === 'archived' ? (
        <Text c="dimmed" size="sm">
          {t('documents.archivedNoUpload')}
        </Text>
      ) : null}

      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('documents.versionsTitle')} description={t('documents.versionsIntro')} />
        <DocumentVersions overview={overview} organisationId={organisation.id} />
      </Paper>

      <NotExistingModal
        organisationId={organisation.id}
        target={markAbsent}
        onClose={() => setMarkAbsent(null)}
        onSaved={(message) => {
          setMarkAbsent(null);
          onMessage(message);
        }}
      />
    </Stack>
  );
}
