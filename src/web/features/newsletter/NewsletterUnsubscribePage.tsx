import { Button, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { PublicLayout } from '../../app/PublicLayout';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState } from '../../components/ui/QueryStates';
import { useUnsubscribe } from './api';
import { NewsletterResult } from './NewsletterResult';

const route = getRouteApi('/offentligt/nyhetsbrev/avsluta');

/**
 * Where every newsletter mail's unsubscribe link leads (IOP-10). Opening the page changes
 * nothing; the button does. Mail scanners that open links to check them would otherwise
 * unsubscribe people who never asked to leave.
 */
export function NewsletterUnsubscribePage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const leave = useUnsubscribe();
  const result = !token || isApiError(leave.error, 400) ? 'invalid' : leave.data?.result;
  return (
    <PublicLayout width={720}>
      <PageHeading title={t('newsletterPublic.unsubscribeTitle')} />
      {result === 'unsubscribed' ? (
        <NewsletterResult ok title={t('newsletterPublic.unsubscribed')}>
          {t('newsletterPublic.unsubscribedText')}
        </NewsletterResult>
      ) : result === 'invalid' ? (
        <NewsletterResult ok={false} title={t('newsletterPublic.unsubscribeInvalid')}>
          {t('newsletterPublic.unsubscribeInvalidText')}
        </NewsletterResult>
      ) : (
        <Stack gap="md" align="flex-start">
          <Text>{t('newsletterPublic.unsubscribeText')}</Text>
          {leave.isError ? <ErrorState error={leave.error} /> : null}
          <Button color="red" loading={leave.isPending} onClick={() => token && leave.mutate(token)}>
            {t('newsletterPublic.unsubscribeButton')}
          </Button>
        </Stack>
      )}
    </PublicLayout>
  );
}
