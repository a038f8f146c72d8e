import { gql } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { createCache } from './apollo';

const PAGE = gql`
  query LabelBatchesPage($after: String, $filter: LabelBatchFilter) {
    labelBatches(first: 2, after: $after, filter: $filter) {
      nodes {
        id
        lotNumber
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`;

const page = (lots: string[], endCursor: string | null, hasNextPage: boolean) => ({
  labelBatches: {
    __typename: 'LabelBatchConnection',
    nodes: lots.map((lot) => ({ __typename: 'LabelBatch', id: `B-${lot}`, lotNumber: lot })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    totalCount: 3,
  },
});

const lots = (data: unknown) => (data as ReturnType<typeof page>).labelBatches.nodes.map((n) => n.lotNumber);

describe('labelBatches pages (nodesPagination)', () => {
  it('appends a page asked with `after`, replaces the list with a first page, and keeps filters apart', () => {
    const cache = createCache();
    const filter = { producerId: 'P1' };
    cache.writeQuery({ query: PAGE, variables: { filter }, data: page(['L3', 'L2'], 'c2', true) });
    cache.writeQuery({ query: PAGE, variables: { filter, after: 'c2' }, data: page(['L1'], 'c1', false) });
    const read = cache.readQuery({ query: PAGE, variables: { filter } });
    expect(lots(read)).toEqual(['L3', 'L2', 'L1']);
    expect((read as ReturnType<typeof page>).labelBatches.pageInfo.hasNextPage).toBe(false);

    // Another filter is another list.
    cache.writeQuery({
      query: PAGE,
      variables: { filter: { recalled: true } },
      data: page(['L2'], 'c2', false),
    });
    expect(lots(cache.readQuery({ query: PAGE, variables: { filter: { recalled: true } } }))).toEqual(['L2']);
    expect(lots(cache.readQuery({ query: PAGE, variables: { filter } }))).toEqual(['L3', 'L2', 'L1']);

    // A first page again (a refetch after recording a batch) replaces the list.
    cache.writeQuery({ query: PAGE, variables: { filter }, data: page(['L4', 'L3'], 'c3', true) });
    expect(lots(cache.readQuery({ query: PAGE, variables: { filter } }))).toEqual(['L4', 'L3']);
  });
});
