import { Alert, Button, Group, NativeSelect, Paper, Table, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewMeetingDetailView } from '../../../shared/initiatives/review.schemas';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { errorMessage } from '../../components/ui/error-message.format';
import { EmptyMessage } from '../../components/ui/QueryStates';
import { AnchorLink } from '../../components/ui/RouterLinks';
import { LatestFollowUpRecordLink } from '../follow-ups/LatestFollowUpRecordLink';
import { PanelHeading } from '../organisations/PanelHeading';
import { useDueFollowUps, useRecordFollowUp } from './api';

type FollowUpsSectionProps = { meeting: ReviewMeetingDetailView; editable: boolean; onSaved: (message: string) => void };

/** The group's yearly follow-up of running cooperations at this meeting (INI-7). */
export function FollowUpsSection({ meeting, editable, onSaved }: FollowUpsSectionProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="follow-ups-heading">
      <PanelHeading
        headingId="follow-ups-heading"
        title={t('review.followUpsTitle')}
        description={<WithRequirements ids={['INI-7']}>{t('review.followUpsIntro')}</WithRequirements>}
      />
      {meeting.followUps.length === 0 ? (
        <EmptyMessage>{t('review.followUpsEmpty')}</EmptyMessage>
      ) : (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table verticalSpacing="sm" aria-label={t('review.followUpsTitle')} style={{ verticalAlign: 'top' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('review.colCooperation')}</Table.Th>
                <Table.Th scope="col">{t('review.followUpAssessment')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.followUps.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink to="/samverkan/$id" params={{ id: f.cooperation.id }} fw={600} size="sm">
                      {f.cooperation.caseNumber}
                    </AnchorLink>
                    <Text size="sm">{f.cooperation.title}</Text>
                    <LatestFollowUpRecordLink cooperationId={f.cooperation.id} record={f.latestFollowUpRecord} />
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {f.assessment}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable ? <FollowUpForm meeting={meeting} onSaved={onSaved} /> : null}
    </Paper>
  );
}

function FollowUpForm({ meeting, onSaved }: { meeting: ReviewMeetingDetailView; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const due = useDueFollowUps({ limit: 100 });
  const record = useRecordFollowUp(meeting.id);
  const [cooperationId, setCooperationId] = useState('');
  const [assessment, setAssessment] = useState('');
  const done = new Set(meeting.followUps.map((f) => f.cooperation.id));
  const candidates = (due.data?.items ?? []).filter((d) => !done.has(d.cooperation.id));
  if (candidates.length === 0) return <Text mt="md" size="sm">{t('review.followUpsNoneDue')}</Text>;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = candidates.find((c) => c.cooperation.id === cooperationId);
    if (!chosen) return;
    record.mutate(
      { cooperationId, assessment },
      {
        onSuccess: () => {
          setCooperationId('');
          setAssessment('');
          onSaved(t('review.followUpRecorded', { caseNumber: chosen.cooperation.caseNumber }));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} aria-label={t('review.followUpRecord')} noValidate>
      {record.error ? (
        <Alert color="red" variant="light" role="alert" mt="md">
          {errorMessage(record.error, t)}
        </Alert>
      ) : null}
      <NativeSelect
        mt="md"
        label={t('review.followUpCooperation')}
        value={cooperationId}
        onChange={(e) => setCooperationId(e.currentTarget.value)}
        data={[
          { value: '', label: t('review.chooseCooperation') },
          ...candidates.map((c) => ({ value: c.cooperation.id, label: `${c.cooperation.caseNumber} ${c.cooperation.title}` })),
        ]}
      />
      <Textarea
        mt="sm"
        label={t('review.followUpAssessment')}
        description={t('review.followUpAssessmentHint')}
        autosize
        minRows={3}
        value={assessment}
        onChange={(e) => setAssessment(e.currentTarget.value)}
      />
      <Group mt="sm">
        <Button type="submit" variant="default" disabled={cooperationId === '' || assessment.trim() === ''} loading={record.isPending}>
          {t('review.followUpRecord')}
        </Button>
      </Group>
    </form>
  );
}
