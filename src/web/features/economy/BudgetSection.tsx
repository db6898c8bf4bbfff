import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyView } from '../../../shared/followup/economy.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { PanelHeading } from '../organisations/PanelHeading';
import { chartRows, defaultYear, formatKronor } from './economy.format';

/** Budget against outcome per party for a chosen year: a bar chart and the same figures as a table (IOP-9). */
export function BudgetSection({ economy }: { economy: EconomyView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [chosen, setChosen] = useState<number | null>(null);
  const year = chosen ?? defaultYear(economy.years, new Date().getFullYear());
  const figures = economy.years.find((y) => y.year === year);
  const sek = (value: number) => formatKronor(value, locale);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="economy-budget-heading" mb="lg">
      <PanelHeading
        headingId="economy-budget-heading"
        title={t('economy.budgetTitle')}
        description={t('economy.budgetIntro')}
        requirements={['IOP-9']}
        actions={
          economy.years.length > 0 ? (
            <Select
              label={t('economy.yearLabel')}
              w={120}
              allowDeselect={false}
              data={economy.years.map((y) => String(y.year))}
              value={year === null ? null : String(year)}
              onChange={(value) => setChosen(value ? Number(value) : null)}
            />
          ) : null
        }
      />
      {!figures ? (
        <Text c="dimmed">{t('economy.noBudget')}</Text>
      ) : (
        <>
          <figure style={{ margin: 0 }}>
            <Text component="figcaption" size="sm" c="dimmed" mb="xs">
              {t('economy.chartLabel', { year: figures.year })}
            </Text>
            <BarChart
              h={280}
              data={chartRows(figures)}
              dataKey="party"
              series={[
                { name: 'budget', label: t('economy.seriesBudget'), color: 'blue.7' },
                { name: 'outcome', label: t('economy.seriesOutcome'), color: 'teal.7' },
              ]}
              withLegend
              valueFormatter={sek}
              mb="md"
            />
          </figure>
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" striped>
              <Table.Caption>{t('economy.tableCaption', { year: figures.year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('economy.colParty')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('economy.colBudgetMoney')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('economy.colBudgetInKind')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('economy.colBudget')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('economy.colOutcome')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('economy.colDifference')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {figures.parties.map((p) => (
                  <Table.Tr key={p.organisationId}>
                    <Table.Th scope="row" fw={500}>{p.organisationName}</Table.Th>
                    <Table.Td ta="right">{sek(p.budgetMoneySek)}</Table.Td>
                    <Table.Td ta="right">{sek(p.budgetInKindSek)}</Table.Td>
                    <Table.Td ta="right">{sek(p.budgetSek)}</Table.Td>
                    <Table.Td ta="right">{sek(p.outcomeSek)}</Table.Td>
                    <Table.Td ta="right">{sek(p.differenceSek)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th scope="row">{t('economy.total')}</Table.Th>
                  <Table.Td ta="right" fw={700}>{sek(figures.totals.budgetMoneySek)}</Table.Td>
                  <Table.Td ta="right" fw={700}>{sek(figures.totals.budgetInKindSek)}</Table.Td>
                  <Table.Td ta="right" fw={700}>{sek(figures.totals.budgetSek)}</Table.Td>
                  <Table.Td ta="right" fw={700}>{sek(figures.totals.outcomeSek)}</Table.Td>
                  <Table.Td ta="right" fw={700}>{sek(figures.totals.differenceSek)}</Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Paper>
  );
}
