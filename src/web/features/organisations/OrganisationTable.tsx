import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import type { ReferenceDataView } from '../../../shared/organisations/reference.schemas';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { NoValue } from '../../components/ui/NoValue';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { DemocracyStatusBadge } from './DemocracyStatusBadge';
import { districtName, legalFormName } from './organisation.format';

type OrganisationTableProps = {
  organisations: OrganisationView[];
  referenceData: ReferenceDataView | undefined;
};

/** The register as a table: the name links to the organisation's page. */
export function OrganisationTable({ organisations, referenceData }: OrganisationTableProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const locale = currentLocale();

  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('organisations.listLabel')} style={{ verticalAlign: 'top' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('organisations.colName')}</Table.Th>
            <Table.Th scope="col">{t('organisations.colKind')}</Table.Th>
            <Table.Th scope="col">{t('organisations.colLegalForm')}</Table.Th>
            <Table.Th scope="col">{t('organisations.colOrgNumber')}</Table.Th>
            <Table.Th scope="col">{t('organisations.colDemocracy')}</Table.Th>
            <Table.Th scope="col">{t('organisations.colDistricts')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Th scope="row" fw={400}>
                <Group gap="xs" wrap="wrap">
                  <AnchorLink to="/organisationer/$id" params={{ id: o.id }} fw={600} size="sm">
                    {o.name}
                  </AnchorLink>
                  {o.status === 'archived' ? (
                    <Badge variant="light" color="gray" size="sm">
                      {t('organisations.status_archived')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{t(`organisations.kind_${o.kind}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{legalFormName(referenceData, o.kind, o.legalForm, lang)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" className="nowrap" ff="monospace">
                  {o.orgNumber ?? <NoValue label={t('organisations.noOrgNumber')} />}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <DemocracyStatusBadge status={o.democracyStatus} />
                  {o.democracyStatus === 'eligible' && o.democracyValidUntil ? (
                    <Text size="xs" c="dimmed" className="nowrap">
                      {t('organisations.validUntil', { date: formatCalendarDate(o.democracyValidUntil, locale) })}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {o.districts.length > 0 ? o.districts.map((d) => districtName(referenceData, d)).join(', ') : t('common.none')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
