import { Accordion, Anchor, Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  answerIsYes,
  DEMOCRACY_QUESTIONS,
  type DemocracyCondition,
  type Evidence,
  type ExclusionGround,
} from '../../../shared/organisations/democracy.rules';
import type { AssessmentView } from '../../../shared/organisations/democracy.schemas';
import type { OrganisationDocumentView } from '../../../shared/organisations/document.schemas';
import { currentLocale } from '../../app/i18n/i18n.config';
import { formatCalendarDate, formatDateTime } from '../../components/ui/date.format';
import { NoValue } from '../../components/ui/NoValue';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { documentContentHref } from './api';
import { answerText } from './democracy.format';

type EvidenceListProps = { evidence: Evidence[]; documents: OrganisationDocumentView[]; organisationId: string };

/** Evidence as links: web addresses open in a new tab, documents download. */
export function EvidenceList({ evidence, documents, organisationId }: EvidenceListProps) {
  const { t } = useTranslation();
  if (evidence.length === 0) return <NoValue label={t('democracy.noEvidence')} />;
  return (
    <List size="sm" spacing={2}>
      {evidence.map((e) => {
        if (e.kind === 'url') {
          return (
            <List.Item key={e.url}>
              <Anchor href={e.url} target="_blank" rel="noopener noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
                {e.url}
              </Anchor>
            </List.Item>
          );
        }
        const doc = documents.find((d) => d.id === e.documentId);
        return (
          <List.Item key={e.documentId}>
            <Anchor href={documentContentHref(organisationId, e.documentId)} download size="sm">
              {doc ? `${t(`documents.type_${doc.documentType}`)} ${doc.year} – ${doc.file.originalName}` : t('democracy.document')}
            </Anchor>
          </List.Item>
        );
      })}
    </List>
  );
}

type AssessmentHistoryProps = { assessments: AssessmentView[]; documents: OrganisationDocumentView[]; organisationId: string };

/**
 * Every signed assessment, newest first (DEM-3): who prepared and who signed it, the basis, the
 * answers as the questions read today ("Ja" always the safe answer), their motivations and
 * evidence, and what the signer changed in review.
 */
export function AssessmentHistory({ assessments, documents, organisationId }: AssessmentHistoryProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (assessments.length === 0) return <EmptyMessage>{t('democracy.noAssessments')}</EmptyMessage>;
  const number = (key: string) => DEMOCRACY_QUESTIONS.findIndex((q) => q.key === key) + 1;
  const title = (key: DemocracyCondition | ExclusionGround) => `${number(key)}. ${t(`democracy.short_${key}`)}`;

  return (
    <Accordion variant="separated" radius="md" multiple defaultValue={[assessments[0]?.id ?? '']}>
      {assessments.map((a) => (
        <Accordion.Item key={a.id} value={a.id}>
          <Accordion.Control>
            <Group gap="sm" wrap="wrap">
              <Text fw={600} size="sm">
                {formatDateTime(a.signedAt, locale)}
              </Text>
              <Badge variant="light" color={a.result === 'eligible' ? 'green' : 'red'}>
                {t(`democracy.result_${a.result}`)}
              </Badge>
              <Text size="sm">{t('democracy.signedBy', { name: a.signedBy.name })}</Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="md">
              <Text size="sm">
                {a.result === 'eligible'
                  ? t('democracy.validThrough', { date: formatCalendarDate(a.validUntil, locale) })
                  : t('democracy.notEligibleAssessment')}{' '}
                {t('democracy.preparedBy', { name: a.preparedBy.name, date: formatDateTime(a.preparedAt, locale) })}
              </Text>
              {a.basis === null ? (
                <Text size="sm" c="dimmed">
                  {t('democracy.earlierBasis')}
                </Text>
              ) : (
                <Stack gap={4}>
                  <Text size="sm" fw={600}>
                    {t('democracy.basis')}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {a.basis}
                  </Text>
                  {a.evidence.length > 0 ? <EvidenceList evidence={a.evidence} documents={documents} organisationId={organisationId} /> : null}
                </Stack>
              )}
              {a.summary ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <Text span fw={600} size="sm">
                    {t('democracy.summary')}:
                  </Text>{' '}
                  {a.summary}
                </Text>
              ) : null}
              {a.reviewChanges.length > 0 ? (
                <Stack gap={4}>
                  <Text size="sm" fw={600}>
                    {t('democracy.reviewChangesTitle', { name: a.signedBy.name })}
                  </Text>
                  <List size="sm">
                    {a.reviewChanges.map((c) => (
                      <List.Item key={c.key}>
                        {t('democracy.changedAnswer', {
                          question: title(c.key),
                          before: answerText(t, c.section, c.before),
                          after: answerText(t, c.section, c.after),
                        })}
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              ) : null}
              <AnswerTable
                caption={t('democracy.conditionsTitle')}
                rows={a.conditions.map((c) => ({
                  key: c.condition,
                  title: title(c.condition),
                  yes: answerIsYes('conditions', c.met),
                  justification: c.justification,
                  evidence: c.evidence,
                }))}
                documents={documents}
                organisationId={organisationId}
              />
              <AnswerTable
                caption={t('democracy.exclusionsTitle')}
                rows={a.exclusions.map((e) => ({
                  key: e.ground,
                  title: title(e.ground),
                  yes: answerIsYes('exclusions', e.applies),
                  justification: e.justification,
                  evidence: e.evidence,
                }))}
                documents={documents}
                organisationId={organisationId}
              />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

type AnswerRow = { key: string; title: string; yes: boolean; justification: string; evidence: Evidence[] };

function AnswerTable({ caption, rows, documents, organisationId }: { caption: string; rows: AnswerRow[] } & Omit<EvidenceListProps, 'evidence'>) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760} type="native">
      <Table verticalSpacing="xs" style={{ verticalAlign: 'top' }} captionSide="top">
        <Table.Caption ta="left" fw={600} c="dark">
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="30%">
              {t('democracy.colQuestion')}
            </Table.Th>
            <Table.Th scope="col" w="10%">
              {t('democracy.colAnswer')}
            </Table.Th>
            <Table.Th scope="col">{t('democracy.justification')}</Table.Th>
            <Table.Th scope="col" w="24%">
              {t('democracy.colEvidence')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row">
                <Text size="sm" fw={600}>
                  {r.title}
                </Text>
              </Table.Th>
              <Table.Td>
                <Badge variant="light" color={r.yes ? 'green' : 'red'}>
                  {r.yes ? t('democracy.yes') : t('democracy.no')}
                </Badge>
              </Table.Td>
              <Table.Td>
                {r.justification ? (
                  <Text size="sm">{r.justification}</Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('democracy.restsOnBasis')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <EvidenceList evidence={r.evidence} documents={documents} organisationId={organisationId} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
