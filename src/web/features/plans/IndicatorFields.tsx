import { Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TrashIcon } from '../../components/ui/icons';
import type { IndicatorDraft } from './plan-editor.model';

type Props = {
  indicator: IndicatorDraft;
  errorOf: (field: string) => string | undefined;
  onChange: (patch: Partial<IndicatorDraft>) => void;
  onRemove: () => void;
};

/** One indicator's fields: quantitative with unit, baseline, target and direction, or qualitative with its expected result (AGR-2). */
export function IndicatorFields({ indicator, errorOf, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const kind = t(`plans.kind_${indicator.kind}`);
  return (
    <Paper withBorder radius="sm" p="sm" component="fieldset" aria-label={`${kind}: ${indicator.name || t('plans.indicatorName')}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            {kind}
          </Text>
          <Button variant="subtle" color="red" size="xs" leftSection={<TrashIcon size={14} />} onClick={onRemove}>
            {t('plans.removeIndicator')}
          </Button>
        </Group>
        <TextInput label={t('plans.indicatorName')} required value={indicator.name} onChange={(e) => onChange({ name: e.currentTarget.value })} error={errorOf('name')} />
        {indicator.kind === 'quantitative' ? (
          <Group grow align="flex-start">
            <TextInput label={t('plans.unit')} required value={indicator.unit} onChange={(e) => onChange({ unit: e.currentTarget.value })} error={errorOf('unit')} />
            <TextInput label={t('plans.baseline')} inputMode="decimal" value={indicator.baseline} onChange={(e) => onChange({ baseline: e.currentTarget.value })} error={errorOf('baseline')} />
            <TextInput label={t('plans.target')} inputMode="decimal" value={indicator.target} onChange={(e) => onChange({ target: e.currentTarget.value })} error={errorOf('target')} />
            <Select
              label={t('plans.direction')}
              required
              data={[
                { value: 'higher', label: t('plans.direction_higher') },
                { value: 'lower', label: t('plans.direction_lower') },
              ]}
              value={indicator.direction === '' ? null : indicator.direction}
              onChange={(v) => onChange({ direction: v === 'lower' ? 'lower' : v === 'higher' ? 'higher' : '' })}
              error={errorOf('direction')}
            />
          </Group>
        ) : (
          <Textarea
            label={t('plans.expectedResult')}
            required
            value={indicator.expectedResult}
            onChange={(e) => onChange({ expectedResult: e.currentTarget.value })}
            error={errorOf('expectedResult')}
            autosize
            minRows={2}
          />
        )}
      </Stack>
    </Paper>
  );
}
