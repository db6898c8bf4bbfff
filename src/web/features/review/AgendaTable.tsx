import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, RecommendationView, ReviewInitiativeView } from '../../../shared/initiatives/review.schemas';
import { isAwaitingReview } from '../../../shared/initiatives/review.rules';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { formLabel } from '../initiatives/initiative.format';
import { InitiativeNumberLine } from '../initiatives/InitiativeNumberLine';
import { InitiativeStatusBadge } from '../initiatives/InitiativeStatusBadge';

type AgendaTableProps = {
  label: string;
  items: AgendaItemView[];
  /** Consultation items carry recommendations; information items are only reported (INI-3). */
  withRecommendations: boolean;
  /** Given when the member may record a recommendation now (planned meeting, review_group). */
  onRecord?: ((initiative: ReviewInitiativeView) => void) | undefined;
};

function RecommendationText({ recommendation }: { recommendation: RecommendationView }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const headline =
    recommendation.outcome === 'form'
      ? t('review.recommendedForm', { form: formLabel(t, recommendation.recommendedForm) })
      : recommendation.outcome === 'referred' && recommendation.referredTo
        ? t('review.referredTo', { committee: lang === 'en' ? recommendation.referredTo.nameEn : recommendation.referredTo.nameSv })
        : t(`review.outcome_${recommendation.outcome}`);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {headline}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {recommendation.justification}
      </Text>
      {recommendation.addedValue ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t(recommendation.addedValue.affirmed ? 'review.addedValueText' : 'review.addedValueNotAffirmed', {
            justification: recommendation.addedValue.justification,
          })}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('review.recordedBy', { name: recommendation.recordedBy.name })}
      </Text>
    </Stack>
  );
}

/** One section of a meeting's agenda as a table, in agenda order. */
export function AgendaTable({ label, items, withRecommendations, onRecord }: AgendaTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="sm" aria-label={label} style={{ verticalAlign: 'top' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={48}>
              {t('review.colNumber')}
            </Table.Th>
            <Table.Th scope="col">{t('review.colInitiative')}</Table.Th>
            <Table.Th scope="col">{t('review.colProposedForm')}</Table.Th>
            {withRecommendations ? <Table.Th scope="col">{t('review.colRecommendation')}</Table.Th> : <Table.Th scope="col">{t('review.colStatus')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.position}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <AnchorLink to="/initiativ/$id" params={{ id: item.initiative.id }} fw={600} size="sm">
                  {item.initiative.title}
                </AnchorLink>
                <InitiativeNumberLine initiative={item.initiative} />
                <Text size="xs" c="dimmed">
                  {item.initiative.organisations.map((o) => o.name).join(', ')}
                </Text>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{item.initiative.proposedForm ? formLabel(t, item.initiative.proposedForm) : t('initiatives.noProposedForm')}</Text>
              </Table.Td>
              <Table.Td>
                {withRecommendations ? (
                  <Stack gap="xs" align="flex-start">
                    {item.recommendation ? (
                      <RecommendationText recommendation={item.recommendation} />
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('review.noRecommendation')}
                      </Text>
                    )}
                    {onRecord && isAwaitingReview(item.initiative.status) ? (
                      <Button size="xs" variant="light" onClick={() => onRecord(item.initiative)} aria-label={t('review.recordFor', { title: item.initiative.title })}>
                        {t('review.record')}
                      </Button>
                    ) : null}
                  </Stack>
                ) : (
                  <InitiativeStatusBadge status={item.initiative.status} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
