import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';

/** A sentence for the user about a failed call: the server's own title when it sent one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.status === 0) return t('errors.network');
    if (error.problem?.title) return error.problem.title;
  }
  return t('errors.unexpected');
}
