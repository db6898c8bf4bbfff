import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/ui/RouterLinks';

/** A link from the body list to the organisation diagram (AGR-3). */
export function DiagramLink() {
  const { t } = useTranslation();
  return (
    <Group mb="md">
      <ButtonLink to="/styrgrupper/organisation" variant="light">
        {t('structure.diagramLink')}
      </ButtonLink>
    </Group>
  );
}
