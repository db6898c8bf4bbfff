import { Alert, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GRANT_COMMITTEES } from '../../../shared/initiatives/association-grant.rules';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage } from '../../app/i18n/i18n.config';
import { RequirementTag } from '../../components/ui/RequirementTag';
import { AlertIcon } from '../../components/ui/icons';

/** The names of the committees that handle association grants, in the UI language. */
export function grantCommitteeNames(referenceData: ReferenceDataView | undefined, lang: 'sv' | 'en'): string {
  return GRANT_COMMITTEES.map((code) => {
    const c = referenceData?.committees.find((x) => x.code === code);
    return c ? (lang === 'en' ? c.nameEn : c.nameSv) : code;
  }).join(', ');
}

/** Why an initiative asking for an association grant can only be referred, and to whom (INI-4). */
export function AssociationGrantNotice({ referenceData }: { referenceData: ReferenceDataView | undefined }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<AlertIcon />} title={t('initiatives.associationGrantTitle')} component="section" aria-label={t('initiatives.associationGrantTitle')}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Text size="sm">{t('initiatives.associationGrantText', { committees: grantCommitteeNames(referenceData, currentLanguage()) })}</Text>
        <RequirementTag id="INI-4" />
      </Group>
    </Alert>
  );
}
