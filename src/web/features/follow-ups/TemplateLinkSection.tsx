import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JOINT_PREPARATION_GROUP_TYPE } from '../../../shared/followup/follow-up-record.rules';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from '../organisations/PanelHeading';

/** On the body page of an agreement's joint beredningsgrupp: the way to the routine template it keeps (AGR-5); nothing for other bodies. */
export function TemplateLinkSection({ body }: { body: { id: string; type: string } }) {
  const { t } = useTranslation();
  if (body.type !== JOINT_PREPARATION_GROUP_TYPE) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="routine-template-heading">
      <PanelHeading headingId="routine-template-heading" title={t('followUps.templatePageTitle')} requirements={['AGR-5']} />
      <Text size="sm">
        <AnchorLink to="/styrgrupper/$id/uppfoljningsmall" params={{ id: body.id }}>
          {t('followUps.templateLink')}
        </AnchorLink>
      </Text>
    </Paper>
  );
}
