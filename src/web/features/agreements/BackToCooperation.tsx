import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArrowLeftIcon } from '../../components/ui/icons';
import { AnchorLink } from '../../components/ui/RouterLinks';

/** The way back to the cooperation an agreement belongs to. */
export function BackToCooperation({ cooperation }: { cooperation: { id: string; title: string } }) {
  const { t } = useTranslation();
  return (
    <Group mb="xs">
      <AnchorLink to="/samverkan/$id" params={{ id: cooperation.id }} size="sm" fw={600}>
        <Group gap={4} component="span">
          <ArrowLeftIcon size={16} />
          {t('agreements.backToCooperation', { title: cooperation.title })}
        </Group>
      </AnchorLink>
    </Group>
  );
}
