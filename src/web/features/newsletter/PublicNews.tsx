import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDate } from '../../components/ui/date.format';
import { usePublicNews } from './api';

/** The sent newsletter items on the public IOP page (IOP-10), newest first; nothing shown while there are none. */
export function PublicNews() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const items = usePublicNews().data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="iop-news-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="iop-news-heading">
          {t('newsletterPublic.newsHeading')}
        </Title>
        {items.map((item) => (
          <article key={item.id} aria-labelledby={`news-${item.id}`}>
            <Stack gap={4} maw={760}>
              <Title order={3} size="h4" id={`news-${item.id}`}>
                {item.subject}
              </Title>
              <Text size="sm" c="dimmed">
                {t('newsletterPublic.sentOn', { date: formatDate(item.sentAt, locale) })}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{item.body}</Text>
            </Stack>
          </article>
        ))}
      </Stack>
    </section>
  );
}
