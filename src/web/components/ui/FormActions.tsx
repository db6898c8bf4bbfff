import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The submit and cancel buttons at the foot of a form. */
export function FormActions({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
      <Button variant="default" onClick={onCancel} disabled={pending}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}
