import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobTrackSummary } from '../../../shared/employers/employer-offers.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate } from '../../components/ui/date.format';
import { AnchorLink } from '../../components/ui/RouterLinks';

const STATUS_COLOR = { planned: 'blue', running: 'green', ended: 'gray' } as const;

/** Job tracks as a table: title (to the track), occupation, employers, places, dates, unit, with Arbetsförmedlingen, status (EMP-4). */
export function JobTrackTable({ items, label }: { items: JobTrackSummary[]; label: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('employerOffers.trackTitle')}</Table.Th>
            <Table.Th scope="col">{t('employerOffers.occupation')}</Table.Th>
            <Table.Th scope="col">{t('employerOffers.employers')}</Table.Th>
            <Table.Th scope="col">{t('employerOffers.places')}</Table.Th>
            <Table.Th scope="col">{t('employerOffers.periodCol')}</Table.Th>
            <Table.Th scope="col">{t('employerOffers.unit')}</Table.Th>
            <Table.Th scope="col">{t('employerOffers.withAf')}</Table.Th>
            <Table.Th scope="col">{t('employerOffers.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((x) => (
            <Table.Tr key={x.id}>
              <Table.Td>
                <AnchorLink to="/jobbspar/$id" params={{ id: x.id }}>
                  {x.title}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{x.occupation}</Table.Td>
              <Table.Td>{x.employers.map((e) => e.name).join(', ')}</Table.Td>
              <Table.Td>{x.places}</Table.Td>
              <Table.Td>
                {formatCalendarDate(x.startDate, locale)} – {formatCalendarDate(x.endDate, locale)}
              </Table.Td>
              <Table.Td>{x.unit?.name ?? '–'}</Table.Td>
              <Table.Td>{x.withAf ? (x.workingGroup ? `${t('common.yes')} (${x.workingGroup.name})` : t('common.yes')) : t('common.no')}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={STATUS_COLOR[x.status]}>
                  {t(`employerOffers.trackStatus_${x.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
