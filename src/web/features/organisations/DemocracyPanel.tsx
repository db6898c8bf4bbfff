import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemocracyOverviewView } from '../../../shared/organisations/democracy.schemas';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate, formatDateTime } from '../../components/ui/date.format';
import { AlertIcon, CheckCircleIcon, InfoIcon } from '../../components/ui/icons';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useDemocracy, useDocuments } from './api';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentHistory } from './AssessmentHistory';
import { DemocracyStatusBadge } from './DemocracyStatusBadge';
import { PanelHeading } from './PanelHeading';
import { RemediationForm, RemediationList } from './RemediationSection';

type DemocracyPanelProps = { organisation: OrganisationView; onMessage: (message: string) => void };

/** Democracy conditions (DEM-1–4): status and validity, remediation, the manager's assessment and the signed history. */
export function DemocracyPanel({ organisation, onMessage }: DemocracyPanelProps) {
  const { t } = useTranslation();
  const democracy = useDemocracy(organisation.id);
  const documents = useDocuments(organisation.id);
  const canSign = useCan('democracy.sign');
  const canRemediate = useCan('democracy.remediate');
  const [assessing, setAssessing] = useState(false);

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
          <PanelHeading title={t('democracy.remediationsTitle')} description={t('democracy.remediationsIntro')} />
          <Stack gap="md">
            <RemediationList remediations={overview.remediations} documents={docs} organisationId={organisation.id} />
            {needsRemediation && canRemediate ? (
              <RemediationForm organisationId={organisation.id} documentOptions={documentOptions} onRecorded={onMessage} />
            ) : null}
          </Stack>
        </Paper>
      ) : null}

      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('democracy.newAssessmentTitle')} />
        {canSign ? (
          assessing ? (
            <AssessmentForm
              organisationId={organisation.id}
              overview={overview}
              documentOptions={documentOptions}
              onCancel={() => setAssessing(false)}
              onSigned={(message) => {
                setAssessing(false);
                onMessage(message);
              }}
            />
          ) : (
            <Group gap="md">
              <Text size="sm">{t('democracy.newAssessmentText')}</Text>
              <Button onClick={() => setAssessing(true)}>{t('democracy.startAssessment')}</Button>
            </Group>
          )
        ) : (
          <Text size="sm">{t('democracy.onlyManagerSigns')}</Text>
        )}
      </Paper>

      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('democracy.historyTitle')} />
        <AssessmentHistory assessments={overview.assessments} documents={docs} organisationId={organisation.id} />
      </Paper>
    </Stack>
  );
}

function StatusSummary({ overview }: { overview: DemocracyOverviewView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const latest = overview.assessments[0];
  const signed = latest ? { date: formatDateTime(latest.signedAt, locale), name: latest.signedBy.name } : { date: '', name: '' };

  let text: string;
  if (overview.status === 'eligible') {
    text = t('democracy.statusEligible', { ...signed, validUntil: formatCalendarDate(overview.validUntil ?? latest?.validUntil, locale) });
  } else if (overview.status === 'expired') {
    text = t('democracy.statusExpired', { validUntil: formatCalendarDate(latest?.validUntil, locale) });
  } else if (overview.status === 'not_eligible') {
    text = t('democracy.statusNotEligible', signed);
  } else {
    text = t('democracy.statusNotAssessed');
  }

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Text fw={600}>{t('democracy.currentStatus')}:</Text>
        <DemocracyStatusBadge status={overview.status} size="lg" />
      </Group>
      <Text>{text}</Text>
      {latest?.result === 'not_eligible' ? (
        overview.mayBecomeEligible ? (
          <Alert variant="light" color="green" icon={<CheckCircleIcon />} title={t('democracy.dem4ReadyTitle')}>
            {t('democracy.dem4ReadyText')}
          </Alert>
        ) : (
          <Alert variant="light" color="orange" icon={<AlertIcon />} title={t('democracy.dem4RequiredTitle')}>
            {t('democracy.dem4RequiredText')}
          </Alert>
        )
      ) : null}
      {overview.status === 'not_assessed' || overview.status === 'expired' ? (
        <Alert variant="light" color="brand" icon={<InfoIcon />}>
          {t('democracy.dem3Reminder')}
        </Alert>
      ) : null}
    </Stack>
  );
}
