import { Badge, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AgreementDetailView } from '../../../shared/agreements/agreement.schemas';
import type { CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRecord } from '../../components/ui/WithRecord';
import { WithCooperation } from '../cooperations/WithCooperation';
import { useAgreement, useAgreementComparison, useAgreementVersion } from './api';
import { BackToAgreement } from './BackToAgreement';
import { comparedFieldLabel, comparedValueLines } from './compare.format';

const route = getRouteApi('/app/samverkan/$id/avtal/$agreementId/jamfor');

/** Two versions of an agreement side by side, every field and IOP-5 section, the changed rows marked (AGR-7). */
export function AgreementComparePage() {
  const { t } = useTranslation();
  const allowed = useCan('agreements.read');
  const { id, agreementId } = route.useParams();
  if (!allowed) return <ForbiddenPage text={t('agreements.forbidden')} />;
  return (
    <WithCooperation id={id}>
      {(cooperation) => (
        <WithRecord id={agreementId} useRecord={useAgreement} errorTitle={t('agreements.compareTitle')}>
          {(agreement) => (agreement.cooperationId === cooperation.id ? <Compare cooperation={cooperation} agreement={agreement} /> : <NotFoundPage />)}
        </WithRecord>
      )}
    </WithCooperation>
  );
}

function Compare({ cooperation, agreement }: { cooperation: CooperationView; agreement: AgreementDetailView }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const last = agreement.currentVersion;
  const to = search.to ?? last;
  const from = search.from ?? Math.max(1, to - 1);
  const options = agreement.versions.map((v) => ({ value: String(v.number), label: t('agreements.versionN', { n: v.number }) }));
  const choose = (next: { from?: number; to?: number }) => void navigate({ search: { from, to, ...next }, replace: true, resetScroll: false });
  return (
    <>
      <BackToAgreement cooperationId={cooperation.id} agreement={agreement} />
      <PageHeading title={t('agreements.compareTitle')} description={agreement.title} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <Group gap="md" align="flex-end">
            <Select label={t('agreements.compareFrom')} data={options} value={String(from)} allowDeselect={false} onChange={(v) => v && choose({ from: Number(v) })} w={180} />
            <Select label={t('agreements.compareTo')} data={options} value={String(to)} allowDeselect={false} onChange={(v) => v && choose({ to: Number(v) })} w={180} />
          </Group>
        </Paper>
        {agreement.versions.length < 2 ? <EmptyMessage>{t('agreements.compareOnlyOne')}</EmptyMessage> : <CompareTable agreementId={agreement.id} from={from} to={to} />}
      </Stack>
    </>
  );
}

function CompareTable({ agreementId, from, to }: { agreementId: string; from: number; to: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();
  const query = useAgreementComparison(agreementId, from, to);
  // The names of the parties of both versions, for rows that hold only organisation ids.
  const before = useAgreementVersion(agreementId, from);
  const after = useAgreementVersion(agreementId, to);
  if (query.isError) return isApiError(query.error, 404) ? <EmptyMessage>{t('agreements.compareNoVersion')}</EmptyMessage> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  const names = new Map<string, string>();
  for (const p of [...(before.data?.parties ?? []), ...(after.data?.parties ?? [])]) names.set(p.organisationId, p.name);
  const changed = query.data.rows.filter((r) => r.changed).length;
  const lines = (field: string, value: unknown) => {
    const shown = comparedValueLines(field, value, names, locale, t);
    return shown.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t('agreements.compareEmpty')}
      </Text>
    ) : (
      shown.map((line, i) => (
        <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {line}
        </Text>
      ))
    );
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t('agreements.compareTableLabel')}>
      <Text fw={600} mb="sm" role="status">
        {t('agreements.changedCount', { count: changed })}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" layout="fixed">
          <Table.Caption>{t('agreements.compareCaption', { from, to })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="20%">
                {t('agreements.colField')}
              </Table.Th>
              <Table.Th scope="col">{t('agreements.versionN', { n: from })}</Table.Th>
              <Table.Th scope="col">{t('agreements.versionN', { n: to })}</Table.Th>
              <Table.Th scope="col" w={120}>
                {t('agreements.colChange')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.rows.map((row) => (
              <Table.Tr key={row.field} bg={row.changed ? 'var(--mantine-color-yellow-light)' : undefined} data-changed={row.changed ? 'true' : undefined}>
                <Table.Th scope="row">{comparedFieldLabel(row.field, lang, t)}</Table.Th>
                <Table.Td style={{ verticalAlign: 'top' }}>{lines(row.field, row.before)}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{lines(row.field, row.after)}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  {row.changed ? (
                    <Badge color="yellow" variant="filled" c="dark.9">
                      {t('agreements.changed')}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('agreements.unchanged')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
