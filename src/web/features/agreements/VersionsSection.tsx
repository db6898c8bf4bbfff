import { Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementDetailView } from '../../../shared/agreements/agreement.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate, formatDateTime } from '../../components/ui/date.format';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from '../organisations/PanelHeading';

/** Every version of the agreement with links to read it and to compare it with the one before (AGR-7). */
export function VersionsSection({ cooperationId, agreement, shown }: { cooperationId: string; agreement: AgreementDetailView; shown: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const params = { id: cooperationId, agreementId: agreement.id };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="versions-heading">
      <div id="versions-heading">
        <PanelHeading title={t('agreements.versionsTitle')} description={t('agreements.versionsIntro')} />
      </div>
      <Table>
        <Table.Caption>{t('agreements.versionsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('agreements.colVersion')}</Table.Th>
            <Table.Th scope="col">{t('agreements.colCreated')}</Table.Th>
            <Table.Th scope="col">{t('agreements.colSigned')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...agreement.versions].reverse().map((v) => (
            <Table.Tr key={v.number} aria-current={v.number === shown ? 'true' : undefined}>
              <Table.Th scope="row">
                {t('agreements.versionN', { n: v.number })}
                {v.number === agreement.currentVersion ? ` (${t('agreements.current')})` : ''}
              </Table.Th>
              <Table.Td>{formatDateTime(v.createdAt, locale)}</Table.Td>
              <Table.Td>{v.signedOn ? formatCalendarDate(v.signedOn, locale) : <Text size="sm" c="dimmed">{t('agreements.notSigned')}</Text>}</Table.Td>
              <Table.Td>
                {v.number === shown ? (
                  <Text size="sm" c="dimmed">
                    {t('agreements.shownNow')}
                  </Text>
                ) : (
                  <AnchorLink
                    to="/samverkan/$id/avtal/$agreementId"
                    params={params}
                    search={v.number === agreement.currentVersion ? {} : { version: v.number }}
                    size="sm"
                    mr="md"
                  >
                    {t('agreements.showVersion', { n: v.number })}
                  </AnchorLink>
                )}
                {v.number > 1 ? (
                  <AnchorLink to="/samverkan/$id/avtal/$agreementId/jamfor" params={params} search={{ from: v.number - 1, to: v.number }} size="sm">
                    {t('agreements.compareWithPrevious', { n: v.number, prev: v.number - 1 })}
                  </AnchorLink>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
