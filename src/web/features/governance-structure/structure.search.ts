import type { StructureCooperationOption } from '../../../shared/governance/structure.schemas';

/** The diagram's choice in the page address: a cooperation id, or `all` for every active body. */
export type DiagramSearch = { cooperationId?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keeps a cooperation id that looks like one, or `all`; anything else falls back to the default. */
export function validateDiagramSearch(search: Record<string, unknown>): DiagramSearch {
  const value = search.cooperationId;
  return typeof value === 'string' && (value === 'all' || UUID.test(value)) ? { cooperationId: value } : {};
}

/** The cooperation shown first: the agreement with Arbetsförmedlingen when there is one (AGR-3). */
export function defaultDiagramCooperation(options: StructureCooperationOption[]): string | undefined {
  const af = options.find((c) => c.form === 'public_agreement' && /arbetsförmedlingen/i.test(c.title));
  return (af ?? options[0])?.id;
}
