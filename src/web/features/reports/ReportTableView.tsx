import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportListLink, ReportTable } from '../../../shared/reports/committee-report.schemas';
import type { UiLanguage } from '../../api/client';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import type { CooperationSearch } from '../cooperations/cooperation.search';
import { cooperationListSearch, formatReportCell, reportChartData, visibleReportRows } from './report.model';

/** Rows shown at first and added per click: a table of every indicator may hold tens of thousands (Excel holds all). */
const ROWS_STEP = 100;

const SERIES_COLOURS = ['blue.7', 'teal.7', 'orange.7', 'grape.7', 'red.7', 'cyan.7', 'lime.8', 'pink.7'];

/**
 * One table of the report: its chart when it has one, then the table itself (every chart is also
 * a table, WCAG 1.1.1), then its note. Figures with a list behind them link to that list.
 */
export function ReportTableView({ table, lang, headingId }: { table: ReportTable; lang: UiLanguage; headingId: string }) {
  const { t } = useTranslation();
  const chart = reportChartData(table);
  const numeric = table.columns.map((c) => c.kind !== 'text');
  const seriesKind = table.columns[table.chart?.seriesColumns[0] ?? 0]?.kind ?? 'number';
  const wholeNumbers = seriesKind !== 'percent' && seriesKind !== 'number';
  const format = (value: number) => formatReportCell(value, seriesKind, lang);
  const [limit, setLimit] = useState(ROWS_STEP);
  const { rows, hidden } = visibleReportRows(table.rows, limit);
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} fz="h4" id={headingId}>
        {table.title}
      </Title>
      {chart && table.chart ? (
        <div role="img" aria-label={t('reports.chartLabel', { title: table.title })}>
          {table.chart.kind === 'line' ? (
            <LineChart
              h={260}
              data={chart.data}
              dataKey={chart.dataKey}
              series={chart.series.map((s, i) => ({ ...s, color: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? 'gray.7' }))}
              withLegend
              yAxisProps={{ allowDecimals: !wholeNumbers }}
              valueFormatter={format}
            />
          ) : (
            <BarChart
              h={Math.max(220, chart.data.length * 36)}
              data={chart.data}
              dataKey={chart.dataKey}
              type={table.chart.kind === 'stacked-bar' ? 'stacked' : 'default'}
              orientation="vertical"
              yAxisProps={{ width: 220 }}
              // Counts have no halves: without this the axis says "0 1 2 2 3" (1.5 rounded).
              xAxisProps={{ allowDecimals: !wholeNumbers }}
              series={chart.series.map((s, i) => ({ ...s, color: SERIES_COLOURS[i % SERIES_COLOURS.length] ?? 'gray.7' }))}
              withLegend
              valueFormatter={format}
            />
          )}
        </div>
      ) : null}
      {table.rows.length === 0 ? (
        <EmptyMessage>{t('reports.emptyTable')}</EmptyMessage>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder highlightOnHover captionSide="top">
            <Table.Caption style={{ textAlign: 'start' }}>{t('reports.tableCaption', { title: table.title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {table.columns.map((column, i) => (
                  <Table.Th key={column.key} scope="col" ta={numeric[i] ? 'end' : 'start'}>
                    {column.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, r) => (
                <Table.Tr key={r} fw={row.total ? 700 : undefined}>
                  {row.cells.map((cell, c) => {
                    const column = table.columns[c];
                    const text = formatReportCell(cell, column?.kind ?? 'text', lang);
                    const link = row.links?.[c] ?? null;
                    const content = link ? (
                      <FigureLink link={link} text={text} row={String(row.cells[0] ?? '')} column={column?.label ?? ''} />
                    ) : (
                      text
                    );
                    return c === 0 ? (
                      <Table.Th key={c} scope="row" fw={row.total ? 700 : 500}>
                        {content}
                      </Table.Th>
                    ) : (
                      <Table.Td key={c} ta={numeric[c] ? 'end' : 'start'} style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {content}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {hidden > 0 ? (
        <Group gap="sm">
          <Text size="sm" aria-live="polite">
            {t('reports.rowsShown', { shown: rows.filter((r) => !r.total).length, total: rows.filter((r) => !r.total).length + hidden })}
          </Text>
          <Button variant="light" size="xs" onClick={() => setLimit((n) => n + 5 * ROWS_STEP)}>
            {t('reports.showMoreRows', { count: Math.min(hidden, 5 * ROWS_STEP) })}
          </Button>
        </Group>
      ) : null}
      {table.note ? (
        <Text size="sm" c="dimmed">
          {table.note}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A figure as a link to the cooperations behind it, named with its row and column for screen readers. */
function FigureLink({ link, text, row, column }: { link: ReportListLink; text: string; row: string; column: string }) {
  const { t } = useTranslation();
  return (
    <AnchorLink
      to="/samverkan"
      search={cooperationListSearch(link) as CooperationSearch}
      aria-label={t('reports.figureLink', { value: text, row, column })}
      fw="inherit"
    >
      {text}
    </AnchorLink>
  );
}
