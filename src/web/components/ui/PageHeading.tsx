import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { shouldMoveFocusToNewPage } from './interaction.tracker';

type PageHeadingProps = {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
};

/**
 * The page's one h1. It names the document and, after client-side navigation, takes focus so
 * that a screen reader announces the new page as it would after a full page load.
 */
export function PageHeading({ title, description, actions }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.pageTitle', { page: title });
  }, [t, title]);

  useEffect(() => {
    if (shouldMoveFocusToNewPage()) ref.current?.focus({ preventScroll: false });
  }, []);

  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="lg" wrap="wrap">
      <Stack gap={6} maw={760}>
        <Title order={1} ref={ref} tabIndex={-1} className="page-heading">
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="md">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
