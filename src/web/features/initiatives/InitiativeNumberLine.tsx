import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * An initiative's readable number under its title in a table, and its registry number when it has
 * one, labelled "Dnr" so that the two are never taken for each other.
 */
export function InitiativeNumberLine({ initiative }: { initiative: { number: string; registryNumber: string | null } }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed">
      <Text span inherit ff="monospace">
        {initiative.number}
      </Text>
      {initiative.registryNumber ? ` · ${t('initiatives.registryNumberShort', { value: initiative.registryNumber })}` : null}
    </Text>
  );
}
