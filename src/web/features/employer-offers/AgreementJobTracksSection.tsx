import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from '../organisations/PanelHeading';
import { useJobTrackOptions, useJobTracks } from './api';
import { JobTrackTable } from './JobTrackTable';

/**
 * "Jobbspår" under the agreement with Arbetsförmedlingen (EMP-4): the job tracks run jointly under
 * the agreement, on its cooperation page, or under one of its working groups on the group's page.
 */
export function AgreementJobTracksSection({ agreementId, workingGroupId }: { agreementId?: string; workingGroupId?: string }) {
  const { t } = useTranslation();
  const canRead = useCan('employers.read');
  const filters = agreementId ? { agreementId } : { workingGroupId };
  const query = useJobTracks(filters, canRead);
  // Only an agreement with Arbetsförmedlingen has job tracks run jointly under it.
  const agreements = useJobTrackOptions(canRead && agreementId !== undefined).data?.agreements;
  if (!canRead) return null;
  if (agreementId && !agreements?.some((a) => a.id === agreementId)) return null;
  // A working group without tracks says nothing; the agreement says it has none.
  if (workingGroupId && query.data && query.data.items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" mt="lg" component="section" aria-labelledby="agreement-tracks-heading">
      <PanelHeading title={t('employerOffers.tracksTitle')} headingId="agreement-tracks-heading" requirements={['EMP-4']} />
      <Text size="sm" mb="sm">
        {agreementId ? t('employerOffers.agreementTracksIntro') : t('employerOffers.workingGroupTracksIntro')}
      </Text>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? <EmptyMessage>{t('employerOffers.noAgreementTracks')}</EmptyMessage> : null}
      {query.data && query.data.items.length > 0 ? <JobTrackTable items={query.data.items} label={t('employerOffers.tracksTitle')} /> : null}
      <Group mt="sm">
        <ButtonLink to="/jobbspar" variant="default" size="sm">
          {t('employerOffers.allTracks')}
        </ButtonLink>
      </Group>
    </Paper>
  );
}
