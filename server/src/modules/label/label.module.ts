import type { ApiModule } from '../module';
import { createLabelLoaders } from './label.loaders';
import { LabelBatchResolver, LabelCheckResolver } from './label.resolver';

/** Labels that cannot be copied: batches, their per-item codes, checks (server/README.md, "Labels"). */
export const labelModule = {
  resolvers: [LabelCheckResolver, LabelBatchResolver],
  loaders: createLabelLoaders,
} satisfies ApiModule;
