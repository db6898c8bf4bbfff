import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/users/roles';

/** The roles of a user or API token as badges with their Swedish (or English) names. */
export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      {roles.map((role) => (
        <Badge key={role} variant="light" color={role === 'admin' ? 'grape' : 'brand'} size="md">
          {t(`roles.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}
