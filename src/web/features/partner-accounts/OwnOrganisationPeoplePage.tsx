import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PageMessage, usePageMessage } from '../../components/ui/usePageMessage';
import { usePartnerPeople } from './api';
import { PartnerPeopleSection } from './PartnerPeopleSection';

/** "Vår organisations användare": the contact of a partner organisation manages its own people (issue 15). */
export function OwnOrganisationPeoplePage() {
  const { t } = useTranslation();
  return useCan('partner-accounts.own') ? <OwnOrganisationPeople /> : <ForbiddenPage text={t('partnerAccounts.notContact')} />;
}

function OwnOrganisationPeople() {
  const { t } = useTranslation();
  const query = usePartnerPeople({ kind: 'contact' });
  const { setMessage, messageProps } = usePageMessage();
  const people = query.data;
  return (
    <>
      <PageHeading
        title={t('partnerAccounts.ownTitle')}
        description={people?.organisation ? t('partnerAccounts.ownIntro', { organisation: people.organisation.name }) : undefined}
      />
      <PageMessage {...messageProps} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {people && !people.manages ? (
        <Alert color="yellow" variant="light">
          {t('partnerAccounts.notContact')}
        </Alert>
      ) : null}
      {people?.manages ? <PartnerPeopleSection owner={{ kind: 'contact' }} people={people} canInvite onMessage={setMessage} /> : null}
    </>
  );
}
