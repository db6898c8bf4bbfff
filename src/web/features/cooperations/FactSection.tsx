import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CooperationFactsInput, CooperationView } from '../../../shared/cooperations/cooperation.schemas';
import { isApiError } from '../../api/client';
import { useCan } from '../../app/current-session.context';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon } from '../../components/ui/icons';
import { useUpdateCooperation } from './api';

/** Saving one section of recorded facts (PATCH with the version seen), with its field errors by path. */
export function useFactsSave(cooperation: CooperationView, onMessage: (message: string) => void) {
  const update = useUpdateCooperation(cooperation.id);
  const errors = isApiError(update.error) ? update.error.fieldErrors() : {};
  return {
    pending: update.isPending,
    error: update.error,
    /** The server's message for a field under `facts.` (e.g. "competence.withinMission.justification"). */
    fieldError: (path: string): string | undefined => errors[`facts.${path}`],
    /** The server's message for a field of the cooperation itself (e.g. "endDate", FRM-9). */
    topLevelError: (path: string): string | undefined => errors[path],
    save: (facts: CooperationFactsInput, savedMessage: string) =>
      update.mutate({ version: cooperation.version, facts }, { onSuccess: () => onMessage(savedMessage) }),
  };
}

type FactSectionProps = {
  title: string;
  description?: ReactNode;
  saver: ReturnType<typeof useFactsSave>;
  onSubmit: () => void;
  children: ReactNode;
};

/**
 * A form of recorded facts that a gate reads, saved on its own; the checklist opens it in a
 * drawer whose title names it, so the form itself starts with what it asks.
 */
export function FactSection({ title, description, saver, onSubmit, children }: FactSectionProps) {
  const { t } = useTranslation();
  const canWrite = useCan('cooperations.write');
  const [attempted, setAttempted] = useState(false);
  const conflict = isApiError(saver.error, 409);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      {description ? (
        <Text size="sm" c="dimmed" mb="md" maw={760}>
          {description}
        </Text>
      ) : null}
      <fieldset disabled={!canWrite} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          {children}
          {attempted && saver.error && !saver.pending ? (
            <Alert color={conflict ? 'yellow' : 'red'} variant="light" icon={<AlertIcon />} role="alert">
              {conflict ? t('cooperations.conflictText') : errorMessage(saver.error, t)}
            </Alert>
          ) : null}
          {canWrite ? (
            <Group>
              <Button type="submit" loading={saver.pending}>
                {t('cooperations.saveSection', { title })}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('cooperations.factsReadOnly')}
            </Text>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
