import { Table, Text } from '@mantine/core';
import { InitiativeNumberLine } from './InitiativeNumberLine';
import { useTranslation } from 'react-i18next';
import type { InitiativeView } from '../../../shared/initiatives/initiative.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatDate } from '../../components/ui/date.format';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { InitiativeStatusBadge } from './InitiativeStatusBadge';

/** Initiatives as a table: the title links to the initiative's page. */
export function InitiativeTable({ initiatives }: { initiatives: InitiativeView[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table verticalSpacing="sm" highlightOnHover aria-label={t('initiatives.listLabel')} style={{ verticalAlign: 'top' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('initiatives.colTitle')}</Table.Th>
            <Table.Th scope="col">{t('initiatives.colOrganisations')}</Table.Th>
            <Table.Th scope="col">{t('initiatives.colOrigin')}</Table.Th>
            <Table.Th scope="col">{t('initiatives.colProposedForm')}</Table.Th>
            <Table.Th scope="col">{t('initiatives.colStatus')}</Table.Th>
            <Table.Th scope="col">{t('initiatives.colReceived')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {initiatives.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Th scope="row" fw={400}>
                <AnchorLink to="/initiativ/$id" params={{ id: i.id }} fw={600} size="sm">
                  {i.title}
                </AnchorLink>
                <InitiativeNumberLine initiative={i} />
              </Table.Th>
              <Table.Td>
                <Text size="sm">
                  {i.organisations.length > 0
                    ? i.organisations.map((o) => o.name).join(', ')
                    : (i.proposer?.organisationName ?? t('common.none'))}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {t(`initiatives.origin_${i.origin}`)}
                  {i.submittedVia === 'public_form' ? ` (${t('initiatives.viaPublicForm')})` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{i.proposedForm ? t(`initiatives.form_${i.proposedForm}`) : t('initiatives.noProposedForm')}</Text>
              </Table.Td>
              <Table.Td>
                <InitiativeStatusBadge status={i.status} />
              </Table.Td>
              <Table.Td className="nowrap">
                <Text size="sm">{formatDate(i.createdAt, locale)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
