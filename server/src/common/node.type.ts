import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * The Node interface (Relay's Global Object Identification): every major object has an opaque
 * `id` that `node(id:)` resolves. Implementing classes are constructed by the services' mappers,
 * so TypeGraphQL resolves the concrete type with `instanceof`.
 */
@InterfaceType('Node', {
  description:
    'An object with a globally unique, opaque ID. Fetch any such object again with `node(id:)`; ' +
    'do not parse or build IDs, their format may change.',
})
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique, opaque identifier of the object.' })
  id: string;
}
