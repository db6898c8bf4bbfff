/** The search of the confirmation and unsubscribe pages: the link's token, or '' when it is missing. */
export function validateTokenSearch(search: Record<string, unknown>): { token?: string } {
  return typeof search.token === 'string' && search.token !== '' ? { token: search.token } : {};
}
