import { Button, type ComboboxItem, Group, List, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEMOCRACY_CONDITIONS, DEMOCRACY_QUESTIONS, EXCLUSION_GROUNDS } from '../../../shared/organisations/democracy.rules';
import type { DemocracyDraftView } from '../../../shared/organisations/democracy-draft.schemas';
import { isApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { ConflictNotice, isVersionConflict } from '../../components/ui/ConflictNotice';
import { RequirementTag, WithRequirements } from '../../components/ui/RequirementTag';
import { AnswerFieldset } from './AnswerFieldset';
import { BasisSection } from './BasisSection';
import { useDiscardDraft, useHandOverDraft, useReturnDraft, useSignDraft, useUpdateDraft } from './democracy.api';
import { answerText } from './democracy.format';
import {
  type AnswerField,
  type AnswerValues,
  type AssessmentFormValues,
  assessmentFormPath,
  formFromDraft,
  missingForSigning,
  resultOf,
  toDraftContent,
} from './democracy-form.model';
import { HandOverDialog, ResultPreview, ReturnDialog } from './DraftDialogs';
import { FormErrorSummary } from './FormErrorSummary';

/** What the current user may do with the draft, decided by the panel from role and status. */
export type DraftCapabilities = { edit: boolean; handOver: boolean; sign: boolean; returnIt: boolean; discard: boolean };

type AssessmentFormProps = {
  draft: DemocracyDraftView;
  mayBecomeEligible: boolean;
  documentOptions: ComboboxItem[];
  can: DraftCapabilities;
  onMessage: (message: string) => void;
  onReload: () => void;
};

type Dialog = 'handOver' | 'sign' | 'return' | 'discard' | null;

/**
 * An assessment in preparation (DEM-1–3): the four democracy conditions and the five
 * prerequisites, each worded so that "Ja" is the safe answer, the common basis, the result the
 * answers lead to, and the steps the user may take — save, hand over, send back, sign, discard.
 */
export function AssessmentForm({ draft, mayBecomeEligible, documentOptions, can, onMessage, onReload }: AssessmentFormProps) {
  const { t } = useTranslation();
  const update = useUpdateDraft();
  const handOver = useHandOverDraft();
  const sign = useSignDraft();
  const giveBack = useReturnDraft();
  const discard = useDiscardDraft();
  const [values, setValues] = useState<AssessmentFormValues>(() => formFromDraft(draft));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [dialog, setDialog] = useState<Dialog>(null);
  // The version and content last saved here, until the page has read the draft again.
  const [lastSaved, setLastSaved] = useState<{ version: number; json: string } | null>(null);

  const content = toDraftContent(values);
  const base =
    lastSaved && lastSaved.version >= draft.version ? lastSaved : { version: draft.version, json: JSON.stringify(toDraftContent(formFromDraft(draft))) };
  const changed = JSON.stringify(content) !== base.json;
  const result = resultOf(values);
  const readOnly = !can.edit;

  const serverErrors: Record<string, string> = {};
  for (const m of [update, handOver, sign]) {
    if (!isApiError(m.error, 400)) continue;
    for (const [path, message] of Object.entries(m.error.fieldErrors())) {
      if (path !== 'signerId') serverErrors[assessmentFormPath(path, values)] = message;
    }
  }
  const errors = { ...serverErrors, ...clientErrors };
  const conflict = [update, handOver, sign, giveBack, discard].some((m) => isVersionConflict(m.error));
  const pending = update.isPending || handOver.isPending || sign.isPending || giveBack.isPending || discard.isPending;

  const questionNumber = (key: string) => DEMOCRACY_QUESTIONS.findIndex((q) => q.key === key) + 1;
  const labelOf = (path: string) => {
    const [group, key, field] = path.split('.');
    if (group === 'conditions' || group === 'exclusions') {
      const title = `${questionNumber(key ?? '')}. ${t(`democracy.short_${key as (typeof DEMOCRACY_QUESTIONS)[number]['key']}`)}`;
      return field ? `${title}, ${t(`democracy.field_${field as AnswerField}`)}` : title;
    }
    if (group === 'summary') return t('democracy.summary');
    if (group === 'basisUrls') return t('democracy.evidenceUrls');
    if (group === 'basisDocumentIds') return t('democracy.evidenceDocuments');
    return t('democracy.basis');
  };
  const summaryErrors = Object.entries(errors).map(([path, message]) => ({ path, label: labelOf(path), message }));

  const resetMutations = () => [update, handOver, sign, giveBack, discard].forEach((m) => m.reset());

  /** Saves unsaved changes first (so the step acts on what the user sees) and gives the version to act on. */
  const saveIfChanged = async (): Promise<number> => {
    if (!changed) return base.version;
    const saved = await update.mutateAsync({ id: draft.id, ...content, version: base.version });
    setLastSaved({ version: saved.version, json: JSON.stringify(toDraftContent(formFromDraft(saved))) });
    return saved.version;
  };

  const complete = (): boolean => {
    const missing = missingForSigning(values);
    setClientErrors(
      Object.fromEntries(
        missing.map((p) => [
          p,
          p.endsWith('.answer') ? t('democracy.chooseAnswer') : p.endsWith('.justification') ? t('democracy.justificationRequired') : t('democracy.basisRequired'),
        ]),
      ),
    );
    if (missing.length > 0) setAttempt((n) => n + 1);
    return missing.length === 0;
  };

  // A 400 means the content is not complete: the dialog closes and the form shows what to fix.
  const failed = (error: unknown) => {
    if (isApiError(error, 400) || isVersionConflict(error)) {
      setDialog(null);
      if (isApiError(error, 400)) setAttempt((n) => n + 1);
    }
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resetMutations();
    setClientErrors({});
    saveIfChanged()
      .then(() => onMessage(t('democracy.draftSaved')))
      .catch(failed);
  };

  const openStep = (step: Exclude<Dialog, null>) => {
    resetMutations();
    setClientErrors({});
    if ((step === 'handOver' || step === 'sign') && !complete()) return;
    setDialog(step);
  };

  const confirmHandOver = (signerId: string) =>
    saveIfChanged()
      .then((version) => handOver.mutateAsync({ id: draft.id, signerId, version }))
      .then((saved) => {
        setDialog(null);
        onMessage(t('democracy.handedOver', { name: saved.signer?.name ?? '' }));
      })
      .catch(failed);

  const confirmSign = () =>
    saveIfChanged()
      .then((version) => sign.mutateAsync({ id: draft.id, version }))
      .then((signed) => {
        setDialog(null);
        onMessage(t('democracy.signed', { result: t(`democracy.result_${signed.result}`) }));
      })
      .catch(failed);

  const confirmReturn = (comment: string) =>
    saveIfChanged()
      .then((version) => giveBack.mutateAsync({ id: draft.id, comment, version }))
      .then(() => {
        setDialog(null);
        onMessage(t('democracy.returnedMessage', { name: draft.createdBy.name }));
      })
      .catch(failed);

  const confirmDiscard = () =>
    discard
      .mutateAsync({ id: draft.id, version: base.version })
      .then(() => {
        setDialog(null);
        onMessage(t('democracy.discarded'));
      })
      .catch(failed);

  const setAnswer = (group: 'conditions' | 'exclusions', key: string) => (value: AnswerValues) => {
    setValues((v) => ({ ...v, [group]: { ...v[group], [key]: value } }));
    setClientErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => !p.startsWith(`${group}.${key}.`))));
  };
  const setField = <K extends 'basis' | 'basisUrls' | 'basisDocumentIds' | 'summary'>(key: K, value: AssessmentFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setClientErrors((e) => Object.fromEntries(Object.entries(e).filter(([p]) => p !== key)));
  };

  return (
    <form onSubmit={save} noValidate aria-labelledby="assessment-form-title">
      <Stack gap="lg">
        <div>
          <Title order={3} fz="h4" id="assessment-form-title">
            {t('democracy.formTitle')}
          </Title>
          <Text size="sm">{t('democracy.formIntro')}</Text>
        </div>
        {conflict ? (
          <ConflictNotice
            title={t('democracy.conflictTitle')}
            text={t('democracy.conflictText')}
            reloadLabel={t('democracy.reload')}
            reloading={false}
            onReload={onReload}
          />
        ) : null}
        {attempt > 0 && summaryErrors.length > 0 ? (
          <FormErrorSummary title={t('democracy.formInvalid')} errors={summaryErrors} attempt={attempt} />
        ) : null}

        <QuestionGroup title={t('democracy.conditionsTitle')} requirement="DEM-1" intro={t('democracy.conditionsIntro')}>
          {DEMOCRACY_CONDITIONS.map((c) => (
            <AnswerFieldset
              key={c}
              path={`conditions.${c}`}
              legend={`${questionNumber(c)}. ${t(`democracy.short_${c}`)}`}
              question={t(`democracy.question_${c}`)}
              value={values.conditions[c]}
              onChange={setAnswer('conditions', c)}
              errors={errors}
              documentOptions={documentOptions}
              readOnly={readOnly}
            />
          ))}
        </QuestionGroup>

        <QuestionGroup title={t('democracy.exclusionsTitle')} requirement="DEM-2" intro={t('democracy.exclusionsIntro')}>
          {EXCLUSION_GROUNDS.map((g) => (
            <AnswerFieldset
              key={g}
              path={`exclusions.${g}`}
              legend={`${questionNumber(g)}. ${t(`democracy.short_${g}`)}`}
              question={t(`democracy.question_${g}`)}
              value={values.exclusions[g]}
              onChange={setAnswer('exclusions', g)}
              errors={errors}
              documentOptions={documentOptions}
              readOnly={readOnly}
            />
          ))}
        </QuestionGroup>

        <BasisSection values={values} onChange={setField} errors={errors} documentOptions={documentOptions} readOnly={readOnly} />

        <ResultPreview result={result} blockedByDem4={result === 'eligible' && !mayBecomeEligible} />

        {draft.changesSinceHandOver.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('democracy.changesSinceHandOver')}
            </Text>
            <List size="sm">
              {draft.changesSinceHandOver.map((c) => (
                <List.Item key={c.key}>
                  {t('democracy.changedAnswer', {
                    question: `${questionNumber(c.key)}. ${t(`democracy.short_${c.key}`)}`,
                    before: answerText(t, c.section, c.before),
                    after: answerText(t, c.section, c.after),
                  })}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}

        {readOnly && !can.sign && !can.returnIt ? null : (
          <Group gap="sm">
            {can.sign ? (
              <Button onClick={() => openStep('sign')} disabled={pending}>
                {t('democracy.reviewAndSign')}
              </Button>
            ) : null}
            {can.handOver ? (
              <Button onClick={() => openStep('handOver')} disabled={pending}>
                {t('democracy.handOver')}
              </Button>
            ) : null}
            {can.edit ? (
              <Button type="submit" variant="default" loading={update.isPending && dialog === null}>
                {t('democracy.saveDraft')}
              </Button>
            ) : null}
            {can.returnIt ? (
              <Button variant="default" onClick={() => openStep('return')} disabled={pending}>
                {t('democracy.returnDraft')}
              </Button>
            ) : null}
            {can.discard ? (
              <Button variant="subtle" color="red" onClick={() => openStep('discard')} disabled={pending}>
                {t('democracy.discard')}
              </Button>
            ) : null}
          </Group>
        )}
      </Stack>

      <HandOverDialog
        opened={dialog === 'handOver'}
        pending={pending}
        error={handOver.error}
        initialSignerId={draft.signer?.id ?? null}
        onClose={() => setDialog(null)}
        onConfirm={(signerId) => void confirmHandOver(signerId)}
      />
      <ReturnDialog
        opened={dialog === 'return'}
        pending={pending}
        error={giveBack.error}
        preparer={draft.createdBy.name}
        onClose={() => setDialog(null)}
        onConfirm={(comment) => void confirmReturn(comment)}
      />
      <ConfirmDialog
        opened={dialog === 'sign'}
        title={t('democracy.confirmTitle')}
        confirmLabel={t('democracy.sign')}
        pending={pending}
        error={isApiError(sign.error, 400) ? null : sign.error}
        onClose={() => setDialog(null)}
        onConfirm={() => void confirmSign()}
      >
        <WithRequirements ids={['DEM-3']}>{t('democracy.confirmText', { result: result ? t(`democracy.result_${result}`) : '' })}</WithRequirements>
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog === 'discard'}
        title={t('democracy.discardTitle')}
        confirmLabel={t('democracy.discard')}
        destructive
        pending={pending}
        error={discard.error}
        onClose={() => setDialog(null)}
        onConfirm={() => void confirmDiscard()}
      >
        {t('democracy.discardText')}
      </ConfirmDialog>
    </form>
  );
}

/** A group of questions with its requirement shown as a tag (a link to the rule's text) and a plain explanation. */
function QuestionGroup({ title, requirement, intro, children }: { title: string; requirement: string; intro: string; children: ReactNode }) {
  return (
    <Stack gap="md">
      <div>
        <Group gap="sm" align="center">
          <Title order={4} fz="h5">
            {title}
          </Title>
          <RequirementTag id={requirement} />
        </Group>
        <Text size="sm" mt={4}>
          {intro}
        </Text>
      </div>
      {children}
    </Stack>
  );
}
