import { Button, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VIDA_RATE_CODE } from '../../../shared/followup/vida.rules';
import { useCan } from '../../app/current-session.context';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PlusIcon } from '../../components/ui/icons';
import { NoValue } from '../../components/ui/NoValue';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { formatAmount } from '../cooperations/cooperation.format';
import { PanelHeading } from '../organisations/PanelHeading';
import { ThresholdValueModal } from '../thresholds/ThresholdValueModal';
import { useVidaRates } from './api';

/** The dated VIDA rates per participant; an administrator adds a new rate from a date (FRM-5). */
export function VidaRatesSection({ onMessage }: { onMessage: (text: string) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();
  const canManage = useCan('thresholds.manage');
  const rates = useVidaRates();
  const [adding, setAdding] = useState(false);

  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading
        title={t('vida.ratesHeading')}
        description={t('vida.ratesIntro')}
        actions={
          canManage ? (
            <Button variant="default" size="sm" leftSection={<PlusIcon size={16} />} onClick={() => setAdding(true)}>
              {t('vida.addRate')}
            </Button>
          ) : undefined
        }
      />
      {rates.isPending ? <LoadingState /> : null}
      {rates.isError ? <ErrorState error={rates.error} onRetry={() => void rates.refetch()} /> : null}
      {rates.data && rates.data.length === 0 ? <EmptyMessage>{t('vida.ratesEmpty')}</EmptyMessage> : null}
      {rates.data && rates.data.length > 0 ? (
        <Table verticalSpacing="xs" aria-label={t('vida.ratesHeading')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('vida.colValidFrom')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('vida.colRate')}
              </Table.Th>
              <Table.Th scope="col">{t('vida.colSource')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rates.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{formatCalendarDate(r.validFrom, locale)}</Table.Td>
                <Table.Td style={{ textAlign: 'right' }} className="nowrap">
                  {formatAmount(r.amountSek, lang)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.source ?? <NoValue />}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {canManage ? (
        <ThresholdValueModal
          opened={adding}
          code={VIDA_RATE_CODE}
          editing={null}
          onClose={() => setAdding(false)}
          onSaved={(text) => {
            setAdding(false);
            onMessage(text);
          }}
        />
      ) : null}
    </Paper>
  );
}
