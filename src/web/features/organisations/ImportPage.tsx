import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreviewView } from '../../../shared/organisations/import.schemas';
import { useCan } from '../../app/current-session.context';
import { ForbiddenPage } from '../../app/ForbiddenPage';
import { currentLocale } from '../../app/i18n/i18n.config';
import { ConfirmDialog } from '../../components/ui/ConfirmDialog';
import { CheckCircleIcon } from '../../components/ui/icons';
import { PageHeading } from '../../components/ui/PageHeading';
import { ButtonLink } from '../../components/ui/RouterLinks';
import { useCommitImport } from './api';
import { BackToRegister } from './BackToRegister';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportUploadStep } from './ImportUploadStep';
import { StepIndicator } from './StepIndicator';

type Step = 0 | 1 | 2;

/** Import of organisations from CSV or Excel: upload, map columns and preview, confirm. */
export function ImportPage() {
  const { t } = useTranslation();
  const allowed = useCan('organisations.import');
  return allowed ? <ImportWizard /> : <ForbiddenPage text={t('organisations.forbiddenWrite')} />;
}

function ImportWizard() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [step, setStep] = useState<Step>(0);
  const [preview, setPreview] = useState<ImportPreviewView | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const commit = useCommitImport();
  const heading = useRef<HTMLHeadingElement>(null);
  const steps = [t('orgImport.step_upload'), t('orgImport.step_mapping'), t('orgImport.step_confirm')];

  // A new step is announced: focus moves to its heading.
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (moved) heading.current?.focus();
  }, [step, imported, moved]);
  const go = (next: Step) => {
    setMoved(true);
    setStep(next);
  };

  const count = (n: number) => n.toLocaleString(locale);

  return (
    <>
      <BackToRegister />
      <PageHeading title={t('orgImport.title')} description={t('orgImport.intro')} />
      <Stack gap="lg">
        <StepIndicator steps={steps} active={imported === null ? step : 3} label={t('orgImport.stepsLabel')} />
        <Paper withBorder radius="md" p="lg">
          <Title order={2} fz="h3" mb="md" ref={heading} tabIndex={-1} className="page-heading">
            {imported === null ? steps[step] : t('orgImport.doneTitle')}
          </Title>

          {imported !== null ? (
            <Stack gap="md" align="flex-start">
              <Alert color="green" variant="light" icon={<CheckCircleIcon />} role="status">
                {t('orgImport.done', { count: imported, formatted: count(imported) })}
              </Alert>
              <Group gap="sm">
                <ButtonLink to="/organisationer">{t('orgImport.toRegister')}</ButtonLink>
                <Button
                  variant="default"
                  onClick={() => {
                    setPreview(null);
                    setImported(null);
                    commit.reset();
                    go(0);
                  }}
                >
                  {t('orgImport.another')}
                </Button>
              </Group>
            </Stack>
          ) : null}

          {imported === null && step === 0 ? (
            <ImportUploadStep
              onPreview={(p) => {
                setPreview(p);
                go(1);
              }}
            />
          ) : null}

          {imported === null && step === 1 && preview ? (
            <Stack gap="lg">
              <ImportMappingStep preview={preview} onPreview={setPreview} />
              <Group gap="sm">
                <Button onClick={() => go(2)} disabled={preview.validRows === 0}>
                  {t('orgImport.continue')}
                </Button>
                <Button variant="default" onClick={() => go(0)}>
                  {t('orgImport.chooseOtherFile')}
                </Button>
                {preview.validRows === 0 ? (
                  <Text size="sm" c="red.8">
                    {t('orgImport.noValid')}
                  </Text>
                ) : null}
              </Group>
            </Stack>
          ) : null}

          {imported === null && step === 2 && preview ? (
            <Stack gap="md" align="flex-start">
              <Text>{t('orgImport.confirmSummary', { count: preview.validRows, formatted: count(preview.validRows), file: preview.fileName })}</Text>
              {preview.invalidRows.length > 0 ? (
                <Text>{t('orgImport.confirmSkipped', { count: preview.invalidRows.length, formatted: count(preview.invalidRows.length) })}</Text>
              ) : null}
              <Text size="sm" c="dimmed">
                {t('orgImport.confirmNote')}
              </Text>
              <Group gap="sm">
                <Button
                  onClick={() => {
                    commit.reset();
                    setConfirming(true);
                  }}
                >
                  {t('orgImport.register', { count: preview.validRows, formatted: count(preview.validRows) })}
                </Button>
                <Button variant="default" onClick={() => go(1)}>
                  {t('orgImport.back')}
                </Button>
              </Group>
            </Stack>
          ) : null}
        </Paper>
      </Stack>

      <ConfirmDialog
        opened={confirming}
        title={t('orgImport.confirmTitle', { count: preview?.validRows ?? 0, formatted: count(preview?.validRows ?? 0) })}
        confirmLabel={t('orgImport.register', { count: preview?.validRows ?? 0, formatted: count(preview?.validRows ?? 0) })}
        pending={commit.isPending}
        error={commit.error}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          if (!preview) return;
          commit.mutate(
            { id: preview.id, version: preview.version },
            {
              onSuccess: (result) => {
                setConfirming(false);
                setMoved(true);
                setImported(result.importedCount);
              },
            },
          );
        }}
      >
        {t('orgImport.confirmText', {
          count: preview?.validRows ?? 0,
          formatted: count(preview?.validRows ?? 0),
          file: preview?.fileName ?? '',
        })}
      </ConfirmDialog>
    </>
  );
}
