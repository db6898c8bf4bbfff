import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useCursorPages } from '../../components/ui/useCursorPages';
import { isUuid } from '../../components/ui/uuid';
import { useAuditLog } from './api';
import { AuditFilters } from './AuditFilters';
import { AuditHeadPanel } from './AuditHeadPanel';
import { AuditEntriesTable, ChangeLinesCell } from './HistoryList';
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

  return (
    <>
      <PageHeading title={t('audit.title')} description={t('audit.intro')} />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          {/* Remount when the address changes so the form shows the filters in force. */}
          <AuditFilters key={searchKey} value={search} onApply={(filters) => void navigate({ search: filters })} />
        </Paper>
        <Paper withBorder radius="md" p="md">
          <AuditEntriesTable
            query={query}
            pages={pages}
            pageSize={PAGE_SIZE}
            label={t('audit.listLabel')}
            emptyText={t('audit.empty')}
            minWidth={960}
            columns={[t('audit.colTime'), t('audit.colAction'), t('audit.colActor'), t('audit.colEntity'), t('audit.colChanges')]}
            row={(entry) => <AuditRow key={entry.id} entry={entry} locale={locale} />}
          />
        </Paper>
        <AuditHeadPanel />
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
            {isUuid(entry.entityId) ? entry.entityId.slice(0, 8) : entry.entityId}
          </AnchorLink>
        ) : null}
      </Table.Td>
      <ChangeLinesCell lines={lines} />
    </Table.Tr>
  );
}
