import { Paper, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CooperationForm, CooperationStatus } from '../../../shared/cooperations/forms';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { CooperationStatusBadge } from '../cooperations/CooperationStatusBadge';
import { usePortalCooperations } from './api';

/** "Våra samverkan" (issue 15): the cooperations the partner's organisation is a party of. */
export function PortalCooperationsPage() {
  const { t } = useTranslation();
  return useCan('portal.read') ? <PortalCooperations /> : <ForbiddenPage text={t('portal.notLinked')} />;
}

function PortalCooperations() {
  const { t } = useTranslation();
  const query = usePortalCooperations();
  return (
    <>
      <PageHeading title={t('portal.cooperationsTitle')} description={t('portal.cooperationsIntro')} />
      <Paper withBorder radius="md" p="md">
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.data && query.data.items.length === 0 ? <EmptyMessage>{t('portal.cooperationsEmpty')}</EmptyMessage> : null}
        {query.data && query.data.items.length > 0 ? (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm">
              <Table.Caption>{t('portal.cooperationsTitle')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('portal.colCooperation')}</Table.Th>
                  <Table.Th scope="col">{t('portal.colForm')}</Table.Th>
                  <Table.Th scope="col">{t('portal.colStatus')}</Table.Th>
                  <Table.Th scope="col">{t('portal.colAgreements')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Th scope="row" fw={500}>
                      <AnchorLink to="/portal/samverkan/$id" params={{ id: c.id }}>{`${c.caseNumber} ${c.title}`}</AnchorLink>
                    </Table.Th>
                    <Table.Td>{t(`cooperations.form_${c.form as CooperationForm}`)}</Table.Td>
                    <Table.Td>
                      <CooperationStatusBadge status={c.status as CooperationStatus} size="sm" />
                    </Table.Td>
                    <Table.Td>{c.agreementCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Paper>
    </>
  );
}
