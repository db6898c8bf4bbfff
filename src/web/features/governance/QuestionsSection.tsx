import { Alert, Badge, Button, Group, List, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../../shared/governance/governance.schemas';
import type { QuestionView } from '../../../shared/governance/questions.schemas';
import { isApiError } from '../../api/client';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { formatCalendarDate, formatDateTime } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { PlusIcon } from '../../components/ui/icons';
import { EmptyMessage, ErrorState, LoadingState } from '../../components/ui/QueryStates';
import { PanelHeading } from '../organisations/PanelHeading';
import { useBodyMeetings } from './api';
import { useAnswerQuestion, useBodyQuestions, useRaiseFurther, useRaiseQuestion } from './questions-api';

type QuestionsSectionProps = {
  bodyId: string;
  /** The body's own decisions, which an answer may refer to. */
  decisions: DecisionView[];
  onMessage: (message: string) => void;
};

/**
 * "Frågor" on a body's page (AGR-8): the questions raised to it, which its members answer or raise
 * further, and those it raised itself with the answer when it comes; members raise a new one.
 */
export function QuestionsSection({ bodyId, decisions, onMessage }: QuestionsSectionProps) {
  const { t } = useTranslation();
  const query = useBodyQuestions(bodyId);
  const [raising, setRaising] = useState(false);
  const data = query.data;
  // A body alone at the top (an IOP's steering group) neither raises nor receives questions: no section.
  if (data && !data.bodyAbove && !data.hasBodiesBelow && data.raisedToBody.length === 0 && data.raisedByBody.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="questions-heading">
      <PanelHeading
        title={t('governanceQuestions.title')}
        headingId="questions-heading"
        description={t('governanceQuestions.intro')}
        requirements={['AGR-8']}
        actions={
          data?.canRaise ? (
            <Button variant="default" leftSection={<PlusIcon size={18} />} onClick={() => setRaising(true)}>
              {t('governanceQuestions.raise')}
            </Button>
          ) : undefined
        }
      />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : data ? (
        <Stack gap="lg">
          <Text size="sm">{data.bodyAbove ? t('governanceQuestions.bodyAbove', { name: data.bodyAbove.name }) : t('governanceQuestions.noBodyAbove')}</Text>
          <Stack gap="sm">
            <Title order={3} fz="h4">
              {t('governanceQuestions.toThisBody')}
            </Title>
            {data.raisedToBody.length === 0 ? <EmptyMessage>{t('governanceQuestions.toThisBodyEmpty')}</EmptyMessage> : null}
            {data.raisedToBody.map((q, i) => (
              <QuestionCard key={q.id} question={q} label={`${t('governanceQuestions.toThisBody')} ${i + 1}`} decisions={decisions} onMessage={onMessage} />
            ))}
          </Stack>
          <Stack gap="sm">
            <Title order={3} fz="h4">
              {t('governanceQuestions.byThisBody')}
            </Title>
            {data.raisedByBody.length === 0 ? <EmptyMessage>{t('governanceQuestions.byThisBodyEmpty')}</EmptyMessage> : null}
            {data.raisedByBody.map((q, i) => (
              <QuestionCard key={q.id} question={q} label={`${t('governanceQuestions.byThisBody')} ${i + 1}`} decisions={decisions} onMessage={onMessage} />
            ))}
          </Stack>
        </Stack>
      ) : null}
      {data?.bodyAbove ? (
        <AppModal opened={raising} onClose={() => setRaising(false)} title={t('governanceQuestions.raiseTo', { name: data.bodyAbove.name })} size="lg">
          {raising ? (
            <RaiseQuestionForm
              bodyId={bodyId}
              bodyAboveName={data.bodyAbove.name}
              onClose={() => setRaising(false)}
              onRaised={(name) => {
                setRaising(false);
                onMessage(t('governanceQuestions.raised', { name }));
              }}
            />
          ) : null}
        </AppModal>
      ) : null}
    </Paper>
  );
}

type QuestionCardProps = { question: QuestionView; label: string; decisions: DecisionView[]; onMessage: (message: string) => void };

