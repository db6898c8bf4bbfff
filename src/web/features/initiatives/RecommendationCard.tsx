import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecommendationSummaryView } from '../../../shared/initiatives/initiative.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { InfoIcon } from '../../components/ui/icons';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { formLabel } from './initiative.format';

const COLORS = { form: 'green', not_appropriate: 'red', referred: 'orange', more_information: 'yellow' } as const;

/** The review group's newest recommendation on the initiative (INI-2, INI-4). */
export function RecommendationCard({ recommendation, referenceData }: { recommendation: RecommendationSummaryView; referenceData: ReferenceDataView | undefined }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();
  const committee = recommendation.referredTo ? referenceData?.committees.find((c) => c.code === recommendation.referredTo) : undefined;
  const committeeName = committee ? (lang === 'en' ? committee.nameEn : committee.nameSv) : recommendation.referredTo;
  const headline =
    recommendation.outcome === 'form' && recommendation.recommendedForm
      ? t('review.recommendedForm', { form: formLabel(t, recommendation.recommendedForm) })
      : recommendation.outcome === 'referred'
        ? t('review.referredTo', { committee: committeeName ?? '' })
        : t(`review.outcome_${recommendation.outcome}`);

  return (
    <Alert
      color={COLORS[recommendation.outcome]}
      variant="light"
      icon={<InfoIcon />}
      title={t('initiatives.latestRecommendationLabel')}
      component="section"
      aria-label={t('initiatives.latestRecommendationLabel')}
    >
      <Text size="sm" fw={700} mb={4}>
        {headline}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {recommendation.justification}
      </Text>
      {recommendation.addedValue ? (
        // FRM-2: the group's judgement that the cooperation adds value, with its justification.
        <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
          {t(recommendation.addedValue.affirmed ? 'review.addedValueText' : 'review.addedValueNotAffirmed', {
            justification: recommendation.addedValue.justification,
          })}
        </Text>
      ) : null}
      <Text size="xs" mt={6}>
        {t('initiatives.recordedAt', { date: formatDateTime(recommendation.recordedAt, locale) })}
        {recommendation.meetingId ? (
          <>
            {' · '}
            <AnchorLink to="/beredningsgrupp/moten/$id" params={{ id: recommendation.meetingId }} size="xs" underline="always">
              {t('initiatives.toMeeting')}
            </AnchorLink>
          </>
        ) : null}
      </Text>
    </Alert>
  );
}
