import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicIopContactView } from '../../../shared/public/public-iop.schemas';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { hasContact, telHref } from './public-iop.format';

/** The IOP contact function set by the administrator, and the way to propose cooperation (IOP-10). */
export function IopContact({ contact }: { contact: PublicIopContactView }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" withBorder radius="md" p="lg" aria-labelledby="iop-contact-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="iop-contact-heading">
          {t('publicIop.contactHeading')}
        </Title>
        {hasContact(contact) ? (
          <>
            <Text>{t('publicIop.contactLead')}</Text>
            <dl className="fact-list">
              {contact.address ? (
                <div className="fact">
                  <dt>{t('publicIop.address')}</dt>
                  <dd style={{ whiteSpace: 'pre-wrap' }}>{contact.address}</dd>
                </div>
              ) : null}
              {contact.phone ? (
                <div className="fact">
                  <dt>{t('publicIop.phone')}</dt>
                  <dd>
                    <Anchor href={telHref(contact.phone)}>{contact.phone}</Anchor>
                  </dd>
                </div>
              ) : null}
              {contact.email ? (
                <div className="fact">
                  <dt>{t('publicIop.email')}</dt>
                  <dd>
                    <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor>
                  </dd>
                </div>
              ) : null}
            </dl>
          </>
        ) : (
          <Text>{t('publicIop.contactMissing')}</Text>
        )}
        <Text>{t('publicIop.dialogue')}</Text>
        <ButtonLink to={contact.proposalPath}>{t('publicIop.propose')}</ButtonLink>
      </Stack>
    </Paper>
  );
}
