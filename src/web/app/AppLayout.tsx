import { AppShell, Badge, Box, Burger, Divider, Group, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../shared/users/permissions.rules';
import type { Role } from '../../shared/users/roles';
import { AreaIcon } from '../components/ui/AreaIcon';
import { Brand } from '../components/ui/Brand';
import { LanguageSwitch } from '../components/ui/LanguageSwitch';
import { NavLinkLink, UnstyledLink } from '../components/ui/RouterLinks';
import { MAIN_CONTENT_ID, SkipLink } from '../components/ui/SkipLink';
import { sessionQueryOptions } from '../features/auth/api';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useWorkQueueCount } from '../features/work-queue/api';
import { ADMIN_PAGES, RULES_PAGE, showsRulesPage, visibleAreas } from './areas.config';
import { CurrentSessionContext } from './current-session.context';
import { UserMenu } from './UserMenu';

function isActive(pathname: string, path: string): boolean {
  return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
}

/** The logged-in frame: header with language and user menu, the area menu, and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useQuery(sessionQueryOptions).data;
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [navOpened, { toggle, close }] = useDisclosure(false);

  // On small screens the menu covers the page; close it once the user has picked a page.
  useEffect(() => close(), [pathname, close]);

  // Logout and an ended session clear the cache first and navigate right after; render nothing between.
  if (!session) return null;
  const roles = session.user.roles;
  const adminPages = ADMIN_PAGES.filter((page) => hasPermission(roles, page.permission));
  const areas = visibleAreas(roles);

  return (
    <CurrentSessionContext value={session}>
      <SkipLink />
      <AppShell
        header={{ height: 68 }}
        navbar={{ width: 272, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'md', sm: 'xl' }}
      >
        <AppShell.Header className="app-header">
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpened ? t('app.closeNav') : t('app.openNav')}
                aria-expanded={navOpened}
                aria-controls="main-navigation"
              />
              <UnstyledLink to="/" aria-label={t('app.home')}>
                <Brand />
              </UnstyledLink>
            </Group>
            <Group gap={4} wrap="nowrap">
              <LanguageSwitch />
              <NotificationBell />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar id="main-navigation" aria-label={t('app.mainNav')} p="sm">
          <AppShell.Section grow component={ScrollArea} type="auto">
            <NavLinkLink
              to="/"
              activeOptions={{ exact: true }}
              label={t('areas.home')}
              leftSection={<AreaIcon area="home" />}
              rightSection={<WorkQueueBadge roles={roles} />}
              active={isActive(pathname, '/')}
            />
            {areas.length > 0 ? <Divider my="xs" /> : null}
            {areas.map((area) => (
              <NavLinkLink
                key={area.key}
                to={area.path}
                label={t(`areas.${area.key}`)}
                leftSection={<AreaIcon area={area.key} />}
                active={isActive(pathname, area.path)}
              />
            ))}
            {adminPages.length > 0 ? (
              <Box mt="md">
                <Divider mb="xs" />
                <NavLinkLink
                  to="/admin"
                  activeOptions={{ exact: true }}
                  label={t('areas.administration')}
                  leftSection={<AreaIcon area="administration" />}
                  active={pathname === '/admin'}
                />
                {adminPages.map((page) => (
                  <NavLinkLink
                    key={page.key}
                    to={page.path}
                    label={t(`areas.${page.key}`)}
                    pl={44}
                    active={isActive(pathname, page.path)}
                  />
                ))}
              </Box>
            ) : null}
          </AppShell.Section>
          {showsRulesPage(roles) ? (
            // Reference rather than work: kept apart at the foot of the menu, where it is found from every page.
            <AppShell.Section>
              <Divider mb="xs" />
              <NavLinkLink
                to={RULES_PAGE.path}
                label={t('rules.title')}
                leftSection={<AreaIcon area="rules" />}
                active={isActive(pathname, RULES_PAGE.path)}
              />
            </AppShell.Section>
          ) : null}
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className="main-landmark">
          <Box maw={1280}>
            <Outlet />
          </Box>
        </AppShell.Main>
      </AppShell>
    </CurrentSessionContext>
  );
}

/** The number of "Att göra" items beside the Start link, for staff (issue 12); nothing when there are none. */
function WorkQueueBadge({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  const enabled = hasPermission(roles, 'work-queue.read');
  const count = useWorkQueueCount(enabled).data?.count ?? 0;
  if (!enabled || count === 0) return null;
  return (
    <Badge size="sm" variant="filled" circle={count < 10} aria-label={t('workQueue.menuCount', { count })} title={t('workQueue.menuCount', { count })}>
      {count > 99 ? '99+' : count}
    </Badge>
  );
}
