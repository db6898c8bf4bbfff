import { Button, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { INITIATIVE_STATUSES } from '../../../shared/cooperations/forms';
import { INITIATIVE_ORIGINS } from '../../../shared/initiatives/initiative.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { PageNavigation } from '../../components/ui/CursorPager';
import { PlusIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { useReferenceData } from '../organisations/api';
import { useInitiatives } from './api';
import { InitiativeFilters } from './InitiativeFilters';
import type { InitiativeSearch } from './initiative.search';
import { InitiativeTable } from './InitiativeTable';

const PAGE_SIZE = 25;
const route = getRouteApi('/app/initiativ/');

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The list of initiatives (INI-1), newest first, with search and filters kept in the address. */
export function InitiativesPage() {
  const { t } = useTranslation();
  const allowed = useCan('initiatives.read');
  return allowed ? <InitiativeList /> : <ForbiddenPage text={t('initiatives.forbidden')} />;
}

function InitiativeList() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canWrite = useCan('initiatives.write');
  const referenceData = useReferenceData().data;
  const locale = currentLocale();
  const pages = useCursorPages(JSON.stringify(search));
  const query = useInitiatives({
    q: search.q,
    status: oneOf(INITIATIVE_STATUSES, search.status),
    origin: oneOf(INITIATIVE_ORIGINS, search.origin),
    area: search.area,
    targetGroup: search.targetGroup,
    limit: PAGE_SIZE,
    cursor: pages.cursor,
  });
  const data = query.data;
  const onChange = useCallback((next: InitiativeSearch) => void navigate({ search: next, replace: true }), [navigate]);
  const filtered = Object.keys(search).length > 0;

  return (
    <>
      <PageHeading
        title={t('areas.initiatives')}
        description={t('initiatives.intro')}
        actions={
          canWrite ? (
            <ButtonLink to="/initiativ/nytt" leftSection={<PlusIcon size={18} />}>
              {t('initiatives.newInitiative')}
            </ButtonLink>
          ) : undefined
        }
      />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <InitiativeFilters value={search} referenceData={referenceData} onChange={onChange} />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <Text fw={600} mb="sm" aria-live="polite" role="status">
            {data ? t('initiatives.count', { count: data.total, formatted: data.total.toLocaleString(locale) }) : '\u00a0'}
          </Text>
          {query.isPending ? <LoadingState /> : null}
          {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
          {data && data.items.length === 0 ? (
            <EmptyMessage
              action={
                filtered ? (
                  <Button variant="default" onClick={() => onChange({})}>
                    {t('common.clearFilters')}
                  </Button>
                ) : undefined
              }
            >
              {filtered ? t('initiatives.emptyFiltered') : t('initiatives.empty')}
            </EmptyMessage>
          ) : null}
          {data && data.items.length > 0 ? <InitiativeTable initiatives={data.items} /> : null}
          {data ? <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} /> : null}
        </Paper>
      </Stack>
    </>
  );
}
