import { useState } from 'react';
import { isApiError } from '../../api/client';
import { fieldErrorsOf, unplacedErrorsOf } from './submit-errors.format';

type SubmitErrorsOptions<F extends string> = {
  /** The last failed submit's error. */
  error: unknown;
  pending: boolean;
  /** The form field a server error path belongs to, or undefined for none. */
  fieldOf: (path: string) => F | undefined;
  /** The field's label in the error summary. */
  labelOf: (field: F) => string;
};

/**
 * The server's validation errors of a form: per field (until the user changes that field) and as
 * the list of the error summary, which shows after each failed submit.
 */
export function useSubmitErrors<F extends string>({ error, pending, fieldOf, labelOf }: SubmitErrorsOptions<F>) {
  const [attempt, setAttempt] = useState(0);
  // Fields changed since the last submit no longer show that submit's error.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const fieldErrors = isApiError(error) ? fieldErrorsOf(error.fieldErrors(), fieldOf, edited) : {};
  const requirements = isApiError(error) ? error.fieldRequirements() : {};
  const requirementOfField = (field: string) => Object.entries(requirements).find(([path]) => fieldOf(path) === field)?.[1];
  const summary = (Object.entries(fieldErrors) as [F, string][]).map(([path, message]) => ({
    path,
    label: labelOf(path),
    message,
    requirement: requirementOfField(path),
  }));
  // Errors of no field of the form are listed too, by their message alone, rather than dropped.
  const unplaced = isApiError(error) ? unplacedErrorsOf(error.fieldErrors(), fieldOf).map((message) => ({ path: '', label: '', message })) : [];
  return {
    /** Counts the submits, so the summary takes focus again on each. */
    attempt,
    fieldErrors: fieldErrors as Partial<Record<F, string>>,
    summary: [...summary, ...unplaced],
    showSummary: attempt > 0 && !pending && error !== null && error !== undefined,
    isEdited: (field: string) => edited.has(field),
    markEdited: (...fields: string[]) =>
      setEdited((e) => {
        const next = new Set(e);
        for (const field of fields) next.add(field);
        return next;
      }),
    /** Call on submit: every field may show the new submit's errors. */
    submitted: () => {
      setEdited(new Set());
      setAttempt((n) => n + 1);
    },
  };
}
