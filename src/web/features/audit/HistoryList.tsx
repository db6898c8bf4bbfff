import { Badge, Table, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryView } from '../../../shared/audit/audit.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { PageNavigation } from '../../components/ui/CursorPager';
import { formatDateTime } from '../../components/ui/date.format';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import type { useCursorPages } from '../../components/ui/useCursorPages';
import type { ChangeLine } from './audit.format';
import { actorLabel } from './audit.format';

type AuditPage = { items: AuditEntryView[]; total: number; nextCursor: string | null; totalIsCapped?: boolean };

type AuditEntriesTableProps = {
  /** One page of the log, as the API returns it. */
  query: UseQueryResult<AuditPage>;
  pages: ReturnType<typeof useCursorPages>;
  pageSize: number;
  /** The accessible name of the table. */
  label: string;
  emptyText: string;
  minWidth: number;
  /** The column headings, in order. */
  columns: string[];
  row: (entry: AuditEntryView) => ReactNode;
};

/** A page of audit-log entries: loading, error and empty states, the table and the pager. */
export function AuditEntriesTable({ query, pages, pageSize, label, emptyText, minWidth, columns, row }: AuditEntriesTableProps) {
  const data = query.data;
  return (
    <>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? <EmptyMessage>{emptyText}</EmptyMessage> : null}
      {data && data.items.length > 0 ? (
        <Table.ScrollContainer minWidth={minWidth} type="native">
          <Table verticalSpacing="sm" aria-label={label} style={{ verticalAlign: 'top' }}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column} scope="col">
                    {column}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{data.items.map(row)}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {data ? <PageNavigation page={data} pages={pages} pageSize={pageSize} /> : null}
    </>
  );
}

/** The "fält: före → efter" lines of one entry, or "no changes". */
export function ChangeLinesCell({ lines, preWrap = false }: { lines: ChangeLine[]; preWrap?: boolean }) {
  const { t } = useTranslation();
  return (
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
              <Text size="sm" span style={preWrap ? { whiteSpace: 'pre-wrap' } : undefined}>
                {line.text}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Table.Td>
  );
}

type HistoryListProps = Omit<AuditEntriesTableProps, 'columns' | 'row'> & {
  /** The readable changes of one entry. */
  changeLines: (entry: AuditEntryView) => ChangeLine[];
  actionLabel: (action: string) => string;
  actionColor: (action: string) => string;
  badgeStyle?: CSSProperties;
};

/** The history of one record (newest first): time, action, actor and the changes of each entry. */
export function HistoryList({ changeLines, actionLabel, actionColor, badgeStyle, ...table }: HistoryListProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const columns = [t('audit.colTime'), t('audit.colAction'), t('audit.colActor'), t('audit.colChanges')];
  return (
    <AuditEntriesTable
      {...table}
      columns={columns}
      row={(entry) => (
        <Table.Tr key={entry.id}>
          <Table.Td className="nowrap">
            <Text size="sm">{formatDateTime(entry.occurredAt, locale)}</Text>
          </Table.Td>
          <Table.Td>
            <Badge variant="light" color={actionColor(entry.action)} title={entry.action} style={badgeStyle}>
              {actionLabel(entry.action)}
            </Badge>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{actorLabel(i18n, entry)}</Text>
          </Table.Td>
          <ChangeLinesCell lines={changeLines(entry)} preWrap />
        </Table.Tr>
      )}
    />
  );
}
