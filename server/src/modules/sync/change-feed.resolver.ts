import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/connection';
import { Node } from '../../common/node.type';
import { Change, ChangeConnection, ChangeType } from './change.type';
import { changeFeedService } from './change-feed.service';

@Resolver(() => Change)
export class ChangeFeedResolver {
  @Query(() => ChangeConnection, {
    description:
      'What changed, oldest first: products, producers, certificates, listings and units created, updated or ' +
      'withdrawn, and certificates expiring by the calendar. Poll with the last `pageInfo.endCursor`: while writes ' +
      'commit concurrently no change is missed and none is seen twice. A change appears once its transaction and ' +
      'every older writing one have finished (usually within a second), so an empty page means nothing new yet. ' +
      'History is kept 30 days: a cursor older than that is answered CURSOR_EXPIRED (start again from a download).',
  })
  changes(
    @Ctx() ctx: Context,
    @Arg('after', () => String, {
      nullable: true,
      description:
        'Continue after this cursor (`pageInfo.endCursor` or a change’s `cursor`); none: from the start.',
    })
    after: string | null,
    @Arg('first', () => Int, {
      defaultValue: DEFAULT_PAGE_SIZE,
      description: `How many changes to return, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
    })
    first: number,
    @Arg('types', () => [ChangeType], { nullable: true, description: 'Only changes of these types.' })
    types: ChangeType[] | null,
  ): Promise<ChangeConnection> {
    return changeFeedService.page(ctx, { after, first, types });
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The object as it is now (null when it can no longer be read, e.g. removed).',
  })
  node(@Ctx() ctx: Context, @Root() change: Change): Promise<Node | null> {
    return changeFeedService.node(ctx, change);
  }
}
