import { z } from 'zod';

/** Query parameters shared by every cursor-paginated collection. */
export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** Builds the `{ items, nextCursor, total }` envelope of a collection for a given item view. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int(),
  });
}

export type Page<T> = { items: T[]; nextCursor: string | null; total: number };
