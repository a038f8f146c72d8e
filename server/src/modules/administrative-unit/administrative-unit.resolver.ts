import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DateScalar } from '../../common/date.scalar';
import { administrativeUnitService as units } from './administrative-unit.service';
import { AdministrativeUnit, LineageEdge } from './administrative-unit.type';

const AS_OF_DESCRIPTION =
  'The day the unit must have existed on. Without it: the unit valid today, else the latest unit that had ' +
  'the code (e.g. a commune merged away in 2025).';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => AdministrativeUnit, {
    nullable: true,
    description:
      'A province (or centrally-run city) by its 2-digit GSO code. A code kept through the 2025 reform belongs ' +
      'to two units, one per period: `asOf` chooses the period.',
  })
  province(
    @Ctx() ctx: Context,
    @Arg('code', { description: 'GSO province code, 2 digits (e.g. "11" for Điện Biên).' }) code: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<AdministrativeUnit | null> {
    return units.findByCode(ctx, 'province', code, asOf);
  }

  @Query(() => AdministrativeUnit, {
    nullable: true,
    description:
      'A commune-level unit (xã, phường, thị trấn, đặc khu) by its 5-digit GSO code. A code kept through the ' +
      '2025 reform belongs to two units, one per period: `asOf` chooses the period.',
  })
  commune(
    @Ctx() ctx: Context,
    @Arg('code', { description: 'GSO commune code, 5 digits (e.g. "03328" for Thanh Nưa).' }) code: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION }) asOf?: string | null,
  ): Promise<AdministrativeUnit | null> {
    return units.findByCode(ctx, 'commune', code, asOf);
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description:
      'The unit this one belonged to in its period: a district or (from 2025-07-01) a province for a commune, ' +
      'a province for a district, a commune for a village. Null for provinces.',
  })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<AdministrativeUnit | null> {
    return units.parent(ctx, unit);
  }

  @FieldResolver(() => [LineageEdge], {
    description: 'The older units this unit was formed from (empty for units that predate the records).',
  })
  predecessors(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<LineageEdge[]> {
    return units.predecessors(ctx, unit);
  }

  @FieldResolver(() => [LineageEdge], {
    description: 'The newer units this unit became, all or in part (empty while the unit still exists).',
  })
  successors(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<LineageEdge[]> {
    return units.successors(ctx, unit);
  }
}
