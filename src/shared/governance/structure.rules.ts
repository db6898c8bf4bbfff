import type { GovernanceBodyType } from './governance.schemas';

/** Levels of the diagram, top down (AGR-3): strategic above operative above working groups and clusters. */
const TYPE_RANK: Record<GovernanceBodyType, number> = {
  strategic_steering_group: 0,
  steering_group: 1,
  operative_steering_group: 2,
  review_group: 3,
  working_group: 4,
  cluster: 5,
  managers_forum: 6,
  staff_forum: 7,
};

/** The least a body needs to be placed in the diagram. */
export type StructureBody = { id: string; name: string; type: GovernanceBodyType; reportsToId: string | null };

/** A body placed in the tree, with the bodies reporting to it. */
export type StructureTreeNode<B extends StructureBody> = { body: B; children: StructureTreeNode<B>[] };

/** Sorts by level, keeping the given order within a level (the order the bodies were set up in). */
const byLevel = <B extends StructureBody>(bodies: readonly B[]): B[] =>
  bodies
    .map((body, index) => ({ body, index }))
    .sort((a, b) => TYPE_RANK[a.body.type] - TYPE_RANK[b.body.type] || a.index - b.index)
    .map((x) => x.body);

/**
 * Nests bodies by their reports-to links (AGR-3). A body whose superior is not among the given
 * bodies is a root, so a diagram limited to one cooperation or to what a steering member may see
 * still shows everything it was given. Siblings are ordered by level, then kept in the given order
 * (the server gives them in the order they were set up, which is how the agreement lists them); a
 * body caught in a reporting cycle is shown once, as a root.
 */
export function buildStructureTree<B extends StructureBody>(bodies: readonly B[]): StructureTreeNode<B>[] {
  const ids = new Set(bodies.map((b) => b.id));
  const childrenOf = new Map<string, B[]>();
  for (const b of bodies) {
    if (b.reportsToId && ids.has(b.reportsToId) && b.reportsToId !== b.id) {
      childrenOf.set(b.reportsToId, [...(childrenOf.get(b.reportsToId) ?? []), b]);
    }
  }
  const placed = new Set<string>();
  const place = (body: B): StructureTreeNode<B> => {
    placed.add(body.id);
    const children = byLevel(childrenOf.get(body.id) ?? []).filter((c) => !placed.has(c.id));
    return { body, children: children.map(place) };
  };
  const roots = bodies.filter((b) => !b.reportsToId || !ids.has(b.reportsToId) || b.reportsToId === b.id);
  const tree = byLevel(roots).map(place);
  // Bodies only reachable through a cycle have no root above them: show them as roots.
  for (const b of byLevel(bodies)) if (!placed.has(b.id)) tree.push(place(b));
  return tree;
}

/** The tree flattened depth first, each body with its depth and visible parent. */
export function flattenStructureTree<B extends StructureBody>(
  tree: readonly StructureTreeNode<B>[],
): { body: B; depth: number; parentId: string | null; childIds: string[] }[] {
  const out: { body: B; depth: number; parentId: string | null; childIds: string[] }[] = [];
  const walk = (node: StructureTreeNode<B>, depth: number, parentId: string | null) => {
    out.push({ body: node.body, depth, parentId, childIds: node.children.map((c) => c.body.id) });
    for (const c of node.children) walk(c, depth + 1, node.body.id);
  };
  for (const root of tree) walk(root, 0, null);
  return out;
}

/** Representation rows grouped by party in the order parties first appear, rows kept in order (AGR-3). */
export function groupRepresentationByParty<R extends { party: string }>(rows: readonly R[]): { party: string; items: R[] }[] {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(r.party, [...(groups.get(r.party) ?? []), r]);
  return [...groups].map(([party, items]) => ({ party, items }));
}
