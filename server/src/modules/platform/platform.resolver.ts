import { Query, Resolver } from 'type-graphql';
import { today } from '@ocop/db';
import { DateScalar } from '../../common/date.scalar';

@Resolver()
export class PlatformResolver {
  @Query(() => DateScalar, {
    description:
      'The platform\'s day in Vietnam (Asia/Ho_Chi_Minh), "YYYY-MM-DD": the day every "today" of this API means — ' +
      'certificate statuses, NTM status, default dates. Clients show and compare dates against it, not against ' +
      'their own clock (a demo or test instance may run on another day, set by OCOP_TODAY).',
  })
  today(): string {
    return today();
  }
}
