import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ADMIN_PAGES, visibleAreas } from '../../app/areas.config';
import { useCurrentSession } from '../../app/current-session.context';
import { hasPermission } from '../../../shared/users/permissions.rules';
import { PageHeading } from '../../components/ui/PageHeading';
import { AnchorLink, ButtonLink } from '../../components/ui/RouterLinks';
import { maySeeEverything } from '../../../shared/work-queue/work-queue.rules';
import { PortalStartSection } from '../portal/PortalStartSection';
import { PartnerCooperationsSection } from '../work-queue/PartnerCooperationsSection';
import { WorkQueueSection } from '../work-queue/WorkQueueSection';
import { AreaCard } from './AreaCard';

/**
 * The start page: a welcome with the user's roles, then "Att göra" — what is due for the user
 * (issue 12); for a partner its organisation's cooperations — and below it, smaller, a card per
 * area the user can use.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const showsAdministration = ADMIN_PAGES.some((page) => hasPermission(user.roles, page.permission));
  const areas = visibleAreas(user.roles);
  const hasWorkQueue = hasPermission(user.roles, 'work-queue.read');
  // A partner's start page (decision 008): its "Att göra" and its organisation's cooperations.
  const isPartner = hasPermission(user.roles, 'partner-reports.submit');
  // Issue 15: a partner's start leads with what its organisation must do (decisions, reports, returned documents),
  // which is all a partner-only "Att göra" holds; its cooperations have their own portal page. An account with
  // other roles besides (a representative who is also a steering member) keeps its "Att göra" below.
  const isPortal = hasPermission(user.roles, 'portal.read');
  const isPortalOnly = isPortal && user.roles.every((role) => role === 'partner');

  return (
    <Stack gap="xl">
      <div>
        <PageHeading title={t('home.welcome', { name: user.name })} />
        <Paper withBorder p="md" radius="md" maw={760}>
          <Group gap="sm" align="center">
            <Text fw={600} size="sm" id="my-roles">
              {t('home.rolesLabel')}:
            </Text>
            <Group gap={6} component="ul" aria-labelledby="my-roles" m={0} p={0} style={{ listStyle: 'none' }}>
              {user.roles.map((role) => (
                <li key={role}>
                  <Badge variant="light" size="lg">
                    {t(`roles.${role}`)}
                  </Badge>
                </li>
              ))}
            </Group>
          </Group>
        </Paper>
      </div>
      {isPortal ? <PortalStartSection /> : null}
      {hasWorkQueue && !isPortalOnly ? <WorkQueueSection canSeeEverything={maySeeEverything(user.roles)} /> : null}
      {isPartner && !isPortalOnly ? <PartnerCooperationsSection /> : null}
      {areas.length > 0 || showsAdministration ? (
        <section aria-labelledby="areas-heading">
          <Title order={2} id="areas-heading" fz={hasWorkQueue ? 'h4' : 'h3'} mb="md">
            {t('home.areasTitle')}
          </Title>
          <SimpleGrid cols={hasWorkQueue ? { base: 1, sm: 2, lg: 4 } : { base: 1, sm: 2, lg: 3 }} spacing="md">
            {areas.map((area) => (
              <AreaCard key={area.key} icon={area.key} title={t(`areas.${area.key}`)} text={t(`areas.${area.key}Text`)} to={area.path} />
            ))}
            {showsAdministration ? (
              <AreaCard icon="administration" title={t('areas.administration')} text={t('areas.administrationText')} to="/admin" />
            ) : null}
          </SimpleGrid>
        </section>
      ) : (
        <AccountOnly />
      )}
    </Stack>
  );
}

/**
 * For a role that uses no area of this version (today the partner): what the account gives, said
 * plainly, and where the public can follow and propose cooperation — no teasers of what may come.
 */
function AccountOnly() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="account-heading">
      <Stack gap="md" maw={760}>
        <Title order={2} id="account-heading" fz="h3">
          {t('home.accountTitle')}
        </Title>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm" align="flex-start">
            <Text>{t('home.accountText')}</Text>
            <Text>{t('home.accountCan')}</Text>
            <ButtonLink to="/change-password" variant="default">
              {t('auth.changePassword')}
            </ButtonLink>
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <Title order={3} fz="h4">
              {t('home.publicTitle')}
            </Title>
            <Text>{t('home.publicText')}</Text>
            <Group gap="lg">
              <AnchorLink to="/offentligt/iop">{t('home.publicIop')}</AnchorLink>
              <AnchorLink to="/foresla-samverkan">{t('home.propose')}</AnchorLink>
              <AnchorLink to="/ansok/integrationspakten">{t('home.applyIntegrationPact')}</AnchorLink>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </section>
  );
}
