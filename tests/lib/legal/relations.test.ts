import { describe, test, expect } from 'vitest';
import { documentRelations, groupRelations } from '../../../src/lib/legal/relations.ts';

const docs = [
  { id: '06-2022-qh15', relations: [] },
  {
    id: '98-2023-nd-cp',
    relations: [
      { kind: 'huong-dan', target: '06/2022/QH15' },
      { kind: 'can-cu', target: '06/2022/QH15' },
    ],
  },
  { id: '152-2025-nd-cp', relations: [{ kind: 'thay-the', target: '98/2023/NĐ-CP', note: 'toàn bộ' }] },
];

describe('documentRelations', () => {
  test('gives each relation from both sides, targets resolved by number slug', () => {
    const map = documentRelations(docs);
    expect(map.get('98-2023-nd-cp')?.outgoing).toEqual([
      { kind: 'huong-dan', otherId: '06-2022-qh15', note: undefined },
      { kind: 'can-cu', otherId: '06-2022-qh15', note: undefined },
    ]);
    expect(map.get('98-2023-nd-cp')?.incoming).toEqual([
      { kind: 'thay-the', otherId: '152-2025-nd-cp', note: 'toàn bộ' },
    ]);
    expect(map.get('06-2022-qh15')?.incoming.map((l) => l.otherId)).toEqual(['98-2023-nd-cp', '98-2023-nd-cp']);
    expect(map.get('06-2022-qh15')?.outgoing).toEqual([]);
  });
  test('drops repeated relations and relations to the document itself', () => {
    const map = documentRelations([
      {
        id: 'a-kh',
        relations: [
          { kind: 'can-cu', target: 'B/KH' },
          { kind: 'can-cu', target: 'b/kh' },
          { kind: 'can-cu', target: 'A/KH' },
        ],
      },
      { id: 'b-kh', relations: [] },
    ]);
    expect(map.get('a-kh')?.outgoing).toHaveLength(1);
    expect(map.get('b-kh')?.incoming).toHaveLength(1);
  });
});

describe('groupRelations', () => {
  test('groups by kind, outgoing before incoming, in the given kind order', () => {
    const map = documentRelations(docs);
    const groups = groupRelations(map.get('98-2023-nd-cp') ?? { outgoing: [], incoming: [] }, [
      'can-cu',
      'huong-dan',
      'thay-the',
    ]);
    expect(groups.map((g) => [g.direction, g.kind, g.links.length])).toEqual([
      ['outgoing', 'can-cu', 1],
      ['outgoing', 'huong-dan', 1],
      ['incoming', 'thay-the', 1],
    ]);
  });
  test('merges several links of one kind into one group', () => {
    const map = documentRelations(docs);
    const groups = groupRelations(map.get('06-2022-qh15') ?? { outgoing: [], incoming: [] }, ['can-cu', 'huong-dan']);
    expect(groups.map((g) => g.kind)).toEqual(['can-cu', 'huong-dan']);
  });
});
