import { Alert, Paper, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { usePartnerPeople } from './api';
import { PartnerPeopleSection } from './PartnerPeopleSection';

/** The "Partnerkonton" tab of an organisation's page, for the staff who register organisations (issue 15). */
export function OrganisationPartnerAccountsPanel({ organisation, onMessage }: { organisation: OrganisationView; onMessage: (message: string | null) => void }) {
  const { t } = useTranslation();
  const query = usePartnerPeople({ kind: 'staff', organisationId: organisation.id });
  const archived = organisation.status === 'archived';
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <PanelHeading title={t('partnerAccounts.title')} description={t('partnerAccounts.intro')} />
        {archived ? (
          <Alert color="gray" variant="light">
            {t('partnerAccounts.archived')}
          </Alert>
        ) : null}
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      </Paper>
      {query.data ? (
        <PartnerPeopleSection owner={{ kind: 'staff', organisationId: organisation.id }} people={query.data} canInvite={!archived} onMessage={onMessage} />
      ) : null}
    </Stack>
  );
}
