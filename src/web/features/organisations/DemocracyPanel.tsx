import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemocracyDraftView } from '../../../shared/organisations/democracy-draft.schemas';
import type { DemocracyOverviewView } from '../../../shared/organisations/democracy.schemas';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { errorMessage } from '../../components/ui/error-message.format';
import { useCan, useCurrentSession } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate, formatDateTime } from '../../components/ui/date.format';
import { AlertIcon, CheckCircleIcon, InfoIcon } from '../../components/ui/icons';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useDemocracy, useDocuments } from './api';
import { AssessmentForm, type DraftCapabilities } from './AssessmentForm';
import { AssessmentHistory } from './AssessmentHistory';
import { useCreateDraft } from './democracy.api';
import { DemocracyStatusBadge } from './DemocracyStatusBadge';
import { DraftStatusText } from './DraftStatusText';
import { PanelHeading } from './PanelHeading';
import { RemediationForm, RemediationList } from './RemediationSection';

type DemocracyPanelProps = { organisation: OrganisationView; onMessage: (message: string) => void };

/**
 * Democracy conditions (DEM-1–4): status and validity, remediation, the assessment in
 * preparation — prepared by an officer or manager, handed over, reviewed and signed by the
 * responsible manager — and the signed history.
 */
export function DemocracyPanel({ organisation, onMessage }: DemocracyPanelProps) {
  const { t } = useTranslation();
  const democracy = useDemocracy(organisation.id);
  const documents = useDocuments(organisation.id);
  const canRemediate = useCan('democracy.remediate');

  if (democracy.isPending || documents.isPending) return <LoadingState />;
  if (democracy.isError) return <ErrorState error={democracy.error} onRetry={() => void democracy.refetch()} />;
  if (documents.isError) return <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />;

  const overview = democracy.data;
  const docs = documents.data.documents;
  const documentOptions = docs.map((d) => ({
    value: d.id,
    label: `${t(`documents.type_${d.documentType}`)} ${d.year} – ${d.file.originalName}`,
  }));
  const latest = overview.assessments[0];
  const needsRemediation = latest?.result === 'not_eligible';

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('democracy.title')} description={t('democracy.intro')} />
        <StatusSummary overview={overview} />
      </Paper>

      {needsRemediation || overview.remediations.length > 0 ? (
        <Paper withBorder radius="md" p="lg">
          <PanelHeading title={t('democracy.remediationsTitle')} requirements={['DEM-4']} description={t('democracy.remediationsIntro')} />
          <Stack gap="md">
            <RemediationList remediations={overview.remediations} documents={docs} organisationId={organisation.id} />
            {needsRemediation && canRemediate ? (
              <RemediationForm organisationId={organisation.id} documentOptions={documentOptions} onRecorded={onMessage} />
            ) : null}
          </Stack>
        </Paper>
      ) : null}

      <Paper withBorder radius="md" p="lg">
        {overview.draft ? (
          <>
            <PanelHeading title={t('democracy.preparationTitle')} />
            <DraftSection
              key={overview.draft.id}
              draft={overview.draft}
              overview={overview}
              documentOptions={documentOptions}
              onMessage={onMessage}
              onReload={() => void democracy.refetch()}
            />
          </>
        ) : (
          <>
            <PanelHeading title={t('democracy.newAssessmentTitle')} />
            <StartAssessment organisation={organisation} onMessage={onMessage} />
          </>
        )}
      </Paper>

      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('democracy.historyTitle')} />
        <AssessmentHistory assessments={overview.assessments} documents={docs} organisationId={organisation.id} />
      </Paper>
    </Stack>
  );
}

/** Starts an assessment in preparation; for those who may (officers and managers). */
function StartAssessment({ organisation, onMessage }: { organisation: OrganisationView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const canPrepare = useCan('democracy.prepare');
  const create = useCreateDraft(organisation.id);
  if (!canPrepare || organisation.status === 'archived') return <Text size="sm">{t('democracy.cannotPrepare')}</Text>;
  return (
    <Stack gap="sm">
      <Group gap="md">
        <Text size="sm">{t('democracy.newAssessmentText')}</Text>
        <Button loading={create.isPending} onClick={() => create.mutate({}, { onSuccess: () => onMessage(t('democracy.draftSaved')) })}>
          {t('democracy.startAssessment')}
        </Button>
      </Group>
      {create.error ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(create.error, t)}
        </Alert>
      ) : null}
    </Stack>
  );
}

