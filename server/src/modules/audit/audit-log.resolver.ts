import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../common/connection';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { AuditLogFilter } from './audit-log.inputs';
import { auditLogService } from './audit-log.service';
import { AuditEntry, AuditEntryConnection } from './audit-log.type';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  @Query(() => AuditEntryConnection, {
    description:
      'The audit log, newest first: every write and every refused attempt. Administrators see all of it; ' +
      'officials the entries about objects inside their units and their own attempts; FORBIDDEN to anybody else.',
  })
  async auditLog(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Narrows the list.' })
    filter: AuditLogFilter | null,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryConnection> {
    return AuditEntryConnection.fromPage(await auditLogService.list(ctx, first, after, filter));
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description: 'The unit the object belongs to (its commune, its province…); null when none was recorded.',
  })
  unit(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return entry.unitUuid ? ctx.loaders.unitById.load(entry.unitUuid) : Promise.resolve(null);
  }
}
