import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DemocracyDraftView } from '../../../shared/organisations/democracy-draft.schemas';
import { useCan, useCurrentSession } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useDemocracyDrafts } from './democracy.api';
import { DraftStatusText } from './DraftStatusText';

/**
 * The register's work list of democracy assessments (DEM-3): for a manager, "Att signera" — what
 * was handed over to them — and for whoever prepares, their own assessments still in preparation.
 */
export function DemocracyWorkList() {
  const canPrepare = useCan('democracy.prepare');
  const canSign = useCan('democracy.sign');
  if (!canPrepare && !canSign) return null;
  return (
    <>
      {canSign ? <ToSign /> : null}
      {canPrepare ? <MyDrafts /> : null}
    </>
  );
}

function ToSign() {
  const { t } = useTranslation();
  const me = useCurrentSession().user.id;
  const drafts = useDemocracyDrafts({ status: 'ready_for_signing', signerId: me });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="to-sign-title">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="to-sign-title">
          {t('democracy.toSignTitle')}
        </Title>
        <Text size="sm">{t('democracy.toSignIntro')}</Text>
        {drafts.isPending ? <LoadingState /> : null}
        {drafts.isError ? <ErrorState error={drafts.error} onRetry={() => void drafts.refetch()} /> : null}
        {drafts.data && drafts.data.items.length === 0 ? <EmptyMessage>{t('democracy.toSignEmpty')}</EmptyMessage> : null}
        {drafts.data && drafts.data.items.length > 0 ? <ToSignTable drafts={drafts.data.items} /> : null}
      </Stack>
    </Paper>
  );
}

function ToSignTable({ drafts }: { drafts: DemocracyDraftView[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={640} type="native">
      <Table verticalSpacing="xs" aria-labelledby="to-sign-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('democracy.colOrganisation')}</Table.Th>
            <Table.Th scope="col">{t('democracy.colPreparedBy')}</Table.Th>
            <Table.Th scope="col">{t('democracy.colHandedOver')}</Table.Th>
            <Table.Th scope="col">{t('democracy.colAnswersGive')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {drafts.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row">
                <AnchorLink to="/organisationer/$id" params={{ id: d.organisation.id }} search={{ tab: 'democracy' }} fw={600} size="sm">
                  {d.organisation.name}
                </AnchorLink>
              </Table.Th>
              <Table.Td>{d.createdBy.name}</Table.Td>
              <Table.Td className="nowrap">{d.handedOverAt ? formatDateTime(d.handedOverAt, locale) : null}</Table.Td>
              <Table.Td>
                {d.result ? (
                  <Badge variant="light" color={d.result === 'eligible' ? 'green' : 'red'}>
                    {t(`democracy.result_${d.result}`)}
                  </Badge>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The user's own assessments in preparation — drafts, handed over or sent back; shown only when there are any. */
function MyDrafts() {
  const { t } = useTranslation();
  const me = useCurrentSession().user.id;
  const drafts = useDemocracyDrafts({ createdById: me });
  const items = drafts.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="my-drafts-title">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="my-drafts-title">
          {t('democracy.myDraftsTitle')}
        </Title>
        <Table verticalSpacing="xs" aria-labelledby="my-drafts-title">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('democracy.colOrganisation')}</Table.Th>
              <Table.Th scope="col">{t('democracy.colStatus')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Th scope="row">
                  <AnchorLink to="/organisationer/$id" params={{ id: d.organisation.id }} search={{ tab: 'democracy' }} fw={600} size="sm">
                    {d.organisation.name}
                  </AnchorLink>
                </Table.Th>
                <Table.Td>
                  <DraftStatusText draft={d} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
