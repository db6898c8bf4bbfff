import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ADMIN_PAGES, AREAS, isAreaVisible } from '../../app/areas.config';
import { useCurrentSession } from '../../app/current-session.context';
import { hasPermission } from '../../../shared/users/permissions.rules';
import { PageHeading } from '../../components/ui/PageHeading';
import { AreaCard } from './AreaCard';

/** The start page: a welcome with the user's roles and a card per area. */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const showsAdministration = ADMIN_PAGES.some((page) => hasPermission(user.roles, page.permission));

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
      <section aria-labelledby="areas-heading">
        <Title order={2} id="areas-heading" fz="h3" mb="md">
          {t('home.areasTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {AREAS.filter((area) => isAreaVisible(area, user.roles)).map((area) => (
            <AreaCard
              key={area.key}
              icon={area.key}
              title={t(`areas.${area.key}`)}
              text={t(`areas.${area.key}Text`)}
              to={area.path}
              underConstruction={!area.built}
            />
          ))}
          {showsAdministration ? (
            <AreaCard
              icon="administration"
              title={t('areas.administration')}
              text={t('areas.administrationText')}
              to="/admin"
            />
          ) : null}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
