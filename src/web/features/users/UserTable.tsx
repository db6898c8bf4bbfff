import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { UserListItemView, UserView } from '../../../shared/users/user.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { DotsIcon } from '../../components/ui/icons';
import { RoleBadges } from '../../components/ui/RoleBadges';
import type { UserAction } from './api';
import { offersTwoFactorReset, passwordActionOf, signInBadges } from './user-sign-in.format';

type UserTableProps = {
  users: UserListItemView[];
  currentUserId: string;
  onEdit: (user: UserView) => void;
  onAction: (user: UserListItemView, action: UserAction) => void;
  /** Issue 15: removes the user's second factor (asked for confirmation by the page). */
  onResetTwoFactor?: (user: UserView) => void;
};

/** The users as a table with a menu of actions per row. */
export function UserTable({ users, currentUserId, onEdit, onAction, onResetTwoFactor }: UserTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();

  return (
    <Table.ScrollContainer minWidth={980} type="native">
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('users.listLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.colName')}</Table.Th>
            <Table.Th scope="col">{t('users.colRoles')}</Table.Th>
            <Table.Th scope="col">{t('users.colStatus')}</Table.Th>
            <Table.Th scope="col">{t('userSignIn.column')}</Table.Th>
            <Table.Th scope="col">{t('users.colLastLogin')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row">
                <Text fw={600} size="sm">
                  {user.name}
                </Text>
                <Text size="sm" c="dimmed" fw={400}>
                  {user.email}
                </Text>
              </Table.Th>
              <Table.Td>
                <RoleBadges roles={user.roles} />
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Badge variant="light" color={user.status === 'active' ? 'green' : 'gray'}>
                    {t(`users.status_${user.status}`)}
                  </Badge>
                  {user.mustChangePassword ? (
                    <Badge variant="light" color="yellow">
                      {t('users.mustChangePassword')}
                    </Badge>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  {signInBadges(user.signIn).map((badge) => (
                    <Badge key={badge.key} variant="light" color={badge.color}>
                      {t(badge.key)}
                    </Badge>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm" className="nowrap">
                  {user.lastLoginAt ? formatDateTime(user.lastLoginAt, locale) : t('common.never')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  <Menu position="bottom-end" shadow="md" width={240} withInitialFocusPlaceholder={false}>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="dark" size="lg" aria-label={t('users.actionsFor', { name: user.name })}>
                        <DotsIcon />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => onEdit(user)}>{t('users.edit')}</Menu.Item>
                      {user.status === 'active' ? (
                        <Menu.Item
                          color="red"
                          disabled={user.id === currentUserId}
                          onClick={() => onAction(user, 'disable')}
                        >
                          {t('users.disable')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item onClick={() => onAction(user, 'enable')}>{t('users.enable')}</Menu.Item>
                      )}
                      {/* An account made by single sign-on is offered a password under its own name, so nobody
                          takes it for a reset of something it had (decision 014 keeps the reset for it). */}
                      <Menu.Item onClick={() => onAction(user, 'reset-password')}>
                        {passwordActionOf(user.signIn) === 'reset' ? t('users.resetPassword') : t('userSignIn.givePassword')}
                      </Menu.Item>
                      {onResetTwoFactor && offersTwoFactorReset(user.signIn) ? (
                        <Menu.Item onClick={() => onResetTwoFactor(user)}>{t('security.resetTwoFactor')}</Menu.Item>
                      ) : null}
                      <Menu.Divider />
                      <Menu.Item
                        onClick={() =>
                          void navigate({ to: '/admin/audit-log', search: { entityType: 'user', entityId: user.id } })
                        }
                      >
                        {t('users.showAudit')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
