import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkOfferOutcome, OUTCOME_MEASURES, type OutcomeCounts, type OutcomeMeasure } from '../../../shared/employers/employer-offers.rules';
import type { OfferView } from '../../../shared/employers/employer-offers.schemas';
import { isApiError } from '../../api/client';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useOfferActions, useOutcomeCategories } from './api';

type Counts = Record<OutcomeMeasure, { total: number | string; parts: Record<string, number | string> }>;

type ProblemKey =
  | 'employerOffers.problem_validation_measurement_genderSum'
  | 'employerOffers.problem_validation_measurement_exceedsTotal'
  | 'employerOffers.problem_validation_measurement_category'
  | 'employerOffers.problem_validation_offerOutcome_employedExceedsStarted';

const PROBLEM_KEYS: Record<string, ProblemKey> = {
  'validation.measurement.genderSum': 'employerOffers.problem_validation_measurement_genderSum',
  'validation.measurement.exceedsTotal': 'employerOffers.problem_validation_measurement_exceedsTotal',
  'validation.measurement.category': 'employerOffers.problem_validation_measurement_category',
  'validation.offerOutcome.employedExceedsStarted': 'employerOffers.problem_validation_offerOutcome_employedExceedsStarted',
};

const toNumber = (v: number | string) => (typeof v === 'number' ? v : v === '' ? null : Number(v));

/**
 * Records an offer's outcomes for a half-year (EMP-4): how many started and how many got a job, in
 * total and by gender and target group — counts only, checked as the follow-up checks them (AGR-6).
 */
export function OutcomeForm({ offer, cooperationId, onClose }: { offer: OfferView; cooperationId: string; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const categories = useOutcomeCategories(true).data ?? [];
  const { outcome } = useOfferActions(cooperationId);
  const [period, setPeriod] = useState(`${new Date().getFullYear()}-H${new Date().getMonth() < 6 ? 1 : 2}`);
  const [counts, setCounts] = useState<Counts>({ started: { total: 0, parts: {} }, employed: { total: 0, parts: {} } });
  const key = (dimension: string, code: string) => `${dimension}.${code}`;
  const toInput = (m: OutcomeMeasure): OutcomeCounts => {
    const byGender: Record<string, number> = {};
    const byTargetGroup: Record<string, number> = {};
    for (const c of categories) {
      const value = toNumber(counts[m].parts[key(c.dimension, c.code)] ?? '');
      if (value === null || Number.isNaN(value)) continue;
      (c.dimension === 'gender' ? byGender : byTargetGroup)[c.code] = value;
    }
    return { total: toNumber(counts[m].total) ?? 0, byGender, byTargetGroup };
  };
  const input = { period, started: toInput('started'), employed: toInput('employed') };
  const problems = checkOfferOutcome(input, {
    genderCodes: categories.filter((c) => c.dimension === 'gender').map((c) => c.code),
    targetGroupCodes: categories.filter((c) => c.dimension === 'target_group').map((c) => c.code),
  });
  const name = (c: { nameSv: string; nameEn: string }) => (lang === 'en' ? c.nameEn : c.nameSv);
  const serverErrors = isApiError(outcome.error) ? Object.values(outcome.error.fieldErrors()) : [];

  return (
    <AppModal opened onClose={() => onClose(false)} title={t('employerOffers.outcomeTitle', { title: offer.title })} centered size="xl">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (problems.length === 0) outcome.mutate({ id: offer.id, input }, { onSuccess: () => onClose(true) });
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('employerOffers.outcomeIntro')}</Text>
          <TextInput label={t('employerOffers.period')} description={t('employerOffers.periodHint')} required value={period} onChange={(e) => setPeriod(e.currentTarget.value.trim())} w={220} />
          {OUTCOME_MEASURES.map((m) => (
            <Stack key={m} gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
              <Title order={3} size="h5" component="legend">
                {t(`employerOffers.measure_${m}`)}
              </Title>
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                <NumberInput
                  label={t('employerOffers.total')}
                  min={0}
                  allowDecimal={false}
                  value={counts[m].total}
                  onChange={(v) => setCounts((c) => ({ ...c, [m]: { ...c[m], total: v } }))}
                />
                {categories.map((c) => (
                  <NumberInput
                    key={key(c.dimension, c.code)}
                    label={name(c)}
                    min={0}
                    allowDecimal={false}
                    value={counts[m].parts[key(c.dimension, c.code)] ?? ''}
                    onChange={(v) => setCounts((s) => ({ ...s, [m]: { ...s[m], parts: { ...s[m].parts, [key(c.dimension, c.code)]: v } } }))}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          ))}
          {problems.length > 0 ? (
            <Alert color="yellow" variant="light" role="status">
              {problems.map((p) => (
                <Text key={`${p.path}${p.message}`} size="sm">
                  {t(PROBLEM_KEYS[p.message] ?? 'errors.unexpected', { measure: t(`employerOffers.measure_${p.path.split('.')[0] === 'employed' ? 'employed' : 'started'}`) })}
                </Text>
              ))}
            </Alert>
          ) : null}
          {outcome.error ? (
            <Alert color="red" variant="light" role="alert">
              {serverErrors.length > 0 ? serverErrors.join(' ') : errorMessage(outcome.error, t)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={outcome.isPending} disabled={problems.length > 0}>
              {t('employerOffers.saveOutcome')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
