import { Button, Paper, Select, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EconomyRow } from '../../../shared/agreements/agreement.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { PlusIcon, TrashIcon } from '../../components/ui/icons';
import { PanelHeading } from '../organisations/PanelHeading';
import { type EconomyFormRow, economyTotals, formatSek, type PartyRow } from './agreement-form.model';
import { errorText } from './PartiesEditor';

type EditorProps = { rows: EconomyFormRow[]; parties: PartyRow[]; errors: Record<string, string>; onChange: (next: EconomyFormRow[]) => void };

/** The economy per year and party (money and in kind, SEK), editable, with the totals per year (IOP-5). */
export function EconomyEditor({ rows, parties, errors, onChange }: EditorProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<EconomyFormRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const partyOptions = parties.filter((p) => p.organisationId).map((p) => ({ value: p.organisationId ?? '', label: p.name }));
  const lastYear = rows.at(-1)?.year;
  const add = () => onChange([...rows, { year: lastYear ?? String(new Date().getFullYear()), organisationId: null, moneySek: '0', inKindSek: '0', note: '' }]);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="economy-heading">
      <div id="economy-heading">
        <PanelHeading
          title={t('agreements.economyTitle')}
          description={t('agreements.economyIntro')}
          actions={
            <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={add} disabled={partyOptions.length === 0}>
              {t('agreements.addEconomyRow')}
            </Button>
          }
        />
      </div>
      {partyOptions.length === 0 ? <Text size="sm" c="dimmed" mb="sm">{t('agreements.economyNeedsParties')}</Text> : null}
      {rows.length === 0 ? (
        <Text c="dimmed">{t('agreements.noEconomy')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('agreements.economyCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreements.colYear')}</Table.Th>
                <Table.Th scope="col">{t('agreements.colParty')}</Table.Th>
                <Table.Th scope="col">{t('agreements.colMoney')}</Table.Th>
                <Table.Th scope="col">{t('agreements.colInKind')}</Table.Th>
                <Table.Th scope="col">{t('agreements.colNote')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr key={i}>
                  <Table.Td w={110}>
                    <TextInput
                      aria-label={t('agreements.yearOfRow', { n: i + 1 })}
                      inputMode="numeric"
                      value={r.year}
                      onChange={(e) => set(i, { year: e.currentTarget.value })}
                      error={errorText(errors[`economy.${i}.year`], t)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      miw={220}
                      aria-label={t('agreements.partyOfRow', { n: i + 1 })}
                      data={partyOptions}
                      value={r.organisationId}
                      onChange={(id) => set(i, { organisationId: id })}
                      error={errorText(errors[`economy.${i}.organisationId`], t)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('agreements.moneyOfRow', { n: i + 1 })}
                      inputMode="numeric"
                      rightSection={<Text size="xs" aria-hidden="true">kr</Text>}
                      value={r.moneySek}
                      onChange={(e) => set(i, { moneySek: e.currentTarget.value })}
                      error={errorText(errors[`economy.${i}.moneySek`], t)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('agreements.inKindOfRow', { n: i + 1 })}
                      inputMode="numeric"
                      rightSection={<Text size="xs" aria-hidden="true">kr</Text>}
                      value={r.inKindSek}
                      onChange={(e) => set(i, { inKindSek: e.currentTarget.value })}
                      error={errorText(errors[`economy.${i}.inKindSek`], t)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput aria-label={t('agreements.noteOfRow', { n: i + 1 })} value={r.note} onChange={(e) => set(i, { note: e.currentTarget.value })} />
                  </Table.Td>
                  <Table.Td>
                    <Button variant="subtle" color="red" size="xs" onClick={() => onChange(rows.filter((_, j) => j !== i))} aria-label={t('agreements.removeRowOf', { n: i + 1 })}>
                      <TrashIcon size={16} />
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <YearTotals rows={rows} />
    </Paper>
  );
}

/** The economy of a version that cannot be edited, with the totals per year. */
export function EconomyTable({ rows, parties }: { rows: EconomyRow[]; parties: { organisationId: string; name: string }[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const name = (id: string) => parties.find((p) => p.organisationId === id)?.name ?? t('agreements.unknownOrganisation');
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="economy-heading">
      <div id="economy-heading">
        <PanelHeading title={t('agreements.economyTitle')} />
      </div>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('agreements.noEconomy')}</Text>
      ) : (
        <Table>
          <Table.Caption>{t('agreements.economyCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('agreements.colYear')}</Table.Th>
              <Table.Th scope="col">{t('agreements.colParty')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('agreements.colMoney')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('agreements.colInKind')}</Table.Th>
              <Table.Th scope="col">{t('agreements.colNote')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={i}>
                <Table.Td>{r.year}</Table.Td>
                <Table.Td>{name(r.organisationId)}</Table.Td>
                <Table.Td ta="right">{formatSek(r.moneySek, locale)}</Table.Td>
                <Table.Td ta="right">{formatSek(r.inKindSek, locale)}</Table.Td>
                <Table.Td>{r.note ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <YearTotals rows={rows} />
    </Paper>
  );
}

function YearTotals({ rows }: { rows: { year: number | string; moneySek: number | string; inKindSek: number | string }[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const totals = economyTotals(rows);
  if (totals.length === 0) return null;
  return (
    <Table mt="md" maw={640}>
      <Table.Caption>{t('agreements.totalsCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('agreements.colYear')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('agreements.colMoney')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('agreements.colInKind')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('agreements.colTotal')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {totals.map((y) => (
          <Table.Tr key={y.year}>
            <Table.Th scope="row">{y.year}</Table.Th>
            <Table.Td ta="right">{formatSek(y.moneySek, locale)}</Table.Td>
            <Table.Td ta="right">{formatSek(y.inKindSek, locale)}</Table.Td>
            <Table.Td ta="right" fw={600}>{formatSek(y.totalSek, locale)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
