import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { PageNavigation } from '../../components/ui/CursorPager';
import { NoValue } from '../../components/ui/NoValue';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink, ButtonLink } from '../../components/ui/RouterLinks';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { PanelHeading } from '../organisations/PanelHeading';
import { useCooperations } from './api';
import { termText } from './cooperation.format';
import { CooperationStatusBadge } from './CooperationStatusBadge';

const PAGE_SIZE = 20;

/** The organisation page's cooperations tab: every cooperation the organisation is a party of (OVR-1). */
export function OrganisationCooperationsPanel({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const { t } = useTranslation();
  const canRead = useCan('cooperations.read');
  const locale = currentLocale();
  const pages = useCursorPages();
  const query = useCooperations({ organisationId, sort: 'caseNumber', limit: PAGE_SIZE, cursor: pages.cursor }, canRead);
  const data = query.data;
  const label = t('cooperations.organisationCooperations', { name: organisationName });

  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading
        title={t('organisations.tab_cooperations')}
        description={t('cooperations.organisationCooperationsIntro')}
        actions={
          canRead ? (
            <ButtonLink to="/samverkan" search={{ organisationId }} variant="default" size="sm">
              {t('cooperations.showInOverview')}
            </ButtonLink>
          ) : undefined
        }
      />
      {!canRead ? <EmptyMessage>{t('cooperations.forbidden')}</EmptyMessage> : null}
      {canRead && query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? <EmptyMessage>{t('cooperations.organisationNone')}</EmptyMessage> : null}
      {data && data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={720} type="native">
          <Table verticalSpacing="sm" aria-label={label} style={{ verticalAlign: 'top' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cooperations.colCaseNumber')}</Table.Th>
                <Table.Th scope="col">{t('cooperations.colTitle')}</Table.Th>
                <Table.Th scope="col">{t('cooperations.colForm')}</Table.Th>
                <Table.Th scope="col">{t('cooperations.colStatus')}</Table.Th>
                <Table.Th scope="col">{t('cooperations.colTerm')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={400} className="nowrap">
                    <AnchorLink to="/samverkan/$id" params={{ id: c.id }} fw={600} size="sm" ff="monospace">
                      {c.caseNumber}
                    </AnchorLink>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{c.title}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`cooperations.form_${c.form}`)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <CooperationStatusBadge status={c.status} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{termText(c.startDate, c.endDate, locale, t) || <NoValue />}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {data ? <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} /> : null}
    </Paper>
  );
}
