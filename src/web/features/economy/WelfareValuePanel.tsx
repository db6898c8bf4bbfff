import { Button, Checkbox, Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueEntryView, WelfareValueView } from '../../../shared/followup/welfare-value.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PlusIcon } from '../../components/ui/icons';
import { PanelHeading } from '../organisations/PanelHeading';
import { useRemoveValueEntry, useSetAdvertising } from './api';
import { formatKronor } from './economy.format';
import { ValueEntryModal } from './ValueEntryModal';
import { WelfareValueAlert } from './WelfareValueAlert';

type PanelProps = { value: WelfareValueView; onMessage: (message: string) => void };

/** The accumulated value of a welfare-service procurement against both dated thresholds, with its entries (FRM-7). */
export function WelfareValuePanel({ value, onMessage }: PanelProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('welfare-value.write');
  const advertising = useSetAdvertising(value.cooperationId);
  const remove = useRemoveValueEntry(value.cooperationId);
  const [editing, setEditing] = useState<ValueEntryView | 'new' | null>(null);
  const [removing, setRemoving] = useState<ValueEntryView | null>(null);
  const sek = (amount: number | null) => (amount === null ? t('economy.limitUnknown') : formatKronor(amount, locale));
  const s = value.status;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="economy-welfare-heading" mb="lg">
      <PanelHeading
        headingId="economy-welfare-heading"
        title={t('economy.welfareTitle')}
        description={t('economy.welfareIntro')}
        requirements={['FRM-7']}
        actions={
          canWrite ? (
            <Button leftSection={<PlusIcon size={18} />} onClick={() => setEditing('new')}>
              {t('economy.addValueEntry')}
            </Button>
          ) : null
        }
      />
      <WelfareValueAlert status={s} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <div>
          <Text size="sm" c="dimmed">{t('economy.accumulated')}</Text>
          <Text fw={700}>{sek(s.accumulatedSek)}</Text>
        </div>
        <div>
          <Text size="sm" c="dimmed">{t('economy.advertisingLimit')}</Text>
          <Text fw={700}>{sek(s.advertisingLimitSek)}</Text>
        </div>
        <div>
          <Text size="sm" c="dimmed">{t('economy.socialThreshold')}</Text>
          <Text fw={700}>{sek(s.socialThresholdSek)}</Text>
        </div>
      </SimpleGrid>
      <Checkbox
        mb="md"
        label={t('economy.advertised')}
        checked={value.advertised}
        disabled={!canWrite || advertising.isPending}
        onChange={(e) =>
          advertising.mutate({ advertised: e.currentTarget.checked, version: value.advertisingVersion }, { onSuccess: () => onMessage(t('economy.advertisedSaved')) })
        }
        error={advertising.error ? errorMessage(advertising.error, t) : undefined}
      />
      {value.entries.length === 0 ? (
        <Text c="dimmed">{t('economy.noValueEntries')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('economy.welfareTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('economy.colDate')}</Table.Th>
                <Table.Th scope="col">{t('economy.valueKind')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('economy.colAmount')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('economy.colAccumulated')}</Table.Th>
                <Table.Th scope="col">{t('economy.colStatus')}</Table.Th>
                {canWrite ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{formatCalendarDate(e.date, locale)}</Table.Td>
                  <Table.Td>
                    {t(`economy.valueKind_${e.kind}`)}
                    {e.note ? <Text size="xs" c="dimmed">{e.note}</Text> : null}
                  </Table.Td>
                  <Table.Td ta="right">{formatKronor(e.amountSek, locale)}</Table.Td>
                  <Table.Td ta="right">{formatKronor(e.accumulatedSek, locale)}</Table.Td>
                  <Table.Td>{t(`economy.level_${e.status.level}`)}</Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(e)} aria-label={`${t('economy.editOutcome')}: ${formatCalendarDate(e.date, locale)} ${formatKronor(e.amountSek, locale)}`}>
                          {t('economy.editOutcome')}
                        </Button>
                        <Button size="xs" variant="default" color="red" onClick={() => setRemoving(e)} aria-label={`${t('economy.removeOutcome')}: ${formatCalendarDate(e.date, locale)} ${formatKronor(e.amountSek, locale)}`}>
                          {t('economy.removeOutcome')}
                        </Button>
                      </Group>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ValueEntryModal
        cooperationId={value.cooperationId}
        entry={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          onMessage(t('economy.valueSaved'));
        }}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('economy.removeValueTitle')}
        confirmLabel={t('economy.removeOutcome')}
        destructive
        pending={remove.isPending}
        error={remove.error}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate({ id: removing.id, version: removing.version }, { onSuccess: () => setRemoving(null) });
        }}
      >
        {removing ? t('economy.removeValueText', { amount: formatKronor(removing.amountSek, locale), date: formatCalendarDate(removing.date, locale) }) : ''}
      </ConfirmDialog>
    </Paper>
  );
}
