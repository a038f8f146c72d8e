import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../context';
import { requestError } from '../../common/error-codes';
import { fragmentsOf, rootFields, RATE_LIMIT_FIELD } from '../../common/points-budget';
import { appendAudit } from '../audit/audit.service';
import { ApiKeyScope } from './partner.type';

/** Root fields a key needs a scope other than `read` for; every other query field needs `read`. */
const FIELD_SCOPES: Record<string, ApiKeyScope> = {
  // A check of a label code counts, but reads: what a partner's app checking packs does.
  labelCodeCheck: ApiKeyScope.READ,
  changes: ApiKeyScope.SYNC,
  webhookEndpoints: ApiKeyScope.WEBHOOKS,
  webhookEndpointCreate: ApiKeyScope.WEBHOOKS,
  webhookEndpointUpdate: ApiKeyScope.WEBHOOKS,
  webhookEndpointDelete: ApiKeyScope.WEBHOOKS,
  webhookEndpointRotateSecret: ApiKeyScope.WEBHOOKS,
};

/** Fields any key may ask for: the budget and introspection. */
const FREE_FIELDS = new Set([RATE_LIMIT_FIELD, '__typename', '__schema', '__type']);

/**
 * What an operation's root fields need of a key: a scope each, or `null` for a mutation no key may
 * make (keys write only their partner's webhook endpoints; everything else is done by people).
 */
export function scopesNeeded(
  operation: 'query' | 'mutation' | 'subscription',
  fields: string[],
): { scopes: Set<ApiKeyScope>; refused: string | null } {
  const scopes = new Set<ApiKeyScope>();
  for (const field of fields) {
    if (FREE_FIELDS.has(field)) continue;
    const scope = FIELD_SCOPES[field];
    if (scope) scopes.add(scope);
    else if (operation === 'query') scopes.add(ApiKeyScope.READ);
    else return { scopes, refused: field };
  }
  return { scopes, refused: null };
}

/**
 * A request with a key may do only what the key's scopes cover (server/README.md, "Keys and
 * scopes"); the public and signed-in people are not concerned. Refused: HTTP 403
 * INSUFFICIENT_SCOPE naming the missing scopes, before anything runs or is charged (the estimate
 * is taken off the context synchronously, before the points budget's hook reads it); a refused
 * mutation is audited as denied, with the key.
 */
export function apiKeyScopesPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue: ctx }) {
          const key = ctx.apiKey;
          if (!key || !operation) return;
          const fields = rootFields(operation.selectionSet, fragmentsOf(document));
          const needed = scopesNeeded(operation.operation, fields);
          const missing = [...needed.scopes].filter((scope) => !key.scopes.includes(scope));
          if (needed.refused === null && missing.length === 0) return;
          delete ctx.estimatedObjects;
          // A change refused is worth knowing about, like any refused write (appendAudit bounds a flood).
          if (operation.operation === 'mutation')
            await ctx.db.transaction((tx) =>
              appendAudit(tx, {
                actorUserId: null,
                actorApiKeyId: key.id,
                action: needed.refused ?? operation.name?.value ?? 'mutation',
                entityType: 'Mutation',
                entityId: null,
                outcome: 'denied',
                after: { reason: 'INSUFFICIENT_SCOPE', missing },
                requestId: ctx.requestId,
                ipAddress: ctx.http.ip,
              }),
            );
          if (needed.refused !== null)
            throw requestError(
              'INSUFFICIENT_SCOPE',
              `An API key cannot call \`${needed.refused}\`: keys read, follow the change feed and manage ` +
                'their partner’s webhook endpoints; other changes are made by people, signed in.',
              { requiredScopes: [] },
            );
          throw requestError(
            'INSUFFICIENT_SCOPE',
            `This key lacks the scope${missing.length > 1 ? 's' : ''} ${missing.map((s) => `\`${s}\``).join(', ')} ` +
              'for this operation; ask the platform’s administrators for a key issued with it.',
            { requiredScopes: missing.map((scope) => scope.toUpperCase()) },
          );
        },
      };
    },
  };
}
