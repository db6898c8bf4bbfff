import { Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewsletterItemInput } from '../../../shared/newsletter/newsletter.schemas';
import { FormActions } from '../../components/ui/FormActions';
import { useSubmitErrors } from '../../components/ui/useSubmitErrors';
import { SubmitErrorSummary } from '../organisations/FormErrorSummary';

const FIELDS = ['subject', 'body'] as const;
type Field = (typeof FIELDS)[number];

type NewsletterItemFormProps = {
  initial: NewsletterItemInput;
  pending: boolean;
  error: unknown;
  /** Shown above the form, e.g. that someone else changed the item meanwhile. */
  notice?: ReactNode;
  onSubmit: (input: NewsletterItemInput) => void;
  onCancel: () => void;
};

/** A news item's headline and text (IOP-10); the server validates. */
export function NewsletterItemForm({ initial, pending, error, notice, onSubmit, onCancel }: NewsletterItemFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<NewsletterItemInput>(initial);
  const errors = useSubmitErrors<Field>({
    error,
    pending,
    fieldOf: (path) => FIELDS.find((f) => f === path),
    labelOf: (field) => t(`newsletter.${field}`),
  });
  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    errors.markEdited(field);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    errors.submitted();
    onSubmit(values);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {notice}
        <SubmitErrorSummary state={errors} error={error} invalidTitle={t('newsletter.formInvalid')} />
        <TextInput id="subject" label={t('newsletter.subject')} required maxLength={200} value={values.subject} onChange={(e) => set('subject')(e.currentTarget.value)} error={errors.fieldErrors.subject} />
        <Textarea
          id="body"
          label={t('newsletter.body')}
          description={t('newsletter.bodyHint')}
          required
          autosize
          minRows={8}
          maxRows={24}
          maxLength={20000}
          value={values.body}
          onChange={(e) => set('body')(e.currentTarget.value)}
          error={errors.fieldErrors.body}
        />
        <FormActions submitLabel={t('newsletter.saveDraft')} pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
