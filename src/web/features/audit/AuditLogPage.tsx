import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { PageNavigation } from '../../components/ui/CursorPager';
import { formatDateTime } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { useAuditLog } from './api';
import { AuditFilters } from './AuditFilters';
import { actionLabel, actorLabel, changeLines, endOfDayIso, entityTypeLabel, startOfDayIso } from './audit.format';

const PAGE_SIZE = 50;
const route = getRouteApi('/app/admin/audit-log');

// Failed and blocked logins are what an administrator scans the log for; make them stand out.
function actionColor(action: string): string {
  if (action === 'auth.login.failed' || action === 'auth.login.blocked') return 'red';
  if (action.endsWith('.revoked') || action.endsWith('.disabled')) return 'orange';
  if (action.startsWith('auth.')) return 'gray';
  return 'brand';
}

/** The audit log: filterable, paginated, with each change readable as "fält: före → efter". */
export function AuditLogPage() {
  const allowed = useCan('audit.read');
  return allowed ? <AuditLog /> : <ForbiddenPage />;
}

function AuditLog() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const pages = useCursorPages();
  const { reset } = pages;
  const locale = currentLocale();

  const searchKey = JSON.stringify(search);
  useEffect(() => reset(), [searchKey, reset]);

  const query = useAuditLog({
    entityType: search.entityType,
    entityId: search.entityId,
    actorId: search.actorId,
    action: search.action,
    from: search.from ? startOfDayIso(search.from) : undefined,
    to: search.to ? endOfDayIso(search.to) : undefined,
    limit: PAGE_SIZE,
    cursor: pages.cursor,
  });
  const data = query.data;

  return (
    <>
      <PageHeading title={t('audit.title')} description={t('audit.intro')} />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          {/* Remount when the address changes so the form shows the filters in force. */}
          <AuditFilters key={searchKey} value={search} onApply={(filters) => void navigate({ search: filters })} />
        </Paper>
        <Paper withBorder radius="md" p="md">
          {query.isPending ? <LoadingState /> : null}
          {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
          {data && data.items.length === 0 ? <EmptyMessage>{t('audit.empty')}</EmptyMessage> : null}
          {data && data.items.length > 0 ? (
            <Table.ScrollContainer minWidth={960} type="native">
              <Table verticalSpacing="sm" aria-label={t('audit.listLabel')} style={{ verticalAlign: 'top' }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('audit.colTime')}</Table.Th>
                    <Table.Th scope="col">{t('audit.colAction')}</Table.Th>
                    <Table.Th scope="col">{t('audit.colActor')}</Table.Th>
                    <Table.Th scope="col">{t('audit.colEntity')}</Table.Th>
                    <Table.Th scope="col">{t('audit.colChanges')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((entry) => (
                    <AuditRow key={entry.id} entry={entry} locale={locale} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
          {data ? (
            <PageNavigation page={data} pages={pages} pageSize={PAGE_SIZE} />
          ) : null}
        </Paper>
      </Stack>
    </>
  );
}

function AuditRow({ entry, locale }: { entry: AuditEntryView; locale: string }) {
  const { t, i18n } = useTranslation();
  const lines = changeLines(i18n, locale, entry);
  const actor = actorLabel(i18n, entry);
  return (
    <Table.Tr>
      <Table.Td className="nowrap">
        <Text size="sm">{formatDateTime(entry.occurredAt, locale)}</Text>
        {entry.ip ? (
          <Text size="xs" c="dimmed">
            {t('audit.ip', { ip: entry.ip })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={actionColor(entry.action)} title={entry.action}>
          {actionLabel(i18n, entry.action)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {entry.actorId ? (
          <AnchorLink
            to="/admin/audit-log"
            search={{ actorId: entry.actorId }}
            size="sm"
            title={t('audit.filterByActor', { name: actor })}
          >
            {actor}
          </AnchorLink>
        ) : (
          <Text size="sm">{actor}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{entityTypeLabel(i18n, entry.entityType)}</Text>
        {entry.entityId ? (
          <AnchorLink
            to="/admin/audit-log"
            search={{ entityType: entry.entityType, entityId: entry.entityId }}
            size="xs"
            ff="monospace"
            title={t('audit.filterByEntity')}
          >
            {entry.entityId.slice(0, 8)}
          </AnchorLink>
        ) : null}
      </Table.Td>
      <Table.Td>
        {lines.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('audit.noChanges')}
          </Text>
        ) : (
          <ul className="changes-list">
            {lines.map((line) => (
              <li key={line.field}>
                <Text size="sm" span fw={600}>
                  {line.label}:
                </Text>{' '}
                <Text size="sm" span>
                  {line.text}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
