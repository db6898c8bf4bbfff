import { Badge, Button, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { formatCalendarDate } from '../../components/ui/date.format';
import { PlusIcon } from '../../components/ui/icons';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from '../organisations/PanelHeading';
import { AgreementStatusBadge } from './AgreementStatusBadge';
import { useCooperationAgreements } from './api';
import { NewAgreementModal } from './NewAgreementModal';

/** On a cooperation: its agreements with status, version, signing and the IOP-5 checklist state. */
export function CooperationAgreementsSection({ cooperation }: { cooperation: { id: string; title: string } }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const allowed = useCan('agreements.read');
  const canWrite = useCan('agreements.write');
  const [creating, setCreating] = useState(false);
  const query = useCooperationAgreements(cooperation.id);
  if (!allowed) return null;
  const items = query.data?.items;
  return (
    <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-labelledby="agreements-heading">
      <PanelHeading
        headingId="agreements-heading"
        title={t('agreements.sectionTitle')}
        description={<WithRequirements ids={['IOP-5']}>{t('agreements.sectionIntro')}</WithRequirements>}
        actions={
          canWrite ? (
            <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setCreating(true)}>
              {t('agreements.new')}
            </Button>
          ) : undefined
        }
      />
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {items && items.length === 0 ? <EmptyMessage>{t('agreements.empty')}</EmptyMessage> : null}
      {items && items.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t('agreements.listCaption', { title: cooperation.title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agreements.colTitle')}</Table.Th>
                <Table.Th scope="col">{t('agreements.colStatus')}</Table.Th>
                <Table.Th scope="col">{t('agreements.colVersion')}</Table.Th>
                <Table.Th scope="col">{t('agreements.colSigned')}</Table.Th>
                <Table.Th scope="col">{t('agreements.colTerms')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <AnchorLink to="/samverkan/$id/avtal/$agreementId" params={{ id: cooperation.id, agreementId: a.id }} fw={600}>
                      {a.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    <AgreementStatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td>{a.currentVersion}</Table.Td>
                  <Table.Td>
                    {a.signedOn ? t('agreements.signedOn', { date: formatCalendarDate(a.signedOn, locale) }) : <Text c="dimmed" size="sm">{t('agreements.notSigned')}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {a.termsComplete ? (
                      <Badge color="green" variant="light">
                        {t('agreements.termsCompleteShort')}
                      </Badge>
                    ) : (
                      <Badge color="yellow" variant="light">
                        {t('agreements.termsMissingCount', { count: a.missingTermsCount })}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {canWrite ? <NewAgreementModal cooperationId={cooperation.id} opened={creating} onClose={() => setCreating(false)} /> : null}
    </Paper>
  );
}
