import { Alert, Button, Group, NumberInput, Radio, Select, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANNUAL_REVIEW_OUTCOMES, ANNUAL_REVIEW_TRIGGERS, type AnnualReviewOutcome, type AnnualReviewTrigger } from '../../../shared/lifecycle/annual-review.rules';
import type { AgreementAnnualReviewsView } from '../../../shared/lifecycle/lifecycle.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { currentLocale } from '../../app/i18n/i18n.config';
import { AppModal } from '../../components/ui/AppModal';
import { WithRequirements } from '../../components/ui/RequirementTag';
import { formatCalendarDate } from '../../components/ui/date.format';
import { errorMessage } from '../../components/ui/error-message.format';
import { useReviewMeetings } from '../review/api';
import { useRecordAnnualReview } from './api';
import { localIsoDate } from './lifecycle.format';
import { DateField } from '../../components/ui/DateField';

type AnnualReviewModalProps = {
  opened: boolean;
  reviews: AgreementAnnualReviewsView;
  onClose: () => void;
  onDone: (outcome: AnnualReviewOutcome, year: number) => void;
};

/** Records an agreement's annual review: trigger, dates, the review group consulted, outcome and reasons (IOP-8, AGR-7). */
export function AnnualReviewModal({ opened, reviews, onClose, onDone }: AnnualReviewModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('lifecycle.reviewDialogTitle', { title: reviews.agreementTitle })} size="lg">
      {opened ? <ReviewForm reviews={reviews} onClose={onClose} onDone={onDone} /> : null}
    </AppModal>
  );
}

function ReviewForm({ reviews, onClose, onDone }: Omit<AnnualReviewModalProps, 'opened'>) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const record = useRecordAnnualReview(reviews.agreementId);
  const canSeeMeetings = useCan('initiatives.read');
  const meetings = useReviewMeetings({ limit: 50 });
  const today = localIsoDate(new Date());
  const [reviewYear, setReviewYear] = useState<number | null>(reviews.due.nextReviewYear ?? Number(today.slice(0, 4)));
  const [trigger, setTrigger] = useState<AnnualReviewTrigger>('yearly');
  const [reviewedOn, setReviewedOn] = useState(today);
  const [consultedOn, setConsultedOn] = useState(today);
  const [meetingId, setMeetingId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<AnnualReviewOutcome>('continue');
  const [reasons, setReasons] = useState('');
  const fields = isApiError(record.error) ? record.error.fieldErrors() : {};
  const general = record.error && Object.keys(fields).length === 0 ? errorMessage(record.error, t) : null;
  const meetingOptions = canSeeMeetings
    ? (meetings.data?.items ?? []).map((m) => ({ value: m.id, label: `${formatCalendarDate(m.meetingDate, locale)}${m.location ? ` · ${m.location}` : ''}` }))
    : [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    record.mutate(
      { reviewYear: reviewYear ?? 0, trigger, reviewedOn, reviewGroupConsultedOn: consultedOn, reviewMeetingId: meetingId, outcome, reasons },
      { onSuccess: () => onDone(outcome, reviewYear ?? 0) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('lifecycle.reviewDialogTitle', { title: reviews.agreementTitle })}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        <NumberInput
          label={t('lifecycle.reviewYear')}
          required
          min={1900}
          max={2200}
          allowDecimal={false}
          thousandSeparator=""
          value={reviewYear ?? ''}
          onChange={(value) => setReviewYear(typeof value === 'number' ? value : null)}
          error={fields.reviewYear}
          data-autofocus
        />
        <Select
          label={t('lifecycle.reviewTrigger')}
          required
          allowDeselect={false}
          data={ANNUAL_REVIEW_TRIGGERS.map((value) => ({ value, label: t(`lifecycle.trigger_${value}`) }))}
          value={trigger}
          onChange={(value) => setTrigger(ANNUAL_REVIEW_TRIGGERS.find((v) => v === value) ?? 'yearly')}
          error={fields.trigger}
        />
        <Group grow align="flex-start">
          <DateField label={t('lifecycle.reviewedOn')} required max={today} value={reviewedOn} onChange={(value) => setReviewedOn(value)} error={fields.reviewedOn} />
          <DateField
            label={t('lifecycle.consultedOn')}
            description={<WithRequirements ids={['IOP-8']}>{t('lifecycle.consultedHint')}</WithRequirements>}
            required
            max={today}
            value={consultedOn}
            onChange={(value) => setConsultedOn(value)}
            error={fields.reviewGroupConsultedOn}
          />
        </Group>
        {meetingOptions.length > 0 ? (
          <Select
            label={t('lifecycle.reviewMeetingId')}
            placeholder={t('lifecycle.reviewMeetingNone')}
            clearable
            data={meetingOptions}
            value={meetingId}
            onChange={setMeetingId}
            error={fields.reviewMeetingId}
          />
        ) : null}
        <Radio.Group label={t('lifecycle.outcome')} required value={outcome} onChange={(value) => setOutcome(ANNUAL_REVIEW_OUTCOMES.find((v) => v === value) ?? 'continue')} error={fields.outcome}>
          <Group gap="lg" mt="xs">
            {ANNUAL_REVIEW_OUTCOMES.map((value) => (
              <Radio key={value} value={value} label={t(`lifecycle.outcome_${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={t('lifecycle.reasons')}
          description={t('lifecycle.reasonsHint')}
          required
          autosize
          minRows={3}
          maxLength={10000}
          value={reasons}
          onChange={(e) => setReasons(e.currentTarget.value)}
          error={fields.reasons}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={record.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('lifecycle.recordReview')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
