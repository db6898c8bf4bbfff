import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArrowLeftIcon } from '../../components/ui/icons';
import { AnchorLink } from '../../components/ui/RouterLinks';

/** The way back to the central overview. */
export function BackToOverview() {
  const { t } = useTranslation();
  return (
    <Group mb="xs">
      <AnchorLink to="/samverkan" size="sm" fw={600}>
        <Group gap={4} component="span">
          <ArrowLeftIcon size={16} />
          {t('cooperations.backToOverview')}
        </Group>
      </AnchorLink>
    </Group>
  );
}
