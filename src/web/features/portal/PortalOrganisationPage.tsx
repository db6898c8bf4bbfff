import { Anchor, Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortalOrganisationView } from '../../../shared/portal/portal.schemas';
import type { DocumentSubmissionView } from '../../../shared/portal/document-submission.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLanguage, currentLocale } from '../../app/i18n/i18n.config';
import { formatDate } from '../../components/ui/date.format';
import { PageHeading } from '../../components/ui/PageHeading';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { usePageMessage } from '../../components/ui/usePageMessage';
import { StatusMessage } from '../../components/ui/StatusMessage';
import { useReferenceData } from '../organisations/api';
import { legalFormName } from '../organisations/organisation.format';
import { portalHref, usePortalOrganisation } from './api';
import { PortalSubmitForm } from './PortalSubmitForm';
import { SubmissionStatusBadge } from './SubmissionStatusBadge';

/** "Vår organisation" (issue 15, ORG-4): register data read-only, the partner-control documents and submitting them. */
export function PortalOrganisationPage() {
  const { t } = useTranslation();
  return useCan('portal.read') ? <PortalOrganisation /> : <ForbiddenPage text={t('portal.notLinked')} />;
}

function PortalOrganisation() {
  const { t } = useTranslation();
  const query = usePortalOrganisation();
  const { setMessage, messageProps } = usePageMessage();
  return (
    <>
      <PageHeading title={t('portal.organisationTitle')} description={t('portal.organisationIntro')} />
      <div ref={messageProps.scrollRef}>
        <StatusMessage message={messageProps.message} onClose={messageProps.onClose} />
      </div>
      {query.isPending ? <LoadingState /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <Stack gap="xl">
          <RegisterData organisation={query.data.organisation} />
          <section aria-labelledby="portal-documents-heading">
            <Title order={2} fz="h3" id="portal-documents-heading" mb="xs">
              {t('portal.documentsTitle')}
            </Title>
            <Text mb="md" maw={760}>
              <WithRequirements ids={['ORG-4']}>{t('portal.documentsIntro')}</WithRequirements>
            </Text>
            <Paper withBorder radius="md" p="md">
              <Checklist data={query.data} />
            </Paper>
          </section>
          <section aria-labelledby="portal-submit-heading">
            <Title order={2} fz="h3" id="portal-submit-heading" mb="md">
              {t('portal.submitTitle')}
            </Title>
            <Paper withBorder radius="md" p="md">
              <PortalSubmitForm onSubmitted={setMessage} />
            </Paper>
          </section>
          <section aria-labelledby="portal-history-heading">
            <Title order={2} fz="h3" id="portal-history-heading" mb="md">
              {t('portal.historyTitle')}
            </Title>
            <Paper withBorder radius="md" p="md">
              <SubmissionHistory submissions={query.data.submissions} />
            </Paper>
          </section>
        </Stack>
      ) : null}
    </>
  );
}

function Field({ label, value }: { label: string; value: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value && value.trim() !== '' ? value : t('portal.notGiven')}
      </Text>
    </div>
  );
}

function RegisterData({ organisation }: { organisation: PortalOrganisationView['organisation'] }) {
  const { t } = useTranslation();
  const referenceData = useReferenceData().data;
  const address = [organisation.address.street, [organisation.address.postalCode, organisation.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <section aria-labelledby="portal-register-heading">
      <Title order={2} fz="h3" id="portal-register-heading" mb="md">
        {organisation.name}
      </Title>
      <Paper withBorder radius="md" p="md">
        <Text fw={600} mb="sm">
          {t('portal.registerTitle')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="dl" m={0}>
          <Field label={t('portal.orgNumber')} value={organisation.orgNumber} />
          <Field label={t('portal.kind')} value={t(`organisations.kind_${organisation.kind}`)} />
          <Field label={t('portal.legalForm')} value={legalFormName(referenceData, organisation.kind, organisation.legalForm, currentLanguage())} />
          <Field label={t('portal.address')} value={address} />
          <Field label={t('portal.website')} value={organisation.website} />
          <Field label={t('portal.memberCount')} value={organisation.memberCount === null ? null : String(organisation.memberCount)} />
          <Field label={t('portal.contacts')} value={organisation.contacts.map((c) => [c.name, c.email, c.phone].filter(Boolean).join(', ')).join('; ')} />
        </SimpleGrid>
      </Paper>
    </section>
  );
}

function Checklist({ data }: { data: PortalOrganisationView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t('portal.documentsTitle')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portal.colDocument')}</Table.Th>
            <Table.Th scope="col">{t('portal.colStatus')}</Table.Th>
            <Table.Th scope="col">{t('portal.colLatest')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.documents.checklist.map((item) => {
            const name = t(`documents.type_${item.documentType}`);
            const latest = data.submissions.find((s) => s.documentType === item.documentType);
            return (
              <Table.Tr key={item.documentType}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                <Table.Td>
                  <Stack gap={4}>
                    <Badge variant="light" color={item.status === 'missing' ? 'yellow' : 'green'}>
                      {t(`documents.status_${item.status}`)}
                    </Badge>
                    {item.status === 'received' ? (
                      <Text size="sm">
                        {t('documents.yearN', { year: item.year })} ·{' '}
                        <Anchor underline="always" href={portalHref.document(item.documentId)} aria-label={t('portal.downloadNamed', { name })}>
                          {t('portal.download')}
                        </Anchor>
                      </Text>
                    ) : null}
                    {item.status === 'not_existing' ? <Text size="sm">{t('documents.reasonN', { reason: item.reason })}</Text> : null}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {latest ? (
                    <Stack gap={4}>
                      <SubmissionStatusBadge status={latest.status} />
                      <Text size="sm">{formatDate(latest.submittedAt, locale)}</Text>
                      {latest.status === 'returned' && latest.reviewComment ? <Text size="sm">{t('portal.returnedComment', { comment: latest.reviewComment })}</Text> : null}
                    </Stack>
                  ) : (
                    '–'
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What a submission holds, in words: the file and year, or the reason it does not exist. */
export function SubmissionDetails({ submission, href }: { submission: DocumentSubmissionView; href: string }) {
  const { t } = useTranslation();
  if (submission.absenceReason !== null) return <Text size="sm">{t('portal.absenceN', { reason: submission.absenceReason })}</Text>;
  return (
    <Text size="sm">
      {t('documents.yearN', { year: submission.year })} ·{' '}
      <Anchor underline="always" href={href} aria-label={t('portal.downloadNamed', { name: submission.file?.originalName ?? '' })}>
        {submission.file?.originalName}
      </Anchor>
    </Text>
  );
}

function SubmissionHistory({ submissions }: { submissions: DocumentSubmissionView[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (submissions.length === 0) return <EmptyMessage>{t('portal.historyEmpty')}</EmptyMessage>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm">
        <Table.Caption>{t('portal.historyTitle')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portal.colDocument')}</Table.Th>
            <Table.Th scope="col">{t('portal.colDetails')}</Table.Th>
            <Table.Th scope="col">{t('portal.colSubmitted')}</Table.Th>
            <Table.Th scope="col">{t('portal.colStatus')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {submissions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Th scope="row" fw={500}>
                {t(`documents.type_${s.documentType}`)}
              </Table.Th>
              <Table.Td>
                <SubmissionDetails submission={s} href={portalHref.submission(s.id)} />
              </Table.Td>
              <Table.Td>{formatDate(s.submittedAt, locale)}</Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  <SubmissionStatusBadge status={s.status} />
                  {s.reviewComment ? <Text size="sm">{t('portal.returnedComment', { comment: s.reviewComment })}</Text> : null}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
