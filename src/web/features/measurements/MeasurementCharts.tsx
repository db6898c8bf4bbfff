import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeasurementGridView, MeasuredIndicatorView } from '../../../shared/followup/measurement.schemas';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { categoryName, formatValue } from './measurement.format';
import { chartRows } from './measurement.model';

const GENDER_COLOURS = ['grape.6', 'teal.6', 'orange.6', 'cyan.6'];

/**
 * A chart per indicator of its values over the year's periods against the target, total and by
 * gender (AGR-6), each followed by the same numbers as a table for screen readers and readers of
 * numbers. Loaded only with the measurement page (the chart library is not in the first bundle).
 */
export function MeasurementCharts({ view }: { view: MeasurementGridView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="measurement-charts">
      <PanelHeading title={t('measurements.chartsTitle')} headingId="measurement-charts" requirements={['AGR-6']} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {view.indicators.map((indicator) => (
          <IndicatorChart key={indicator.id} view={view} indicator={indicator} />
        ))}
      </SimpleGrid>
    </section>
  );
}

function IndicatorChart({ view, indicator }: { view: MeasurementGridView; indicator: MeasuredIndicatorView }) {
  const { t } = useTranslation();
  const rows = chartRows(view, indicator.id);
  const genders = view.categories.filter((c) => c.dimension === 'gender');
  const series = [
    { name: 'total', label: t('measurements.total'), color: 'blue.7' },
    ...genders.map((g, i) => ({ name: g.code, label: categoryName(g), color: GENDER_COLOURS[i % GENDER_COLOURS.length] ?? 'gray.6' })),
    ...(indicator.target === null ? [] : [{ name: 'target', label: t('measurements.target'), color: 'red.7', strokeDasharray: '6 4' }]),
  ];
  const hasValues = rows.some((r) => series.some((s) => s.name !== 'target' && r[s.name] !== null));
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {indicator.name}
        </Title>
        {hasValues ? (
          <>
            <div role="img" aria-label={t('measurements.chartLabel', { indicator: indicator.name })}>
              <LineChart h={220} data={rows} dataKey="period" series={series} connectNulls withLegend valueFormatter={(v) => formatValue(v)} />
            </div>
            <Table.ScrollContainer minWidth={320}>
              <Table>
                <Table.Caption>{t('measurements.chartTable', { indicator: indicator.name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('measurements.period')}</Table.Th>
                    {series.map((s) => (
                      <Table.Th scope="col" key={s.name}>
                        {s.label}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((r) => (
                    <Table.Tr key={String(r.period)}>
                      <Table.Th scope="row">{r.period}</Table.Th>
                      {series.map((s) => (
                        <Table.Td key={s.name}>{r[s.name] === null ? '–' : formatValue(Number(r[s.name]))}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        ) : (
          <EmptyMessage>{t('measurements.noChartData')}</EmptyMessage>
        )}
      </Stack>
    </Paper>
  );
}
