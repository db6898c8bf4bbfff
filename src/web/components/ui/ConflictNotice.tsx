import { Alert, Button, Stack, Text } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { isApiError } from '../../api/client';
import { AlertIcon } from './icons';

/** Whether a save failed because someone else saved a newer version of the record first. */
export function isVersionConflict(error: unknown): boolean {
  return isApiError(error, 409) && error.code === 'version_conflict';
}

type ConflictNoticeProps = {
  title: string;
  text: string;
  reloadLabel: string;
  reloading: boolean;
  onReload: () => void;
};

/**
 * Says above a form that someone else changed the record meanwhile, and offers to start again
 * from their version. It takes focus: the user pressed Save at the bottom of a long form.
 */
export function ConflictNotice({ title, text, reloadLabel, reloading, onReload }: ConflictNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Alert ref={ref} tabIndex={-1} color="yellow" variant="light" icon={<AlertIcon />} role="alert" title={title}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{text}</Text>
        <Button size="xs" variant="outline" loading={reloading} onClick={onReload}>
          {reloadLabel}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * The error and notice to give an edit form: on a version conflict, the notice instead of the
 * error (the form has nothing to fix); otherwise the error and no notice.
 */
export function withConflictNotice(error: unknown, notice: ConflictNoticeProps): { error: unknown; notice: ReactNode } {
  return isVersionConflict(error) ? { error: null, notice: <ConflictNotice {...notice} /> } : { error, notice: undefined };
}
