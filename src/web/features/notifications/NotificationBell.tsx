import { ActionIcon, Badge, Box, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { NotificationView } from '../../../shared/notifications/notification.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDateTime } from '../../components/ui/date.format';
import { BellIcon } from '../../components/ui/icons';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount } from './api';

const RECENT = 8;

/** The bell in the header (issue 12): the unread count, and a list of the latest notifications with links. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const count = useUnreadCount().data?.count ?? 0;
  const label = t('notifications.bellLabel', { count });

  return (
    <Popover opened={opened} onChange={(o) => (o ? undefined : close())} position="bottom-end" width={380} shadow="md" trapFocus returnFocus>
      {/* The popover's target is the button itself, so its aria-expanded and aria-controls sit on the button. */}
      <Indicator disabled={count === 0} label={count > 99 ? '99+' : count} size={18} offset={6} color="red" inline>
        <Popover.Target>
          <ActionIcon variant="subtle" color="dark" size="lg" onClick={toggle} aria-label={label} title={label}>
            <BellIcon size={20} />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} aria-labelledby="notification-bell-heading" role="dialog">
        {opened ? <RecentNotifications onNavigate={close} /> : null}
      </Popover.Dropdown>
    </Popover>
  );
}

function RecentNotifications({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const query = useNotifications(RECENT);
  const markAll = useMarkAllRead();
  const items = query.data?.items ?? [];
  const unread = query.data?.unread ?? 0;

  return (
    <Stack gap={0}>
      <Group justify="space-between" px="md" py="sm" gap="xs" wrap="wrap">
        <Title order={2} fz="md" id="notification-bell-heading">
          {t('notifications.recent')}
        </Title>
        {unread > 0 ? (
          <Button variant="subtle" size="compact-sm" onClick={() => markAll.mutate()} loading={markAll.isPending}>
            {t('notifications.markAllRead')}
          </Button>
        ) : null}
      </Group>
      <Divider />
      <ScrollArea.Autosize mah={380} type="auto">
        {query.isError ? (
          <Text size="sm" p="md" role="alert">
            {t('notifications.loadError')}
          </Text>
        ) : items.length === 0 && !query.isPending ? (
          <Text size="sm" c="dimmed" p="md">
            {t('notifications.empty')}
          </Text>
        ) : (
          <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((n) => (
              <NotificationItem key={n.id} notification={n} onNavigate={onNavigate} />
            ))}
          </Box>
        )}
      </ScrollArea.Autosize>
      <Divider />
      <Box px="md" py="sm">
        <AnchorLink to="/aviseringar" size="sm" onClick={onNavigate}>
          {t('notifications.showAll')}
        </AnchorLink>
      </Box>
    </Stack>
  );
}

/** One notification: its headline links to where the user acts, and opening it marks it read. */
export function NotificationItem({ notification: n, onNavigate }: { notification: NotificationView; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const unread = n.readAt === null;
  return (
    <Box component="li" px="md" py="xs" bg={unread ? 'var(--mantine-color-blue-light)' : undefined}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <AnchorLink
            to={n.link}
            size="sm"
            fw={unread ? 700 : 500}
            onClick={() => {
              if (unread) markRead.mutate(n.id);
              onNavigate?.();
            }}
          >
            {t(`notifications.type_${n.type}`)}: {n.summary}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {formatDateTime(n.createdAt, currentLocale())}
          </Text>
        </Stack>
        {unread ? (
          <Badge size="xs" variant="light">
            {t('notifications.unread')}
          </Badge>
        ) : null}
      </Group>
    </Box>
  );
}
