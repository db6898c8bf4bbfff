import { Grid, List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetailView } from '../../../shared/initiatives/initiative.schemas';
import { PanelHeading } from '../organisations/PanelHeading';
import { FormGuidancePanel } from './FormGuidancePanel';
import { guidanceFactsFrom, initiativeFormFrom, toGuidanceInput, YES_NO_FACTS } from './initiative-form.model';

/** The facts saved with the initiative and the form guidance they give today (FRM-1–8). */
export function InitiativeGuidance({ initiative }: { initiative: InitiativeDetailView }) {
  const { t } = useTranslation();
  const facts = guidanceFactsFrom(initiative.facts);
  const answered = [
    ...(facts.initiatedBy !== 'unknown' ? [`${t('initiatives.fact_initiatedBy')} ${t(`initiatives.initiator_${facts.initiatedBy}`)}`] : []),
    ...YES_NO_FACTS.filter((f) => facts[f] !== 'unknown').map((f) => `${t(`initiatives.fact_${f}`)} ${t(`initiatives.answer_${facts[f]}`)}`),
    ...(facts.vidaOccasions !== null ? [`${t('initiatives.fact_vidaOccasions')}: ${facts.vidaOccasions}`] : []),
  ];
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <Paper withBorder radius="md" p="lg">
          <PanelHeading title={t('initiatives.factsLegend')} />
          {answered.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('initiatives.noFacts')}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {answered.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          )}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 6 }}>
        <FormGuidancePanel input={toGuidanceInput(initiativeFormFrom(initiative))} />
      </Grid.Col>
    </Grid>
  );
}
