import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { EmptyState } from '../PageState';
import type { FragmentType } from '../../gql';
import { LabelBatchCard, type LabelBatchCard_batch } from './LabelBatchCard';

/**
 * A page of batches with "load more" (the next page is appended in the cache, see
 * nodesPagination in app/apollo.ts).
 */
export function LabelBatchList(props: {
  nodes: ReadonlyArray<{ id: string } & FragmentType<typeof LabelBatchCard_batch>>;
  totalCount: number;
  hasNextPage: boolean;
  onLoadMore: () => Promise<unknown>;
  showProducer?: boolean;
  downloads?: boolean;
}) {
  const { t, tp } = useI18n();
  const [loadingMore, setLoadingMore] = useState(false);
  if (props.nodes.length === 0) return <EmptyState title={t('labels.noBatches')} />;
  return (
    <div className="label-batch-list">
      <p className="muted">{tp('labels.batchCount', props.totalCount)}</p>
      {props.nodes.map((batch) => (
        <LabelBatchCard
          key={batch.id}
          batch={batch}
          showProducer={props.showProducer}
          downloads={props.downloads}
        />
      ))}
      {props.hasNextPage && (
        <button
          type="button"
          className="button button-secondary"
          disabled={loadingMore}
          onClick={() => {
            setLoadingMore(true);
            void props.onLoadMore().finally(() => setLoadingMore(false));
          }}
        >
          {loadingMore && <span className="spinner spinner-small" aria-hidden="true" />}
          {t('labels.loadMore')}
        </button>
      )}
    </div>
  );
}
