import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArrowLeftIcon } from '../../components/ui/icons';
import { AnchorLink } from '../../components/ui/RouterLinks';

/** The way back from the comparison to the agreement. */
export function BackToAgreement({ cooperationId, agreement }: { cooperationId: string; agreement: { id: string; title: string } }) {
  const { t } = useTranslation();
  return (
    <Group mb="xs">
      <AnchorLink to="/samverkan/$id/avtal/$agreementId" params={{ id: cooperationId, agreementId: agreement.id }} size="sm" fw={600}>
        <Group gap={4} component="span">
          <ArrowLeftIcon size={16} />
          {t('agreements.backToAgreement', { title: agreement.title })}
        </Group>
      </AnchorLink>
    </Group>
  );
}
