import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicIopView } from '../../../shared/public/public-iop.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { targetGroupNames } from './public-iop.format';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One published partnership, as the public sees it (IOP-10). */
function IopCard({ item }: { item: PublicIopView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const notGiven = t('publicIop.notGiven');
  const groups = targetGroupNames(item.targetGroups, currentLanguage());
  const start = formatCalendarDate(item.startDate, locale);
  const end = formatCalendarDate(item.endDate, locale);
  const term = [start ? t('publicIop.termFrom', { start }) : '', end ? t('publicIop.termUntil', { end }) : ''].filter(Boolean).join(' ');
  return (
    <Paper component="article" withBorder radius="md" p="lg" aria-labelledby={`iop-${item.caseNumber}`}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={`iop-${item.caseNumber}`}>
          {item.title}
        </Title>
        {item.purpose ? (
          <Text style={{ whiteSpace: 'pre-wrap' }} maw={720}>
            {item.purpose}
          </Text>
        ) : null}
        <dl className="fact-list">
          <Fact label={t('publicIop.partners')}>{item.partners.length > 0 ? item.partners.join(', ') : notGiven}</Fact>
          <Fact label={t('publicIop.targetGroups')}>{groups.length > 0 ? groups.join(', ') : notGiven}</Fact>
          <Fact label={t('publicIop.since')}>{item.startYear ?? notGiven}</Fact>
          <Fact label={t('publicIop.term')}>{term || notGiven}</Fact>
          <Fact label={t('publicIop.caseNumber')}>{item.caseNumber}</Fact>
        </dl>
      </Stack>
    </Paper>
  );
}

/** The running, published partnerships, or a note that there are none. */
export function IopList({ items }: { items: PublicIopView[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('publicIop.empty')}</Text>;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('publicIop.listCount', { count: items.length })}
      </Text>
      {items.map((item) => (
        <IopCard key={item.caseNumber} item={item} />
      ))}
    </Stack>
  );
}
