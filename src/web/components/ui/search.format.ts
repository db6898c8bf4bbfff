/** The search of a list without its empty values, so the page address only says what is set. */
export function withoutEmpty<S extends object>(search: S): S {
  return Object.fromEntries(Object.entries(search).filter(([, v]) => typeof v === 'string' && v !== '')) as S;
}
