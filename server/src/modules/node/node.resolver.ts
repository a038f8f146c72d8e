import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Node } from '../../common/node.type';
import { nodeService } from './node.service';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object that implements Node, by its global ID; null when the object no longer exists. ' +
      'An ID that this API did not issue is rejected with BAD_USER_INPUT.',
  })
  node(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'A global ID, as returned in the `id` field of an object.' })
    id: string,
  ): Promise<Node | null> {
    return nodeService.find(ctx, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Several objects by their global IDs (at most 100), in the order of the IDs; null in place of an ' +
      'object that no longer exists. The reads are batched, so this costs the same as one `node` per type.',
  })
  nodes(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { description: 'Global IDs, as returned in the `id` field of objects.' })
    ids: string[],
  ): Promise<(Node | null)[]> {
    return nodeService.findMany(ctx, ids);
  }
}
