import { Badge, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThresholdView } from '../../../shared/cooperations/threshold.schemas';
import { THRESHOLD_CODES, type ThresholdCode } from '../../../shared/cooperations/thresholds.rules';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { formatCalendarDate } from '../../components/ui/date.format';
import { EditIcon, PlusIcon } from '../../components/ui/icons';
import { NoValue } from '../../components/ui/NoValue';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { PanelHeading } from '../organisations/PanelHeading';
import { formatAmount } from '../cooperations/cooperation.format';
import { useThresholds } from './api';
import { groupThresholds, localToday, type ThresholdGroup } from './threshold.format';
import { ThresholdValueModal } from './ThresholdValueModal';

type ModalState = { code: string; editing: ThresholdView | null } | null;

/** Thresholds and rates (FRM-5, FRM-7): dated values per code, added and corrected by administrators. */
export function ThresholdsPage() {
  const allowed = useCan('thresholds.manage');
  return allowed ? <Thresholds /> : <ForbiddenPage />;
}

function Thresholds() {
  const { t } = useTranslation();
  const query = useThresholds();
  const [modal, setModal] = useState<ModalState>(null);
  const [message, setMessage] = useState<string | null>(null);
  const groups = query.data ? groupThresholds(query.data.items, localToday()) : [];

  return (
    <>
      <PageHeading
        title={t('thresholds.title')}
        description={<WithRequirements ids={['FRM-5', 'FRM-7']}>{t('thresholds.intro')}</WithRequirements>}
      />
      <StatusMessage message={message} onClose={() => setMessage(null)} />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Stack gap="lg">
        {groups.map((group) => (
          <ThresholdTable key={group.code} group={group} onAdd={() => setModal({ code: group.code, editing: null })} onEdit={(v) => setModal({ code: v.code, editing: v })} />
        ))}
      </Stack>
      <ThresholdValueModal
        opened={modal !== null}
        code={modal?.code ?? THRESHOLD_CODES[0]}
        editing={modal?.editing ?? null}
        onClose={() => setModal(null)}
        onSaved={(text) => {
          setModal(null);
          setMessage(text);
        }}
      />
    </>
  );
}

function ThresholdTable({ group, onAdd, onEdit }: { group: ThresholdGroup; onAdd: () => void; onEdit: (value: ThresholdView) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();
  const known = (THRESHOLD_CODES as readonly string[]).includes(group.code);
  const name = known ? t(`thresholds.code_${group.code as ThresholdCode}`) : group.code;

  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading
        title={name}
        description={
          group.current
            ? t('thresholds.currentValue', { amount: formatAmount(group.current.amountSek, lang), date: formatCalendarDate(group.current.validFrom, locale) })
            : t('thresholds.noCurrentValue')
        }
        actions={
          known ? (
            <Button variant="default" size="sm" leftSection={<PlusIcon size={16} />} onClick={onAdd} aria-label={t('thresholds.addFor', { name })}>
              {t('thresholds.add')}
            </Button>
          ) : undefined
        }
      />
      {group.values.length === 0 ? (
        <EmptyMessage>{t('thresholds.empty')}</EmptyMessage>
      ) : (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table verticalSpacing="sm" aria-label={t('thresholds.tableLabel', { name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={220}>
                  {t('thresholds.validFrom')}
                </Table.Th>
                <Table.Th scope="col" w={170} style={{ textAlign: 'right' }}>
                  {t('thresholds.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('thresholds.source')}</Table.Th>
                <Table.Th scope="col" w={110}>
                  <VisuallyHidden>{t('thresholds.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.values.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Th scope="row" fw={400} className="nowrap">
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm">{formatCalendarDate(v.validFrom, locale)}</Text>
                      {group.current?.id === v.id ? (
                        <Badge variant="light" color="green" size="sm" style={{ textTransform: 'none' }}>
                          {t('thresholds.inForce')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Th>
                  <Table.Td style={{ textAlign: 'right' }} className="nowrap">
                    <Text size="sm">{formatAmount(v.amountSek, lang)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{v.source ?? <NoValue />}</Text>
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      leftSection={<EditIcon size={16} />}
                      onClick={() => onEdit(v)}
                      aria-label={t('thresholds.editValue', { name, date: formatCalendarDate(v.validFrom, locale) })}
                    >
                      {t('thresholds.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
