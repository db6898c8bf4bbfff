import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ORGANISATION_KINDS,
  ORGANISATION_SORTS,
  type OrganisationQuery,
} from '../../../shared/organisations/organisation.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { PageNavigation } from '../../components/ui/CursorPager';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { DownloadIcon, PlusIcon, UploadIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { organisationExportHref, useOrganisations, useReferenceData } from './api';
import { DemocracyWorkList } from './DemocracyWorkList';
import { OrganisationFilters } from './OrganisationFilters';
import type { OrganisationSearch } from './organisation.search';
import { OrganisationTable } from './OrganisationTable';

const PAGE_SIZE = 25;
const route = getRouteApi('/app/organisationer/');

const DEMOCRACY_STATUSES = ['not_assessed', 'eligible', 'not_eligible', 'expired'] as const;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The address's filters as the API takes them; unknown codes from a hand-edited link are dropped. */
function toQuery(search: OrganisationSearch): Omit<OrganisationQuery, 'limit' | 'cursor'> {
  return {
    q: search.q,
    kind: oneOf(ORGANISATION_KINDS, search.kind),
    legalForm: search.legalForm,
    status: oneOf(['active', 'archived', 'all'] as const, search.status) ?? 'active',
    area: search.area,
    district: search.district,
    democracyStatus: oneOf(DEMOCRACY_STATUSES, search.democracyStatus),
    sort: oneOf(ORGANISATION_SORTS, search.sort),
  };
}

/** The organisation register (ORG-1): search, filters, export, and the way to register or import. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const allowed = useCan('organisations.read');
  return allowed ? <OrganisationRegister /> : <ForbiddenPage text={t('organisations.forbidden')} />;
}

function OrganisationRegister() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canWrite = useCan('organisations.write');
  const canImport = useCan('organisations.import');
  const referenceData = useReferenceData().data;
  const locale = currentLocale();
  // A new search starts from its first page.
  const pages = useCursorPages(JSON.stringify(search));

  const filters = toQuery(search);
  const query = useOrganisations({ ...filters, limit: PAGE_SIZE, cursor: pages.cursor });
  const data = query.data;
  const onChange = useCallback((next: OrganisationSearch) => void navigate({ search: next, replace: true }), [navigate]);

  return (
    <>
      <PageHeading
        title={t('areas.organisations')}
        description={<WithRequirements ids={['ORG-1']}>{t('organisations.intro')}</WithRequirements>}
        actions={
          <>
            {canImport ? (
              <ButtonLink to="/organisationer/import" variant="default" leftSection={<UploadIcon size={18} />}>
                {t('organisations.import')}
              </ButtonLink>
            ) : null}
            {canWrite ? (
              <ButtonLink to="/organisationer/ny" leftSection={<PlusIcon size={18} />}>
                {t('organisations.newOrganisation')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <Stack gap="md">
        <DemocracyWorkList />
        <Paper withBorder radius="md" p="md">
          <OrganisationFilters value={search} referenceData={referenceData} onChange={onChange} />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" align="center" mb="sm" wrap="wrap" gap="sm">
            <Text fw={600} aria-live="polite" role="status">
              {data ? t('organisations.count', { count: data.total, formatted: data.total.toLocaleString(locale) }) : '\u00a0'}
            </Text>
            <Group gap="xs" role="group" aria-label={t('organisations.exportLabel')}>
              <Button
                component="a"
                href={organisationExportHref({ ...filters, format: 'xlsx', lang: currentLanguage() })}
                download
                variant="default"
                size="sm"
                leftSection={<DownloadIcon size={16} />}
              >
                {t('organisations.exportExcel')}
              </Button>
              <Button
                component="a"
                href={organisationExportHref({ ...filters, format: 'csv', lang: currentLanguage() })}
                download
                variant="default"
                size="sm"
                leftSection={<DownloadIcon size={16} />}
              >
                {t('organisations.exportCsv')}
              </Button>
            </Group>
          </Group>
          {query.isPending ? <LoadingState /> : null}
          {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
          {data && data.items.length === 0 ? (
            <EmptyMessage
              action={
                Object.keys(search).length > 0 ? (
                  <Button variant="default" onClick={() => onChange({})}>
                    {t('common.clearFilters')}
                  </Button>
                ) : undefined
              }
            >
              {Object.keys(search).length > 0 ? t('organisations.emptyFiltered') : t('organisations.empty')}
            </EmptyMessage>
          ) : null}
          {data && data.items.length > 0 ? <OrganisationTable organisations={data.items} referenceData={referenceData} /> : null}
          {data ? (
            <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} />
          ) : null}
        </Paper>
      </Stack>
    </>
  );
}
