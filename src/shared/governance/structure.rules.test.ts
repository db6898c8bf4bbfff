import { describe, expect, it } from 'vitest';
import { buildStructureTree, flattenStructureTree, groupRepresentationByParty, type StructureBody } from './structure.rules';

const body = (id: string, type: StructureBody['type'], reportsToId: string | null, name = id): StructureBody => ({ id, name, type, reportsToId });

describe('organisation diagram (AGR-3)', () => {
  it('AGR-3: nests strategic → operative → working groups and clusters by reports-to links', () => {
    const tree = buildStructureTree([
      body('cluster', 'cluster', 'operative', 'Kluster Järva'),
      body('operative', 'operative_steering_group', 'strategic'),
      body('work', 'working_group', 'operative', 'Arbetsgrupp'),
      body('strategic', 'strategic_steering_group', null),
      body('review', 'review_group', 'strategic'),
    ]);
    expect(tree.map((n) => n.body.id)).toEqual(['strategic']);
    expect(tree[0]?.children.map((n) => n.body.id)).toEqual(['operative', 'review']);
    expect(tree[0]?.children[0]?.children.map((n) => n.body.id)).toEqual(['work', 'cluster']);
  });

  it('AGR-3: keeps siblings of one level in the given order, as the agreement lists them', () => {
    const tree = buildStructureTree([
      body('top', 'operative_steering_group', null),
      body('j', 'cluster', 'top', 'Kluster Järva'),
      body('v', 'cluster', 'top', 'Kluster Vällingby–City'),
      body('n', 'cluster', 'top', 'Kluster nyanlända'),
      body('w', 'working_group', 'top', 'Utbildningsbehovsgruppen'),
    ]);
    expect(tree[0]?.children.map((n) => n.body.name)).toEqual(['Utbildningsbehovsgruppen', 'Kluster Järva', 'Kluster Vällingby–City', 'Kluster nyanlända']);
  });

  it('makes a body a root when its superior is not among the visible bodies', () => {
    const tree = buildStructureTree([body('cluster', 'cluster', 'hidden-operative'), body('strategic', 'strategic_steering_group', null)]);
    expect(tree.map((n) => n.body.id)).toEqual(['strategic', 'cluster']);
  });

  it('shows bodies caught in a reporting cycle once each instead of looping', () => {
    const tree = buildStructureTree([body('a', 'working_group', 'b'), body('b', 'working_group', 'a')]);
    const flat = flattenStructureTree(tree);
    expect(flat.map((n) => n.body.id).sort()).toEqual(['a', 'b']);
  });

  it('flattens depth first with depth, parent and children', () => {
    const flat = flattenStructureTree(
      buildStructureTree([body('s', 'strategic_steering_group', null), body('o', 'operative_steering_group', 's'), body('c', 'cluster', 'o')]),
    );
    expect(flat.map((n) => [n.body.id, n.depth, n.parentId, n.childIds])).toEqual([
      ['s', 0, null, ['o']],
      ['o', 1, 's', ['c']],
      ['c', 2, 'o', []],
    ]);
  });
});

describe('representation grouped by party (AGR-3)', () => {
  it('keeps the order parties first appear in and the rows in order', () => {
    const groups = groupRepresentationByParty([
      { party: 'Arbetsförmedlingen', representative: 'Regionchef' },
      { party: 'Stockholms stad', representative: 'Förvaltningschef' },
      { party: 'Arbetsförmedlingen', representative: 'Kvalificerad handläggare' },
    ]);
    expect(groups.map((g) => [g.party, g.items.map((r) => r.representative)])).toEqual([
      ['Arbetsförmedlingen', ['Regionchef', 'Kvalificerad handläggare']],
      ['Stockholms stad', ['Förvaltningschef']],
    ]);
  });
});
