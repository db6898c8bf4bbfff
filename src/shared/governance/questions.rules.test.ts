import { describe, expect, it } from 'vitest';
import { answeringStep, orderChain, questionTarget, seenSplit, spreadReceivers } from './questions.rules';

describe('questions raised and decisions spread (AGR-8)', () => {
  it('AGR-8: a question goes to the body the raising body reports to; the top body has none', () => {
    expect(questionTarget({ reportsToId: 'operative' })).toBe('operative');
    expect(questionTarget({ reportsToId: null })).toBeNull();
  });

  it('AGR-8: a decision reaches the direct children by default, every active body below when chosen', () => {
    const below = [
      { id: 'cluster-a', depth: 1, status: 'active' as const },
      { id: 'cluster-b', depth: 1, status: 'closed' as const },
      { id: 'working-group', depth: 2, status: 'active' as const },
    ];
    expect(spreadReceivers(below, 'children')).toEqual(['cluster-a']);
    expect(spreadReceivers(below, 'descendants')).toEqual(['cluster-a', 'working-group']);
    expect(spreadReceivers([], 'descendants')).toEqual([]);
  });

  it('AGR-8: a question passed upwards is shown as a chain from the first body, and its answer is found wherever it was given', () => {
    const steps = [
      { id: 'to-strategic', forwardedFromId: 'to-operative', status: 'answered' as const },
      { id: 'to-operative', forwardedFromId: null, status: 'raised_further' as const },
    ];
    const chain = orderChain(steps);
    expect(chain.map((s) => s.id)).toEqual(['to-operative', 'to-strategic']);
    expect(answeringStep(chain)?.id).toBe('to-strategic');
    expect(answeringStep([{ status: 'open' as const }])).toBeUndefined();
  });

  it('AGR-8: members who marked a spread decision seen are told apart from those who have not, a member without a login among the latter', () => {
    const members = [
      { name: 'Sektionschef', userId: 'u1' },
      { name: 'Enhetschef', userId: null },
      { name: 'Koordinator', userId: 'u2' },
    ];
    const split = seenSplit(members, new Map([['u1', '2026-03-02T10:00:00.000Z']]));
    expect(split.seen).toEqual([{ name: 'Sektionschef', userId: 'u1', seenAt: '2026-03-02T10:00:00.000Z' }]);
    expect(split.notSeen.map((m) => m.name)).toEqual(['Enhetschef', 'Koordinator']);
  });
});
