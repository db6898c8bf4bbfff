import { Alert, Button, FileInput, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnexView } from '../../../shared/agreements/agreement.schemas';
import { isApiError } from '../../api/client';
import { AppModal } from '../../components/ui/AppModal';
import { errorMessage } from '../../components/ui/error-message.format';
import { useAddAnnexVersion, useCreateAnnex } from './api';
import { DateField } from '../../components/ui/DateField';

type AnnexModalProps = {
  agreementId: string;
  /** The annex to add a version to; null adds a new annex with its first version. */
  annex: AnnexView | null;
  opened: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
};

/** "Ny bilaga" and "Ny version": the content (text or a file) with the decision reference and date that adopted it (AGR-7). */
export function AnnexModal(props: AnnexModalProps) {
  const { t } = useTranslation();
  const title = props.annex ? t('agreements.newAnnexVersionFor', { n: props.annex.number, title: props.annex.title }) : t('agreements.newAnnex');
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={title} size="lg">
      {props.opened ? <AnnexForm {...props} label={title} /> : null}
    </AppModal>
  );
}

type Missing = Partial<Record<'title' | 'decisionReference' | 'decidedOn' | 'content', string>>;

function AnnexForm({ agreementId, annex, onClose, onDone, label }: AnnexModalProps & { label: string }) {
  const { t } = useTranslation();
  const createAnnex = useCreateAnnex(agreementId);
  const addVersion = useAddAnnexVersion();
  // A new annex is created first; if its version then fails, the retry only adds the version.
  const [created, setCreated] = useState<AnnexView | null>(null);
  const [title, setTitle] = useState('');
  const [decisionReference, setDecisionReference] = useState('');
  const [decidedOn, setDecidedOn] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<Missing>({});
  const error = addVersion.error ?? createAnnex.error;
  const fields = isApiError(error) ? error.fieldErrors() : {};
  const general = error && Object.keys(fields).length === 0 ? errorMessage(error, t) : null;
  const pending = createAnnex.isPending || addVersion.isPending;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const lacking: Missing = {};
    if (!annex && !created && title.trim() === '') lacking.title = t('agreements.titleRequired');
    if (decisionReference.trim() === '') lacking.decisionReference = t('agreements.decisionRequired');
    if (decidedOn === '') lacking.decidedOn = t('agreements.dateRequired');
    if (!file && text.trim() === '') lacking.content = t('agreements.contentRequired');
    setMissing(lacking);
    if (Object.keys(lacking).length > 0) return;
    try {
      const target = annex ?? created ?? (await createAnnex.mutateAsync({ title: title.trim() }));
      setCreated(annex ? null : target);
      await addVersion.mutateAsync({ annexId: target.id, file, version: { decisionReference: decisionReference.trim(), decidedOn, text: file ? null : text.trim() } });
      onDone(annex ? t('agreements.annexVersionSaved', { n: target.number }) : t('agreements.annexSaved', { n: target.number }));
    } catch {
      // The mutation's error is shown above the form.
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={label}>
      <Stack gap="md">
        {general ? (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        ) : null}
        {!annex ? (
          <TextInput
            label={t('agreements.annexTitle')}
            required
            disabled={created !== null}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={missing.title ?? fields.title}
            data-autofocus
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('agreements.decisionReference')}
            description={t('agreements.decisionReferenceHint')}
            required
            value={decisionReference}
            onChange={(e) => setDecisionReference(e.currentTarget.value)}
            error={missing.decisionReference ?? fields.decisionReference ?? fields['query.decisionReference']}
            data-autofocus={annex ? true : undefined}
          />
          <DateField
            label={t('agreements.decidedOn')}
            required
            value={decidedOn}
            onChange={(value) => setDecidedOn(value)}
            error={missing.decidedOn ?? fields.decidedOn ?? fields['query.decidedOn']}
          />
        </SimpleGrid>
        <Textarea
          label={t('agreements.annexText')}
          description={t('agreements.annexTextHint')}
          autosize
          minRows={4}
          disabled={file !== null}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={missing.content ?? fields.text}
        />
        <FileInput
          label={t('agreements.annexFile')}
          description={t('agreements.annexFileHint')}
          clearable
          value={file}
          onChange={setFile}
          error={fields.file}
          clearButtonProps={{ 'aria-label': t('agreements.clearFile') }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {annex ? t('agreements.saveAnnexVersion') : t('agreements.saveAnnex')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
