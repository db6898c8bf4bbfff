import { Fieldset, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Answer, type GuidanceFacts, INITIATORS, YES_NO_FACTS } from './initiative-form.model';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

type GuidanceFactsFieldsetProps = {
  value: GuidanceFacts;
  onChange: (next: GuidanceFacts) => void;
  error?: string | undefined;
};

/** The questions the form guidance needs answered; "Vet ej" is a fine answer while it is not known. */
export function GuidanceFactsFieldset({ value, onChange, error }: GuidanceFactsFieldsetProps) {
  const { t } = useTranslation();
  const set = <K extends keyof GuidanceFacts>(key: K, next: GuidanceFacts[K]) => onChange({ ...value, [key]: next });

  return (
    <Fieldset id="facts" legend={t('initiatives.factsLegend')} radius="md">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('initiatives.factsIntro')}
        </Text>
        <Radio.Group
          label={t('initiatives.fact_initiatedBy')}
          value={value.initiatedBy}
          onChange={(v) => set('initiatedBy', v === 'organisation' || v === 'administration' ? v : 'unknown')}
        >
          <Group gap="lg" mt={4}>
            {INITIATORS.map((i) => (
              <Radio key={i} value={i} label={t(`initiatives.initiator_${i}`)} />
            ))}
            <Radio value="unknown" label={t('initiatives.answer_unknown')} />
          </Group>
        </Radio.Group>
        {YES_NO_FACTS.map((fact) => (
          <Radio.Group
            key={fact}
            label={t(`initiatives.fact_${fact}`)}
            value={value[fact]}
            onChange={(v) => set(fact, ANSWERS.find((a) => a === v) ?? 'unknown')}
          >
            <Group gap="lg" mt={4}>
              {ANSWERS.map((a) => (
                <Radio key={a} value={a} label={t(`initiatives.answer_${a}`)} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <NumberInput
          label={t('initiatives.fact_vidaOccasions')}
          description={t('initiatives.fact_vidaOccasionsHint')}
          allowDecimal={false}
          allowNegative={false}
          min={0}
          max={1000}
          value={value.vidaOccasions ?? ''}
          onChange={(v) => set('vidaOccasions', typeof v === 'number' ? v : null)}
          maw={260}
        />
        {error ? (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
