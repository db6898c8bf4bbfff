import { Box, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from '../components/ui/Brand';
import { LanguageSwitch } from '../components/ui/LanguageSwitch';
import { MAIN_CONTENT_ID, SkipLink } from '../components/ui/SkipLink';

/** The frame of pages shown before login (login, forced password change, unknown address). */
export function PublicLayout({ children, width = 460 }: { children: ReactNode; width?: number }) {
  return (
    <Box className="public-page">
      <SkipLink />
      <Box component="header" className="public-header">
        <Container size="lg" h="100%">
          <Group justify="space-between" h="100%">
            <Brand />
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
