/**
 * The server's field errors of a failed submit, keyed by the form field they belong to: the
 * first message per field, and none for a field the user has changed since.
 */
export function fieldErrorsOf<F extends string>(
  errors: Record<string, string>,
  fieldOf: (path: string) => F | undefined,
  edited: ReadonlySet<string>,
): Partial<Record<F, string>> {
  const result: Partial<Record<F, string>> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = fieldOf(path);
    if (field !== undefined && !edited.has(field) && result[field] === undefined) result[field] = message;
  }
  return result;
}

/**
 * The server's messages for paths that belong to no field of the form (a record's version, say),
 * once each, so that the error summary can still say what went wrong.
 */
export function unplacedErrorsOf(errors: Record<string, string>, fieldOf: (path: string) => string | undefined): string[] {
  return [...new Set(Object.entries(errors).flatMap(([path, message]) => (fieldOf(path) === undefined ? [message] : [])))];
}
