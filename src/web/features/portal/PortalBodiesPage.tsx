import { Badge, Paper, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { usePortalBodies } from './api';

/** "Styrgrupper" (issue 15, IOP-6): bodies where the organisation is a party or the partner sits. */
export function PortalBodiesPage() {
  const { t } = useTranslation();
  return useCan('portal.read') ? <PortalBodies /> : <ForbiddenPage text={t('portal.notLinked')} />;
}

function PortalBodies() {
  const { t } = useTranslation();
  const query = usePortalBodies();
  return (
    <>
      <PageHeading title={t('portal.bodiesTitle')} description={<WithRequirements ids={['IOP-6']}>{t('portal.bodiesIntro')}</WithRequirements>} />
      <Paper withBorder radius="md" p="md">
        {query.isPending ? <LoadingState /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.data && query.data.items.length === 0 ? <EmptyMessage>{t('portal.bodiesEmpty')}</EmptyMessage> : null}
        {query.data && query.data.items.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Caption>{t('portal.bodiesTitle')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('portal.colBody')}</Table.Th>
                  <Table.Th scope="col">{t('portal.colRelation')}</Table.Th>
                  <Table.Th scope="col">{t('portal.colWaiting')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Th scope="row" fw={500}>
                      <AnchorLink to="/portal/styrgrupper/$id" params={{ id: b.id }}>
                        {b.name}
                      </AnchorLink>
                    </Table.Th>
                    <Table.Td>{t(b.isParty && b.isMember ? 'portal.relationBoth' : b.isParty ? 'portal.relationParty' : 'portal.relationMember')}</Table.Td>
                    <Table.Td>{b.decisionsAwaiting > 0 ? <Badge color="orange">{b.decisionsAwaiting}</Badge> : '0'}</Table.Td>
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
