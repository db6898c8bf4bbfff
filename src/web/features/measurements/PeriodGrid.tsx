import { Alert, Button, Checkbox, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasurementViolation } from '../../../shared/followup/measurement.rules';
import type { MeasurementCellView, MeasurementGridView, MeasuredIndicatorView } from '../../../shared/followup/measurement.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { withConflictNotice } from '../../components/ui/ConflictNotice';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon } from '../../components/ui/icons';
import { useSaveMeasurements } from './api';
import { breakdownLabel, formatValue } from './measurement.format';
import { cellsOf, type DraftCell, draftKey, draftOf, draftViolations, invalidTexts, type PeriodDraft } from './measurement.model';

type PeriodGridProps = {
  view: MeasurementGridView;
  period: string;
  canWrite: boolean;
  onSaved: (message: string) => void;
  onReload: () => void;
  reloading: boolean;
};

/**
 * One period's cells for editing (AGR-6): per indicator a table of the total and each breakdown,
 * each with its value or "okänt", the previous period beside it, checked while typing with the
 * same rules the server applies; the whole period is saved at once.
 */
export function PeriodGrid({ view, period, canWrite, onSaved, onReload, reloading }: PeriodGridProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PeriodDraft>(() => draftOf(view, period));
  const save = useSaveMeasurements(view.cooperationId, view.year);
  const violations = useMemo(() => draftViolations(view, period, draft), [view, period, draft]);
  const invalid = useMemo(() => new Set(invalidTexts(draft)), [draft]);
  const sheet = view.sheets.find((s) => s.period === period);
  const editable = canWrite && view.writable;
  const blocked = violations.size > 0 || invalid.size > 0;
  const { error, notice } = withConflictNotice(save.error, {
    title: t('measurements.conflictTitle'),
    text: t('measurements.conflictText'),
    reloadLabel: t('measurements.reload'),
    reloading,
    onReload,
  });
  const change = (key: string, next: Partial<DraftCell>) =>
    setDraft((d) => ({ ...d, [key]: { ...(d[key] ?? { text: '', unknown: false }), ...next } }));
  const submit = () =>
    save.mutate(
      { period, clusterId: view.clusterId, version: sheet?.version ?? 0, cells: cellsOf(view, period, draft) },
      { onSuccess: () => onSaved(t('measurements.saved', { period })) },
    );

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {sheet?.updatedAt && sheet.updatedBy
          ? t('measurements.lastSaved', { at: formatDateTime(sheet.updatedAt, currentLocale()), name: sheet.updatedBy.name })
          : t('measurements.neverSaved')}
      </Text>
      {notice}
      {view.indicators.map((indicator) => (
        <IndicatorTable
          key={indicator.id}
          view={view}
          period={period}
          indicator={indicator}
          draft={draft}
          violations={violations}
          invalid={invalid}
          editable={editable}
          onChange={change}
        />
      ))}
      {error ? (
        <Alert color="red" variant="light" icon={<AlertIcon />} role="alert">
          {errorMessage(error, t)}
        </Alert>
      ) : null}
      {editable ? (
        <Group>
          {blocked ? (
            <Text size="sm" c="red" role="status">
              {t('measurements.fixFirst')}
            </Text>
          ) : null}
          <Button onClick={submit} loading={save.isPending} disabled={blocked}>
            {t('measurements.save', { period })}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

type IndicatorTableProps = {
  view: MeasurementGridView;
  period: string;
  indicator: MeasuredIndicatorView;
  draft: PeriodDraft;
  violations: Map<string, MeasurementViolation>;
  invalid: Set<string>;
  editable: boolean;
  onChange: (key: string, next: Partial<DraftCell>) => void;
};

function IndicatorTable({ view, period, indicator, draft, violations, invalid, editable, onChange }: IndicatorTableProps) {
  const { t } = useTranslation();
  const cells = view.cells.filter((c) => c.indicatorId === indicator.id && c.period === period);
  const headingId = `indicator-${indicator.id}-${period}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Title order={3} fz="h4" id={headingId}>
        {indicator.name}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {[
          indicator.goalTitle,
          `${t('measurements.target')}: ${formatValue(indicator.target)} ${indicator.unit ?? ''}`.trim(),
          `${t('measurements.baseline')}: ${formatValue(indicator.baseline)}`,
          indicator.direction ? t(`measurements.direction_${indicator.direction}`) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('measurements.breakdown')}</Table.Th>
              <Table.Th scope="col">{t('measurements.value')}</Table.Th>
              <Table.Th scope="col">{t('measurements.unknown')}</Table.Th>
              <Table.Th scope="col">{t('measurements.previous')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cells.map((c) => (
              <CellRow key={draftKey(c.indicatorId, c.dimension, c.category)} view={view} cell={c} indicator={indicator} {...{ draft, violations, invalid, editable, onChange }} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function CellRow({ view, cell, indicator, draft, violations, invalid, editable, onChange }: Omit<IndicatorTableProps, 'period'> & { cell: MeasurementCellView }) {
  const { t } = useTranslation();
  const key = draftKey(cell.indicatorId, cell.dimension, cell.category);
  const d = draft[key] ?? { text: '', unknown: false };
  const label = breakdownLabel(t, view.categories, cell.dimension, cell.category);
  const violation = violations.get(key);
  const message = invalid.has(key)
    ? t('measurements.notANumber')
    : violation?.rule === 'exceeds_total'
      ? t('measurements.exceedsTotal', { total: formatValue(violation.total) })
      : violation?.rule === 'gender_sum'
        ? t('measurements.genderSum', { sum: formatValue(violation.value), total: formatValue(violation.total) })
        : undefined;
  const previous = cell.previous;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={cell.dimension === null ? 700 : 400}>
        {label}
      </Table.Th>
      <Table.Td>
        {editable ? (
          <TextInput
            value={d.unknown ? '' : d.text}
            disabled={d.unknown}
            inputMode="decimal"
            size="xs"
            w={140}
            aria-label={t('measurements.valueLabel', { indicator: indicator.name, breakdown: label, period: cell.period })}
            error={message}
            onChange={(e) => onChange(key, { text: e.currentTarget.value })}
          />
        ) : (
          <Text size="sm">{d.unknown ? t('measurements.unknown') : d.text === '' ? t('measurements.notEntered') : formatValue(Number(d.text))}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Checkbox
          checked={d.unknown}
          disabled={!editable}
          aria-label={t('measurements.unknownLabel', { indicator: indicator.name, breakdown: label })}
          onChange={(e) => onChange(key, { unknown: e.currentTarget.checked })}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {previous === null
            ? '–'
            : previous.state === 'value'
              ? t('measurements.previousValue', { value: formatValue(previous.value), period: previous.period })
              : previous.state === 'unknown'
                ? t('measurements.previousUnknown', { period: previous.period })
                : `${t('measurements.notEntered')} (${previous.period})`}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
