import { Alert, Button, Group, Paper, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSubmissionView } from '../../../shared/portal/document-submission.schemas';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { submissionHref, useOrganisationSubmissions, useSettleSubmission } from '../portal/api';
import { SubmissionDetails } from '../portal/PortalOrganisationPage';
import { PanelHeading } from './PanelHeading';

type PartnerSubmissionsPanelProps = { organisationId: string; canWrite: boolean; onMessage: (message: string) => void };

/**
 * Staff's view of the partner-control documents the organisation submitted from the partner portal
 * and that wait for them (ORG-4, issue 15): accept one to register it as received, or send it back
 * with a comment. Shown only while something waits.
 */
export function PartnerSubmissionsPanel({ organisationId, canWrite, onMessage }: PartnerSubmissionsPanelProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const query = useOrganisationSubmissions(organisationId);
  const settle = useSettleSubmission(organisationId);
  const [returning, setReturning] = useState<DocumentSubmissionView | null>(null);
  const [comment, setComment] = useState('');
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.items;
  if (items.length === 0) return null;
  const nameOf = (s: DocumentSubmissionView) => t(`documents.type_${s.documentType}`);
  const commentError = isApiError(settle.error) ? settle.error.fieldErrors().comment : undefined;

  return (
    <Paper withBorder radius="md" p="lg">
      <PanelHeading title={t('portal.staffTitle')} requirements={['ORG-4']} description={t('portal.staffIntro')} />
      {settle.error && !returning ? (
        <Alert color="red" variant="light" role="alert" mb="md">
          {errorMessage(settle.error, t)}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm">
          <Table.Caption>{t('portal.staffTitle')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('portal.colDocument')}</Table.Th>
              <Table.Th scope="col">{t('portal.colDetails')}</Table.Th>
              <Table.Th scope="col">{t('portal.colSubmitted')}</Table.Th>
              {canWrite ? <Table.Td /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Th scope="row" fw={500}>
                  {nameOf(s)}
                </Table.Th>
                <Table.Td>
                  <SubmissionDetails submission={s} href={submissionHref(s.id)} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t('portal.submittedBy', { name: s.submittedBy?.name ?? '', date: formatDate(s.submittedAt, locale) })}</Text>
                </Table.Td>
                {canWrite ? (
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        loading={settle.isPending && settle.variables?.submissionId === s.id && settle.variables.action === 'accept'}
                        onClick={() =>
                          settle.mutate({ submissionId: s.id, version: s.version, action: 'accept' }, { onSuccess: () => onMessage(t('portal.accepted', { name: nameOf(s) })) })
                        }
                        aria-label={`${t('portal.accept')}: ${nameOf(s)}`}
                      >
                        {t('portal.accept')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => (settle.reset(), setComment(''), setReturning(s))} aria-label={`${t('portal.returnIt')}: ${nameOf(s)}`}>
                        {t('portal.returnIt')}
                      </Button>
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <AppModal opened={returning !== null} onClose={() => setReturning(null)} title={returning ? t('portal.returnTitle', { name: nameOf(returning) }) : ''} centered size="md">
        {returning ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              settle.mutate(
                { submissionId: returning.id, version: returning.version, action: 'return', comment: comment.trim() },
                { onSuccess: () => (onMessage(t('portal.returned', { name: nameOf(returning) })), setReturning(null)) },
              );
            }}
          >
            <Stack gap="md">
              {settle.error && !commentError ? (
                <Alert color="red" variant="light" role="alert">
                  {errorMessage(settle.error, t)}
                </Alert>
              ) : null}
              <Textarea
                label={t('portal.returnComment')}
                description={t('portal.returnCommentHint')}
                required
                autosize
                minRows={3}
                maxLength={2000}
                value={comment}
                onChange={(e) => setComment(e.currentTarget.value)}
                error={commentError}
                data-autofocus
              />
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={() => setReturning(null)}>
                  {t('portal.cancel')}
                </Button>
                <Button type="submit" loading={settle.isPending}>
                  {t('portal.returnIt')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </AppModal>
    </Paper>
  );
}
