import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorMessage } from '../../components/ui/error-message.format';
import { CheckCircleIcon } from '../../components/ui/icons';
import { HoneypotField } from '../public-proposal/HoneypotField';
import { useSubscribe } from './api';

/**
 * Subscribing to the IOP newsletter on the public IOP page (IOP-10): an e-mail address and
 * nothing else, with the consent text beside the field. The answer is the same whether the
 * address was known or not; the mail that follows says what to do next.
 */
export function NewsletterSubscribe() {
  const { t } = useTranslation();
  const subscribe = useSubscribe();
  const [email, setEmail] = useState('');
  const [website, setWebsite] = useState('');
  const [edited, setEdited] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setEdited(false);
    subscribe.mutate(website === '' ? { email } : { email, website });
  };
  const error = subscribe.error;
  const fieldError = !edited && isApiError(error, 400) ? error.fieldErrors().email : undefined;
  const formError = error && !fieldError ? (isApiError(error, 429) ? t('newsletterPublic.rateLimited') : errorMessage(error, t)) : null;

  return (
    <Paper component="section" withBorder radius="md" p="lg" aria-labelledby="newsletter-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="newsletter-heading">
          {t('newsletterPublic.heading')}
        </Title>
        <Text maw={760}>{t('newsletterPublic.lead')}</Text>
        {subscribe.isSuccess ? (
          <Alert color="green" variant="light" icon={<CheckCircleIcon />} role="status" maw={760}>
            {t('newsletterPublic.accepted')}
          </Alert>
        ) : (
          <form onSubmit={submit} noValidate aria-labelledby="newsletter-heading" style={{ position: 'relative', width: '100%', maxWidth: 760 }}>
            <Stack gap="sm" align="flex-start">
              {formError ? (
                <Alert color="red" variant="light" role="alert" title={t('newsletterPublic.formInvalid')}>
                  {formError}
                </Alert>
              ) : null}
              <TextInput
                id="newsletter-email"
                label={t('newsletterPublic.email')}
                description={t('newsletterPublic.consent')}
                inputWrapperOrder={['label', 'input', 'error', 'description']}
                required
                type="email"
                autoComplete="email"
                maxLength={254}
                w="100%"
                value={email}
                onChange={(e) => {
                  setEmail(e.currentTarget.value);
                  setEdited(true);
                }}
                error={fieldError}
              />
              <HoneypotField id="newsletter-website" value={website} onChange={setWebsite} />
              <Button type="submit" loading={subscribe.isPending}>
                {t('newsletterPublic.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