function QuestionCard({ question: q, label, decisions, onMessage }: QuestionCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [acting, setActing] = useState<'answer' | 'further' | null>(null);
  const headingId = `question-${q.id}`;
  const final = q.finalAnswer;
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text id={headingId} fw={600} component="h4" fz="md" m={0} style={{ whiteSpace: 'pre-wrap' }} aria-label={`${label}: ${q.text}`}>
              {q.text}
            </Text>
            <Text size="sm" c="dimmed">
              {t('governanceQuestions.from', { from: q.raisedByBody.name, to: q.raisedToBody.name })} ·{' '}
              {q.raisedBy ? t('governanceQuestions.raisedBy', { name: q.raisedBy.name, date: formatDateTime(q.raisedAt, locale) }) : t('governanceQuestions.raisedAt', { date: formatDateTime(q.raisedAt, locale) })}
            </Text>
            {q.meeting ? (
              <Text size="sm" c="dimmed">
                {t('governanceQuestions.atMeeting', { date: formatCalendarDate(q.meeting.meetingDate, locale) })}
              </Text>
            ) : null}
          </Stack>
          <Badge variant="light" color={q.status === 'open' ? 'yellow' : q.status === 'answered' ? 'green' : 'blue'}>
            {t(`governanceQuestions.status_${q.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('governanceQuestions.whyUnresolved')}:{' '}
          </Text>
          {q.unresolvedReason}
        </Text>
        {q.chain.length > 1 ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('governanceQuestions.chain')}
            </Text>
            <List type="ordered" size="sm" spacing={2}>
              {q.chain.map((step) => (
                <List.Item key={step.id}>
                  {t('governanceQuestions.chainStep', { from: step.raisedByBody.name, to: step.raisedToBody.name })} – {t(`governanceQuestions.status_${step.status}`)}
                  {step.id !== q.chain[0]?.id ? ` (${step.unresolvedReason})` : ''}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {final ? (
          <Alert variant="light" color="green" title={t('governanceQuestions.answerFrom', { name: final.raisedToBody.name })}>
            <Stack gap={2}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {final.answer}
              </Text>
              {final.id === q.id && q.answerDecision ? <Text size="sm">{t('governanceQuestions.answerDecision', { text: q.answerDecision.text })}</Text> : null}
              <Text size="xs" c="dimmed">
                {final.id === q.id && q.answeredBy
                  ? t('governanceQuestions.answeredBy', { name: q.answeredBy.name, date: formatDateTime(q.answeredAt, locale) })
                  : t('governanceQuestions.answeredAt', { date: formatDateTime(final.answeredAt, locale) })}
              </Text>
            </Stack>
          </Alert>
        ) : (
          <Text size="sm" c="dimmed">
            {t('governanceQuestions.notYetAnswered')}
          </Text>
        )}
        {q.canAnswer ? (
          <Group gap="sm">
            <Button size="sm" onClick={() => setActing('answer')} aria-describedby={headingId}>
              {t('governanceQuestions.answerAction')}
            </Button>
            {q.canRaiseFurther ? (
              <Button size="sm" variant="default" onClick={() => setActing('further')} aria-describedby={headingId}>
                {t('governanceQuestions.raiseFurther')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
      <AppModal
        opened={acting !== null}
        onClose={() => setActing(null)}
        title={acting === 'further' ? t('governanceQuestions.raiseFurtherTitle') : t('governanceQuestions.answerTitle')}
        size="lg"
      >
        {acting === 'answer' ? (
          <AnswerForm
            question={q}
            decisions={decisions}
            onClose={() => setActing(null)}
            onDone={() => {
              setActing(null);
              onMessage(t('governanceQuestions.answered'));
            }}
          />
        ) : acting === 'further' ? (
          <RaiseFurtherForm
            question={q}
            onClose={() => setActing(null)}
            onDone={() => {
              setActing(null);
              onMessage(t('governanceQuestions.raisedFurther'));
            }}
          />
        ) : null}
      </AppModal>
    </Paper>
  );
}

function useFormErrors(error: unknown) {
  const { t } = useTranslation();
  const fields = isApiError(error) ? error.fieldErrors() : {};
  const general = error && Object.keys(fields).length === 0 ? errorMessage(error, t) : null;
  return { fields, general };
}

function FormButtons({ pending, label, onClose }: { pending: boolean; label: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onClose} disabled={pending}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {label}
      </Button>
    </Group>
  );
}

function GeneralError({ message }: { message: string | null }) {
  return message ? (
    <Alert color="red" variant="light" role="alert">
      {message}
    </Alert>
  ) : null;
}

type RaiseQuestionFormProps = { bodyId: string; bodyAboveName: string; onClose: () => void; onRaised: (bodyAboveName: string) => void };

function RaiseQuestionForm({ bodyId, bodyAboveName, onClose, onRaised }: RaiseQuestionFormProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const raise = useRaiseQuestion(bodyId);
  const meetings = useBodyMeetings(bodyId, { limit: 50 });
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const { fields, general } = useFormErrors(raise.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    raise.mutate({ text, unresolvedReason: reason, meetingId }, { onSuccess: (q) => onRaised(q.raisedToBody.name) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('governanceQuestions.raiseTo', { name: bodyAboveName })}>
      <Stack gap="md">
        <Text size="sm">{t('governanceQuestions.raiseToText', { name: bodyAboveName })}</Text>
        <GeneralError message={general} />
        <Textarea label={t('governanceQuestions.text')} required autosize minRows={3} maxLength={5000} value={text} onChange={(e) => setText(e.currentTarget.value)} error={fields.text} data-autofocus />
        <Textarea
          label={t('governanceQuestions.unresolvedReason')}
          required
          autosize
          minRows={2}
          maxLength={5000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fields.unresolvedReason}
        />
        <Select
          label={t('governanceQuestions.meeting')}
          placeholder={t('governanceQuestions.noMeeting')}
          clearable
          value={meetingId}
          onChange={setMeetingId}
          data={(meetings.data?.items ?? []).map((m) => ({ value: m.id, label: formatCalendarDate(m.meetingDate, locale) }))}
          error={fields.meetingId}
        />
        <FormButtons pending={raise.isPending} label={t('governanceQuestions.raiseTo', { name: bodyAboveName })} onClose={onClose} />
      </Stack>
    </form>
  );
}

type AnswerFormProps = { question: QuestionView; decisions: DecisionView[]; onClose: () => void; onDone: () => void };

function AnswerForm({ question, decisions, onClose, onDone }: AnswerFormProps) {
  const { t } = useTranslation();
  const answer = useAnswerQuestion();
  const [text, setText] = useState('');
  const [decisionId, setDecisionId] = useState<string | null>(null);
  const { fields, general } = useFormErrors(answer.error);
  const own = decisions.filter((d) => d.bodyId === question.raisedToBody.id && d.status !== 'rejected');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    answer.mutate({ id: question.id, version: question.version, answer: text, decisionId }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('governanceQuestions.answerTitle')}>
      <Stack gap="md">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {question.text}
        </Text>
        <GeneralError message={general} />
        <Textarea label={t('governanceQuestions.answerText')} required autosize minRows={3} maxLength={5000} value={text} onChange={(e) => setText(e.currentTarget.value)} error={fields.answer} data-autofocus />
        {own.length > 0 ? (
          <Select
            label={t('governanceQuestions.decision')}
            placeholder={t('governanceQuestions.noDecision')}
            clearable
            value={decisionId}
            onChange={setDecisionId}
            data={own.map((d) => ({ value: d.id, label: d.text.length > 100 ? `${d.text.slice(0, 99)}…` : d.text }))}
            error={fields.decisionId}
          />
        ) : null}
        <FormButtons pending={answer.isPending} label={t('governanceQuestions.answerAction')} onClose={onClose} />
      </Stack>
    </form>
  );
}

function RaiseFurtherForm({ question, onClose, onDone }: { question: QuestionView; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const further = useRaiseFurther();
  const [reason, setReason] = useState('');
  const { fields, general } = useFormErrors(further.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    further.mutate({ id: question.id, version: question.version, unresolvedReason: reason }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('governanceQuestions.raiseFurtherTitle')}>
      <Stack gap="md">
        <Text size="sm">{t('governanceQuestions.raiseFurtherText')}</Text>
        <GeneralError message={general} />
        <Textarea
          label={t('governanceQuestions.raiseFurtherReason')}
          required
          autosize
          minRows={2}
          maxLength={5000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={fields.unresolvedReason}
          data-autofocus
        />
        <FormButtons pending={further.isPending} label={t('governanceQuestions.raiseFurther')} onClose={onClose} />
      </Stack>
    </form>
  );
}
