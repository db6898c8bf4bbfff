import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../../shared/users/permissions.rules';
import { ADMIN_PAGES } from '../../app/areas.config';
import { useCurrentSession } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { PageHeading } from '../../components/ui/PageHeading';
import { AreaCard } from './AreaCard';

/** The administration overview: one card per administration page the user may use. */
export function AdministrationPage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const pages = ADMIN_PAGES.filter((page) => hasPermission(user.roles, page.permission));
  if (pages.length === 0) return <ForbiddenPage />;

  return (
    <>
      <PageHeading title={t('admin.title')} description={t('admin.intro')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {pages.map((page) => (
          <AreaCard
            key={page.key}
            icon="administration"
            title={t(`areas.${page.key}`)}
            text={t(`admin.${page.key}Text`)}
            to={page.path}
          />
        ))}
      </SimpleGrid>
    </>
  );
}
