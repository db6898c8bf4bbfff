import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { PublicLayout } from '../../app/PublicLayout';
import { PageHeading } from '../../components/ui/PageHeading';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { useConfirmSubscription } from './api';
import { NewsletterResult } from './NewsletterResult';

const route = getRouteApi('/offentligt/nyhetsbrev/bekrafta');

/**
 * Where the confirmation mail's link leads (IOP-10, double opt-in): the page confirms on opening
 * and says how it went. A used, unknown or expired link gets a plain explanation, not an error.
 */
export function NewsletterConfirmPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const confirm = useConfirmSubscription();
  const { mutate } = confirm;
  // Once per opening: React's development double effects must not confirm twice.
  const started = useRef(false);
  useEffect(() => {
    if (token && !started.current) {
      started.current = true;
      mutate(token);
    }
  }, [token, mutate]);

  const result = !token || isApiError(confirm.error, 400) ? 'invalid' : confirm.data?.result;
  return (
    <PublicLayout width={720}>
      <PageHeading title={t('newsletterPublic.confirmTitle')} />
      {result === 'confirmed' ? (
        <NewsletterResult ok title={t('newsletterPublic.confirmed')}>
          {t('newsletterPublic.confirmedText')}
        </NewsletterResult>
      ) : result === 'already_confirmed' ? (
        <NewsletterResult ok title={t('newsletterPublic.alreadyConfirmed')}>
          {t('newsletterPublic.alreadyConfirmedText')}
        </NewsletterResult>
      ) : result === 'invalid' ? (
        <NewsletterResult ok={false} title={t('newsletterPublic.confirmInvalid')}>
          {t('newsletterPublic.confirmInvalidText')}
        </NewsletterResult>
      ) : confirm.isError ? (
        <ErrorState error={confirm.error} onRetry={() => token && mutate(token)} />
      ) : (
        <LoadingState label={t('newsletterPublic.confirming')} />
      )}
    </PublicLayout>
  );
}
