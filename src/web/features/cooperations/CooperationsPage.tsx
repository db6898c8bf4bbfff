import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { PageNavigation } from '../../components/ui/CursorPager';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { DownloadIcon, PlusIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { useReferenceData } from '../organisations/api';
import { cooperationExportHref, useCooperations } from './api';
import { hasFilters, toCooperationQuery } from './cooperation.format';
import type { CooperationSearch } from './cooperation.search';
import { CooperationFilters } from './CooperationFilters';
import { CooperationTable } from './CooperationTable';
import { PeriodFilterChip } from './PeriodFilterChip';
import { SavedFilters } from './SavedFilters';

const PAGE_SIZE = 25;
const route = getRouteApi('/app/samverkan/');

/** The central overview of every cooperation (OVR-1): search, filters, saved filters and export. */
export function CooperationsPage() {
  const { t } = useTranslation();
  const allowed = useCan('cooperations.read');
  return allowed ? <CooperationOverview /> : <ForbiddenPage text={t('cooperations.forbidden')} />;
}

function CooperationOverview() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canWrite = useCan('cooperations.write');
  const referenceData = useReferenceData().data;
  const locale = currentLocale();
  const [message, setMessage] = useState<string | null>(null);
  // A new search starts from its first page.
  const pages = useCursorPages(JSON.stringify(search));

  const query = toCooperationQuery(search);
  const list = useCooperations({ ...query, limit: PAGE_SIZE, cursor: pages.cursor });
  const data = list.data;
  const onChange = useCallback((next: CooperationSearch) => void navigate({ search: next, replace: true }), [navigate]);
  const { sort: _sort, ...filters } = query;
  const filtered = hasFilters(search);

  return (
    <>
      <PageHeading
        title={t('cooperations.title')}
        description={<WithRequirements ids={['OVR-1']}>{t('cooperations.intro')}</WithRequirements>}
        actions={
          canWrite ? (
            <ButtonLink to="/samverkan/ny" leftSection={<PlusIcon size={18} />}>
              {t('cooperations.newCooperation')}
            </ButtonLink>
          ) : undefined
        }
      />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <CooperationFilters value={search} referenceData={referenceData} onChange={onChange} />
          <PeriodFilterChip value={search} onChange={onChange} />
          <SavedFilters value={search} onApply={onChange} onMessage={setMessage} />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" align="center" mb="sm" wrap="wrap" gap="sm">
            <Text fw={600} aria-live="polite" role="status">
              {data
                ? t(data.totalIsCapped ? 'cooperations.countCapped' : 'cooperations.count', {
                    count: data.total,
                    formatted: data.total.toLocaleString(locale),
                  })
                : '\u00a0'}
            </Text>
            <Group gap="xs" role="group" aria-label={t('cooperations.exportLabel')}>
              <Button
                component="a"
                href={cooperationExportHref({ ...filters, format: 'xlsx', lang: currentLanguage() })}
                download
                variant="default"
                size="sm"
                leftSection={<DownloadIcon size={16} />}
              >
                {t('cooperations.exportExcel')}
              </Button>
              <Button
                component="a"
                href={cooperationExportHref({ ...filters, format: 'csv', lang: currentLanguage() })}
                download
                variant="default"
                size="sm"
                leftSection={<DownloadIcon size={16} />}
              >
                {t('cooperations.exportCsv')}
              </Button>
            </Group>
          </Group>
          {list.isPending ? <LoadingState /> : null}
          {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
          {data && data.items.length === 0 ? (
            <EmptyMessage
              action={
                filtered ? (
                  <Button variant="default" onClick={() => onChange(search.sort ? { sort: search.sort } : {})}>
                    {t('common.clearFilters')}
                  </Button>
                ) : undefined
              }
            >
              {filtered ? t('cooperations.emptyFiltered') : t('cooperations.empty')}
            </EmptyMessage>
          ) : null}
          {data && data.items.length > 0 ? <CooperationTable cooperations={data.items} /> : null}
          {data ? <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} /> : null}
        </Paper>
      </Stack>
    </>
  );
}
