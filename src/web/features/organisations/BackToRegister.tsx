import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { ArrowLeftIcon } from '../../components/ui/icons';
import { AnchorLink } from '../../components/ui/RouterLinks';

/** The way back: to the organisation when one is given, else to the register. */
export function BackToRegister({ organisation }: { organisation?: OrganisationView }) {
  const { t } = useTranslation();
  return (
    <Group mb="xs">
      {organisation ? (
        <AnchorLink to="/organisationer/$id" params={{ id: organisation.id }} size="sm" fw={600}>
          <Group gap={4} component="span">
            <ArrowLeftIcon size={16} />
            {t('organisations.backTo', { name: organisation.name })}
          </Group>
        </AnchorLink>
      ) : (
        <AnchorLink to="/organisationer" size="sm" fw={600}>
          <Group gap={4} component="span">
            <ArrowLeftIcon size={16} />
            {t('organisations.backToRegister')}
          </Group>
        </AnchorLink>
      )}
    </Group>
  );
}
