import { Group, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Where the user is in a wizard: an ordered list with the current step marked (aria-current="step"). */
export function StepIndicator({ steps, active, label }: { steps: string[]; active: number; label: string }) {
  const { t } = useTranslation();
  return (
    <Group component="ol" aria-label={label} gap="lg" m={0} p={0} style={{ listStyle: 'none' }} wrap="wrap">
      {steps.map((step, i) => {
        const state = i < active ? 'done' : i === active ? 'current' : 'todo';
        return (
          <Group component="li" key={step} gap="xs" wrap="nowrap" aria-current={state === 'current' ? 'step' : undefined}>
            <ThemeIcon
              radius="xl"
              size={32}
              variant={state === 'todo' ? 'outline' : 'filled'}
              color={state === 'done' ? 'green' : 'brand'}
              aria-hidden="true"
            >
              <Text fw={700} size="sm" c={state === 'todo' ? 'brand.8' : 'white'}>
                {state === 'done' ? '✓' : i + 1}
              </Text>
            </ThemeIcon>
            <Text fw={state === 'current' ? 700 : 500} size="sm" c={state === 'todo' ? 'dimmed' : undefined}>
              {t('orgImport.stepN', { n: i + 1 })} {step}
              {state === 'done' ? <VisuallyHidden> ({t('orgImport.stepDone')})</VisuallyHidden> : null}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}
