import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EconomyView, OutcomeView } from '../../../shared/followup/economy.schemas';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PlusIcon } from '../../components/ui/icons';
import { PanelHeading } from '../organisations/PanelHeading';
import { useRemoveOutcome } from './api';
import { formatKronor } from './economy.format';
import { OutcomeModal } from './OutcomeModal';

type OutcomesSectionProps = { economy: EconomyView; onMessage: (message: string) => void };

/** The outcome entries, newest year first, with recording, correction and removal after confirmation (IOP-9). */
export function OutcomesSection({ economy, onMessage }: OutcomesSectionProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canWrite = useCan('economy.write');
  const remove = useRemoveOutcome(economy.cooperationId);
  const [editing, setEditing] = useState<OutcomeView | 'new' | null>(null);
  const [removing, setRemoving] = useState<OutcomeView | null>(null);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="economy-outcomes-heading" mb="lg">
      <PanelHeading
        headingId="economy-outcomes-heading"
        title={t('economy.outcomesTitle')}
        description={t('economy.outcomesIntro')}
        actions={
          canWrite ? (
            <Button leftSection={<PlusIcon size={18} />} onClick={() => setEditing('new')} disabled={economy.parties.length === 0}>
              {t('economy.addOutcome')}
            </Button>
          ) : null
        }
      />
      {economy.outcomes.length === 0 ? (
        <Text c="dimmed">{t('economy.noOutcomes')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs">
            <Table.Caption>{t('economy.outcomesTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('economy.colYear')}</Table.Th>
                <Table.Th scope="col">{t('economy.colDate')}</Table.Th>
                <Table.Th scope="col">{t('economy.colParty')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('economy.colAmount')}</Table.Th>
                <Table.Th scope="col">{t('economy.colKind')}</Table.Th>
                <Table.Th scope="col">{t('economy.colReference')}</Table.Th>
                {canWrite ? <Table.Th scope="col">{t('common.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {economy.outcomes.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.year}</Table.Td>
                  <Table.Td>{formatCalendarDate(o.occurredOn, locale)}</Table.Td>
                  <Table.Td>{o.organisationName}</Table.Td>
                  <Table.Td ta="right">{formatKronor(o.amountSek, locale)}</Table.Td>
                  <Table.Td>{t(`economy.kind_${o.kind}`)}</Table.Td>
                  <Table.Td>
                    {o.reference ?? t('common.none')}
                    {o.note ? (
                      <Text size="xs" c="dimmed">
                        {o.note}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {canWrite ? (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(o)} aria-label={`${t('economy.editOutcome')}: ${o.organisationName} ${formatKronor(o.amountSek, locale)}`}>
                          {t('economy.editOutcome')}
                        </Button>
                        <Button size="xs" variant="default" color="red" onClick={() => setRemoving(o)} aria-label={`${t('economy.removeOutcome')}: ${o.organisationName} ${formatKronor(o.amountSek, locale)}`}>
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
      <OutcomeModal
        economy={economy}
        entry={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          onMessage(t('economy.saved'));
        }}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('economy.removeTitle')}
        confirmLabel={t('economy.removeConfirm')}
        destructive
        pending={remove.isPending}
        error={remove.error}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(
            { id: removing.id, version: removing.version },
            {
              onSuccess: () => {
                setRemoving(null);
                onMessage(t('economy.removed'));
              },
            },
          );
        }}
      >
        {removing
          ? t('economy.removeText', { amount: formatKronor(removing.amountSek, locale), party: removing.organisationName, date: formatCalendarDate(removing.occurredOn, locale) })
          : ''}
      </ConfirmDialog>
    </Paper>
  );
}
