import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArrowLeftIcon } from '../../components/ui/icons';
import { AnchorLink } from '../../components/ui/RouterLinks';

/** The way back: to the initiative when one is given, else to the list. */
export function BackToInitiatives({ initiative }: { initiative?: { id: string; title: string } }) {
  const { t } = useTranslation();
  return (
    <Group mb="xs">
      {initiative ? (
        <AnchorLink to="/initiativ/$id" params={{ id: initiative.id }} size="sm" fw={600}>
          <Group gap={4} component="span">
            <ArrowLeftIcon size={16} />
            {t('initiatives.backTo', { title: initiative.title })}
          </Group>
        </AnchorLink>
      ) : (
        <AnchorLink to="/initiativ" size="sm" fw={600}>
          <Group gap={4} component="span">
            <ArrowLeftIcon size={16} />
            {t('initiatives.backToList')}
          </Group>
        </AnchorLink>
      )}
    </Group>
  );
}
