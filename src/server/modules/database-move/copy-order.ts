/** A foreign key as the copy needs it: which table points at which, through which columns. */
export type ForeignKeyEdge = { table: string; columns: string[]; references: string };

/** The order to copy tables in, and per table the columns that point at the table itself. */
export type CopyOrder = { order: string[]; selfReferences: Map<string, string[]> };

/** Thrown when tables point at each other in a ring, so no table of it can be copied first. */
export class ForeignKeyCycleError extends Error {
  constructor(readonly tables: string[]) {
    super(
      `Tabellerna ${tables.join(', ')} pekar på varandra i en ring och kan inte kopieras i någon ordning. ` +
        `(The tables ${tables.join(', ')} reference each other in a cycle and cannot be ordered for copying.)`,
    );
    this.name = 'ForeignKeyCycleError';
  }
}

/**
 * Orders tables so that every table comes after the tables its foreign keys point at (Kahn's
 * algorithm, alphabetical among the ready ones so the order is the same on every run). A key
 * pointing at its own table (a parent id) is no ordering constraint: its columns are returned
 * in `selfReferences`, for the copy to fill after the table's rows are in. Keys to tables not in
 * the list are ignored; a ring through two or more tables throws `ForeignKeyCycleError`.
 */
export function copyOrder(tables: readonly string[], foreignKeys: readonly ForeignKeyEdge[]): CopyOrder {
  const known = new Set(tables);
  const dependsOn = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  const selfReferences = new Map<string, string[]>();
  for (const key of foreignKeys) {
    if (!known.has(key.table) || !known.has(key.references)) continue;
    if (key.table === key.references) {
      const columns = selfReferences.get(key.table) ?? [];
      for (const column of key.columns) if (!columns.includes(column)) columns.push(column);
      selfReferences.set(key.table, columns);
    } else {
      dependsOn.get(key.table)?.add(key.references);
    }
  }
  const order: string[] = [];
  const placed = new Set<string>();
  for (;;) {
    const ready = [...dependsOn.keys()]
      .filter((t) => !placed.has(t) && [...(dependsOn.get(t) ?? [])].every((d) => placed.has(d)))
      .sort();
    if (ready.length === 0) break;
    for (const table of ready) {
      order.push(table);
      placed.add(table);
    }
  }
  if (order.length < tables.length) throw new ForeignKeyCycleError(cycleAmong(dependsOn, placed));
  return { order, selfReferences };
}

/** One ring among the tables left unplaced, for the error message (walks dependencies until a table repeats). */
function cycleAmong(dependsOn: Map<string, Set<string>>, placed: Set<string>): string[] {
  const left = [...dependsOn.keys()].filter((t) => !placed.has(t)).sort();
  const path: string[] = [];
  let current = left[0] as string;
  while (!path.includes(current)) {
    path.push(current);
    // Every unplaced table waits for at least one other unplaced table.
    current = [...(dependsOn.get(current) ?? [])].filter((d) => !placed.has(d)).sort()[0] as string;
  }
  return path.slice(path.indexOf(current));
}
