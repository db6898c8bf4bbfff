import { Anchor, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisations/organisation.schemas';
import { useCan } from '../../app/current-session.context';
import { EditIcon } from '../../components/ui/icons';
import { NoValue } from '../../components/ui/NoValue';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { PanelHeading } from './PanelHeading';

/** The organisation's contact people: name, role, e-mail and phone only (minimal personal data). */
export function ContactsPanel({ organisation }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const canEdit = useCan('organisations.write') && organisation.status === 'active';
  const editLink = canEdit ? (
    <ButtonLink
      to="/organisationer/$id/redigera"
      params={{ id: organisation.id }}
      hash="contacts"
      variant="default"
      size="sm"
      leftSection={<EditIcon size={16} />}
    >
      {t('organisations.editContacts')}
    </ButtonLink>
  ) : undefined;

  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading title={t('organisations.contacts')} description={t('organisations.contactsPrivacy')} actions={editLink} />
      {organisation.contacts.length === 0 ? (
        <EmptyMessage>{t('organisations.noContacts')}</EmptyMessage>
      ) : (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table verticalSpacing="sm" aria-label={t('organisations.contacts')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisations.contactName')}</Table.Th>
                <Table.Th scope="col">{t('organisations.contactRole')}</Table.Th>
                <Table.Th scope="col">{t('organisations.contactEmail')}</Table.Th>
                <Table.Th scope="col">{t('organisations.contactPhone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {organisation.contacts.map((c, i) => (
                <Table.Tr key={`${c.name}-${i}`}>
                  <Table.Th scope="row">
                    <Text size="sm" fw={600}>
                      {c.name}
                    </Text>
                  </Table.Th>
                  <Table.Td>{c.role ?? <NoValue />}</Table.Td>
                  <Table.Td>{c.email ? <Anchor href={`mailto:${c.email}`} size="sm">{c.email}</Anchor> : <NoValue />}</Table.Td>
                  <Table.Td>{c.phone ? <Anchor href={`tel:${c.phone.replace(/[^+\d]/g, '')}`} size="sm">{c.phone}</Anchor> : <NoValue />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