type DraftSectionProps = {
  draft: DemocracyDraftView;
  overview: DemocracyOverviewView;
  documentOptions: { value: string; label: string }[];
  onMessage: (message: string) => void;
  onReload: () => void;
};

/** The hand-over as the current user sees it, and the form with what they may do. */
function DraftSection({ draft, overview, documentOptions, onMessage, onReload }: DraftSectionProps) {
  const { t } = useTranslation();
  const me = useCurrentSession().user.id;
  const canPrepare = useCan('democracy.prepare');
  const canSign = useCan('democracy.sign');
  const open = draft.status === 'draft' || draft.status === 'returned';
  const isSigner = draft.status === 'ready_for_signing' && draft.signer?.id === me;
  const can: DraftCapabilities = {
    edit: canPrepare && (open || isSigner),
    handOver: canPrepare && open,
    sign: canSign && (isSigner || (open && draft.createdBy.id === me)),
    returnIt: canSign && isSigner,
    discard: canPrepare && open,
  };
  // Reloading after a conflict starts the form again from the saved version.
  const [generation, setGeneration] = useState(0);
  const reload = () => {
    setGeneration((n) => n + 1);
    onReload();
  };

  let note: string | null = null;
  if (isSigner) note = t('democracy.waitingForYou');
  else if (draft.status === 'ready_for_signing') note = t('democracy.waitingForOther', { signer: draft.signer?.name ?? '' });
  else if (canSign && !can.sign && open) note = t('democracy.notYours', { name: draft.createdBy.name });

  return (
    <Stack gap="md">
      <DraftStatusText draft={draft} size="md" />
      {draft.status === 'returned' && draft.returnComment ? (
        <Alert variant="light" color="orange" icon={<AlertIcon />} title={t('democracy.returnCommentFrom', { name: draft.returnedBy?.name ?? '' })}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {draft.returnComment}
          </Text>
        </Alert>
      ) : null}
      {note ? (
        <Alert variant="light" color="brand" icon={<InfoIcon />}>
          {note}
        </Alert>
      ) : null}
      <AssessmentForm
        key={`${draft.id}-${generation}`}
        draft={draft}
        mayBecomeEligible={overview.mayBecomeEligible}
        documentOptions={documentOptions}
        can={can}
        onMessage={onMessage}
        onReload={reload}
      />
    </Stack>
  );
}

function StatusSummary({ overview }: { overview: DemocracyOverviewView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const latest = overview.assessments[0];
  const signed = latest ? { date: formatDateTime(latest.signedAt, locale), name: latest.signedBy.name } : { date: '', name: '' };

  let text: string;
  // The rules a verdict rests on, shown beside its sentence.
  let requirements: string[] = [];
  if (overview.status === 'eligible') {
    text = t('democracy.statusEligible', { ...signed, validUntil: formatCalendarDate(overview.validUntil ?? latest?.validUntil, locale) });
  } else if (overview.status === 'expired') {
    text = t('democracy.statusExpired', { validUntil: formatCalendarDate(latest?.validUntil, locale) });
  } else if (overview.status === 'not_eligible') {
    text = t('democracy.statusNotEligible', signed);
    requirements = ['DEM-1', 'DEM-2'];
  } else {
    text = t('democracy.statusNotAssessed');
  }

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Text fw={600}>{t('democracy.currentStatus')}:</Text>
        <DemocracyStatusBadge status={overview.status} size="lg" />
      </Group>
      <Text>
        <WithRequirements ids={requirements}>{text}</WithRequirements>
      </Text>
      {latest?.result === 'not_eligible' ? (
        overview.mayBecomeEligible ? (
          <Alert variant="light" color="green" icon={<CheckCircleIcon />} title={t('democracy.dem4ReadyTitle')}>
            <WithRequirements ids={['DEM-4']}>{t('democracy.dem4ReadyText')}</WithRequirements>
          </Alert>
        ) : (
          <Alert variant="light" color="orange" icon={<AlertIcon />} title={t('democracy.dem4RequiredTitle')}>
            <WithRequirements ids={['DEM-4']}>{t('democracy.dem4RequiredText')}</WithRequirements>
          </Alert>
        )
      ) : null}
      {overview.status === 'not_assessed' || overview.status === 'expired' ? (
        <Alert variant="light" color="brand" icon={<InfoIcon />}>
          <WithRequirements ids={['DEM-3']}>{t('democracy.dem3Reminder')}</WithRequirements>
        </Alert>
      ) : null}
    </Stack>
  );
}
