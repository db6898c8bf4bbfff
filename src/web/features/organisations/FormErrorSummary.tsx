import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../components/ui/error-message.format';
import { AlertIcon } from '../../components/ui/icons';
import { RequirementTag } from '../../components/ui/RequirementTag';

export type SummaryError = { path: string; label: string; message: string; requirement?: string | undefined };

type FormErrorSummaryProps = {
  title: string;
  errors: SummaryError[];
  /** Changes on every failed submit, so the summary takes focus again. */
  attempt: number;
};

/**
 * The errors of a failed submit, listed at the top of the form with links to their fields. It
 * takes focus so that keyboard and screen-reader users learn at once what needs fixing.
 */
export function FormErrorSummary({ title, errors, attempt }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);

  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" title={title} icon={<AlertIcon />} role="alert">
      {errors.length > 0 ? (
        <>
          <Text size="sm" mb={6}>
            {t('organisations.fixFields')}
          </Text>
          <List size="sm" spacing={2}>
            {errors.map((e) => (
              <SummaryItem key={e.path || `unplaced-${e.message}`} error={e} />
            ))}
          </List>
        </>
      ) : null}
    </Alert>
  );
}

/** One error of the summary: a link to its field, or the message alone when it belongs to no field of the form. */
function SummaryItem({ error }: { error: SummaryError }) {
  if (error.path === '') {
    return (
      <List.Item>
        <Text size="sm" c="red.9">
          {error.message}
        </Text>
      </List.Item>
    );
  }
  return (
    <List.Item>
      <Anchor
        href={`#${error.path}`}
        size="sm"
        c="red.9"
        onClick={(event) => {
          const field = document.getElementById(error.path);
          if (!field) return;
          event.preventDefault();
          field.focus();
          field.scrollIntoView({ block: 'center' });
        }}
      >
        {error.label}: {error.message}
      </Anchor>
      {error.requirement ? (
        <>
          {' '}
          <RequirementTag id={error.requirement} />
        </>
      ) : null}
    </List.Item>
  );
}

type SubmitErrorSummaryProps = {
  /** What `useSubmitErrors` gives. */
  state: { showSummary: boolean; summary: SummaryError[]; attempt: number };
  /** The last failed submit's error. */
  error: unknown;
  /** The title when the form has errors to fix ("Formuläret innehåller fel"). */
  invalidTitle: string;
  /** The form has an error to fix that is not one of `state.summary`. */
  invalid?: boolean;
};

/** The error summary of a form after a failed submit: its field errors, or the error's message when none belongs to a field. */
export function SubmitErrorSummary({ state, error, invalidTitle, invalid = false }: SubmitErrorSummaryProps) {
  const { t } = useTranslation();
  if (!state.showSummary) return null;
  const title = state.summary.length > 0 || invalid ? invalidTitle : errorMessage(error, t);
  return <FormErrorSummary title={title} errors={state.summary} attempt={state.attempt} />;
}
