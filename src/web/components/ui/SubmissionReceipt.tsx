import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { CheckCircleIcon } from './icons';

type SubmissionReceiptProps = {
  /** The reference the sender keeps; nothing is shown until there is one. */
  reference: string | undefined;
  title: string;
  text: string;
  receiptLabel: string;
  anotherLabel: string;
  /** Empties the form for another submission. */
  onAnother: () => void;
};

/**
 * The thanks and receipt after a public form is sent (a proposal, an application): announced to
 * screen readers and focused, with the way to send another.
 */
export function SubmissionReceipt({ reference, title, text, receiptLabel, anotherLabel, onAnother }: SubmissionReceiptProps) {
  const thanks = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (reference) thanks.current?.focus();
  }, [reference]);
  return (
    <div role="status" aria-live="polite">
      {reference ? (
        <Alert ref={thanks} tabIndex={-1} color="green" variant="light" icon={<CheckCircleIcon />} title={title}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{text}</Text>
            <Text size="sm">
              {receiptLabel}{' '}
              <Text span fw={700} ff="monospace">
                {reference}
              </Text>
            </Text>
            <Button variant="default" size="xs" onClick={onAnother}>
              {anotherLabel}
            </Button>
          </Stack>
        </Alert>
      ) : null}
    </div>
  );
}
