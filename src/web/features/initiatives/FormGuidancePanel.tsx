import { Accordion, Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { FormGuidanceInput, FormGuidanceView } from '../../../shared/cooperations/form-guidance.schemas';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { RequirementTag } from '../../components/ui/RequirementTag';
import { InfoIcon } from '../../components/ui/icons';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useReferenceData } from '../organisations/api';
import { useFormGuidance } from './api';
import { VERDICT_COLORS, verdictCounts } from './initiative.format';

/**
 * Form guidance (FRM-1–8, IOP-2, IOP-11, INI-4): which forms fit the facts, with obligations and
 * reasons citing their requirement ids. It asks again shortly after the facts stop changing.
 */
export function FormGuidancePanel({ input }: { input: FormGuidanceInput }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(input, 400);
  const query = useFormGuidance(debounced, true);
  const data = query.data;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="guidance-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="guidance-heading">
          {t('initiatives.guidanceTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('initiatives.guidanceIntro')}
        </Text>
        {query.isPending ? <LoadingState label={t('initiatives.guidanceLoading')} /> : null}
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {data ? <GuidanceResult guidance={data} updating={query.isFetching} /> : null}
      </Stack>
    </Paper>
  );
}

function GuidanceResult({ guidance, updating }: { guidance: FormGuidanceView; updating: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const committees = useReferenceData().data?.committees ?? [];
  const counts = verdictCounts(guidance.forms);
  const committeeName = (code: string) => {
    const c = committees.find((x) => x.code === code);
    return c ? (lang === 'en' ? c.nameEn : c.nameSv) : code;
  };

  return (
    <>
      <Text size="sm" fw={600} role="status" aria-live="polite" aria-busy={updating}>
        {updating ? t('initiatives.guidanceUpdating') : t('initiatives.guidanceSummary', counts)}
      </Text>
      {guidance.referral ? (
        <Alert color="orange" variant="light" icon={<InfoIcon />} title={t('initiatives.referralTitle')}>
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <Text size="sm">
              {t('initiatives.referralText', { committees: guidance.referral.committees.map(committeeName).join(', ') })}
            </Text>
            <RequirementTag id={guidance.referral.requirement} />
          </Group>
        </Alert>
      ) : null}
      <Accordion multiple variant="separated" chevronPosition="right">
        {guidance.forms.map((advice) => (
          <Accordion.Item key={advice.form} value={advice.form}>
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" fw={600}>
                  {t(`initiatives.form_${advice.form}`)}
                </Text>
                <Badge variant="light" color={VERDICT_COLORS[advice.verdict]} style={{ flexShrink: 0 }}>
                  {t(`initiatives.verdict_${advice.verdict}`)}
                </Badge>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="xs">
                {advice.reasons.length > 0 ? (
                  <>
                    <Title order={3} fz="sm">
                      {t('initiatives.reasons')}
                    </Title>
                    <List size="sm" spacing={4}>
                      {advice.reasons.map((r, index) => (
                        <List.Item key={index}>
                          {lang === 'en' ? r.textEn : r.text} <RequirementTag id={r.requirement} />
                        </List.Item>
                      ))}
                    </List>
                  </>
                ) : null}
                {advice.obligations.length > 0 ? (
                  <>
                    <Title order={3} fz="sm">
                      {t('initiatives.obligations')}
                    </Title>
                    <List size="sm" spacing={4}>
                      {advice.obligations.map((o) => (
                        <List.Item key={o.code}>
                          {lang === 'en' ? o.textEn : o.text} <RequirementTag id={o.requirement} />
                        </List.Item>
                      ))}
                    </List>
                  </>
                ) : null}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </>
  );
}
