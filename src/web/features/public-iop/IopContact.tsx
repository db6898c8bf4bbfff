import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicIopContactView } from '../../../shared/public/public-iop.schemas';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { hasContact, telHref } from './public-iop.format';

type IopContactProps = {
  contact: PublicIopContactView;
  /** The committee's name in the UI language; empty when not set. */
  committee: string;
};

/**
 * The IOP contact function set by the administrator, and the way to propose cooperation (IOP-10).
 * Without contact details the section says so plainly and points to the proposal form, which
 * reaches the committee's staff, instead of promising details that may never come.
 */
export function IopContact({ contact, committee }: IopContactProps) {
  const { t } = useTranslation();
  return (
    <Paper component="section" withBorder radius="md" p="lg" aria-labelledby="iop-contact-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id="iop-contact-heading">
          {t('publicIop.contactHeading')}
        </Title>
        {hasContact(contact) ? (
          <>
            <Text maw={760} style={{ whiteSpace: 'pre-wrap' }}>
              {contact.text || t('publicIop.contactLead')}
            </Text>
            <dl className="fact-list">
              {contact.name ? (
                <div className="fact">
                  <dt>{t('publicIop.contactName')}</dt>
                  <dd>{contact.name}</dd>
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
              {contact.phone ? (
                <div className="fact">
                  <dt>{t('publicIop.phone')}</dt>
                  <dd>
                    <Anchor href={telHref(contact.phone)}>{contact.phone}</Anchor>
                  </dd>
                </div>
              ) : null}
              {contact.web ? (
                <div className="fact">
                  <dt>{t('publicIop.web')}</dt>
                  <dd>
                    <Anchor href={contact.web} rel="noopener">
                      {contact.web}
                    </Anchor>
                  </dd>
                </div>
              ) : null}
              {contact.address ? (
                <div className="fact">
                  <dt>{t('publicIop.address')}</dt>
                  <dd style={{ whiteSpace: 'pre-wrap' }}>{contact.address}</dd>
                </div>
              ) : null}
            </dl>
          </>
        ) : (
          <Text maw={760}>{committee ? t('publicIop.contactMissingNamed', { committee }) : t('publicIop.contactMissing')}</Text>
        )}
        <Text>{t('publicIop.dialogue')}</Text>
        <Group gap="sm">
          <ButtonLink to={contact.proposalPath}>{t('publicIop.propose')}</ButtonLink>
          {/* EMP-1: employers apply for membership of Integrationspakten on a form of their own. */}
          <ButtonLink to="/ansok/integrationspakten" variant="default">
            {t('publicApplication.link')}
          </ButtonLink>
        </Group>
      </Stack>
    </Paper>
  );
}
