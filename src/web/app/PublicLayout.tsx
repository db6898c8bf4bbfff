import { Box, Container, Divider, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from '../components/ui/Brand';
import { LanguageSwitch } from '../components/ui/LanguageSwitch';
import { MAIN_CONTENT_ID, SkipLink } from '../components/ui/SkipLink';
import { publisherNames } from '../features/public-iop/public-iop.format';
import { usePublicPublisher } from '../features/public-iop/publisher.api';
import { currentLanguage } from './i18n/i18n.config';

type PublicLayoutProps = {
  children: ReactNode;
  width?: number;
  /** Pages for the public name who publishes them: the committee and the municipality (settings). */
  withPublisher?: boolean;
};

/** The frame of pages shown before login (login, forced password change, unknown address) and of the public pages. */
export function PublicLayout({ children, width = 460, withPublisher = false }: PublicLayoutProps) {
  return (
    <Box className="public-page">
      <SkipLink />
      <Box component="header" className="public-header">
        <Container size="lg" h="100%">
          <Group justify="space-between" h="100%" wrap="nowrap">
            <Group gap="md" wrap="nowrap">
              <Brand withTagline={!withPublisher} />
              {withPublisher ? <Publisher /> : null}
            </Group>
            <LanguageSwitch />
          </Group>
        </Container>
      </Box>
      <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1} className="main-landmark">
        <Container size={width} py={{ base: 32, sm: 64 }}>
          {children}
        </Container>
      </Box>
    </Box>
  );
}

// Nothing is shown until the names are known, and nothing when an administrator has not set them.
function Publisher() {
  const { committee, municipality } = publisherNames(usePublicPublisher().data, currentLanguage());
  if (!committee && !municipality) return null;
  return (
    <>
      <Divider orientation="vertical" />
      <Stack gap={0} data-testid="publisher">
        {committee ? (
          <Text fw={600} fz="sm" lh={1.3}>
            {committee}
          </Text>
        ) : null}
        {municipality ? (
          <Text fz="sm" c="dimmed" lh={1.3}>
            {municipality}
          </Text>
        ) : null}
      </Stack>
    </>
  );
}
