import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../common/connection';
import { DateScalar } from '../../common/date.scalar';
import { CommuneFilter, CommuneOrder } from './administrative-unit.inputs';
import { administrativeUnitService as units } from './administrative-unit.service';
import { AdministrativeUnit, AdministrativeUnitConnection, LineageEdge } from './administrative-unit.type';

const AS_OF_DESCRIPTION =
  'The day the unit must have existed on. Without it: the unit valid today, else the latest unit that had ' +
  'the code (e.g. a commune merged away in 2025).';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => [AdministrativeUnit], {
    description:
      'Every province and centrally-run city valid on a day — today’s by default — ordered by code: 34 since ' +
      'the 2025 reform, 63 before it.',
  })
  provinces(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day the provinces must have existed on (default: today in Vietnam).',
    })
    asOf?: string | null,
  ): Promise<AdministrativeUnit[]> {
    return units.provinces(ctx, asOf);
  }

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
      'A district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh) by its 3-digit GSO code. Districts ' +
      'existed only before 2025-07-01, when the reform abolished the level: with an `asOf` on or after that day ' +
      'the answer is null; without `asOf`, the district as it was until then.',
  })
  district(
    @Ctx() ctx: Context,
    @Arg('code', { description: 'GSO district code, 3 digits (e.g. "100" for Huyện Điện Biên).' })
    code: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description:
        'The day the district must have existed on. Without it: the latest district with the code.',
    })
    asOf?: string | null,
  ): Promise<AdministrativeUnit | null> {
    return units.findByCode(ctx, 'district', code, asOf);
  }

  @Query(() => AdministrativeUnitConnection, {
    description:
      'Commune-level units (xã, phường, thị trấn, đặc khu) valid on a day — today’s by default — with cursor ' +
      'pagination, filters (province, district, NTM status, name, type) and an order (default: by code).',
  })
  async communes(
    @Ctx() ctx: Context,
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => CommuneFilter, { nullable: true, description: 'Which communes to list.' })
    filter?: CommuneFilter | null,
    @Arg('orderBy', () => CommuneOrder, {
      nullable: true,
      description: 'How to sort them. Default: by code, ascending.',
    })
    orderBy?: CommuneOrder | null,
  ): Promise<AdministrativeUnitConnection> {
    return AdministrativeUnitConnection.fromPage(await units.communes(ctx, first, after, filter, orderBy));
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

  @FieldResolver(() => [AdministrativeUnit], {
    description:
      'The other units of the same level that carried this unit’s code in other periods, oldest first (by ' +
      '`validFrom`). Codes were kept or reused in the 2025 reform: commune 03334 was Xã Thanh Xương until ' +
      '2025-07-01 and is Phường Mường Thanh since, two unrelated units. Empty when the code named only this ' +
      'unit (and for villages, which have no code). Link to each as it existed: `commune(code, asOf)` with a ' +
      'day between its `validFrom` and `validTo`.',
  })
  otherUnitsWithCode(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<AdministrativeUnit[]> {
    return units.otherUnitsWithCode(ctx, unit);
  }

  @FieldResolver(() => [AdministrativeUnit], {
    description:
      'The units directly below this one in its period, by code: districts of a pre-2025 province, communes ' +
      'of a district or of a province from 2025-07-01, villages of a pre-2025 commune. Villages of a commune ' +
      'formed in 2025 are under its predecessors: see `villages`.',
  })
  children(
    @Root() unit: AdministrativeUnit,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description:
        'Only the units that existed on this day. Without it: every unit ever recorded below this one.',
    })
    asOf?: string | null,
  ): Promise<AdministrativeUnit[]> {
    return units.children(ctx, unit, asOf);
  }

  @FieldResolver(() => [AdministrativeUnit], {
    description:
      'For a commune: its villages (thôn, bản…) by name, each with its own `ntmStatus`. Villages keep their ' +
      'pre-2025 commune as `parent`, so for a commune formed on 2025-07-01 this lists the villages of the ' +
      'communes it was formed from (its `predecessors`); a predecessor split among several new communes lends ' +
      'its villages to each of them. Empty for other levels.',
  })
  villages(
    @Root() unit: AdministrativeUnit,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Only the villages that existed on this day. Without it: every village recorded.',
    })
    asOf?: string | null,
  ): Promise<AdministrativeUnit[]> {
    return units.villages(ctx, unit, asOf);
  }
}
