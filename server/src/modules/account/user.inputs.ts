import { Field, InputType } from 'type-graphql';
import { MAX_SEARCH_LENGTH } from '../../common/sql/search';
import { RoleName } from '../auth/auth.type';
import { UserStatus } from './user.type';

@InputType('UserFilter', { description: 'Which users to list; every field given must match.' })
export class UserFilter {
  @Field(() => String, {
    nullable: true,
    description: `Part of the email or of the name (case and diacritics do not matter; at most ${MAX_SEARCH_LENGTH} characters).`,
  })
  search?: string | null;

  @Field(() => RoleName, { nullable: true, description: 'Only users holding this role.' })
  role?: RoleName | null;

  @Field(() => UserStatus, { nullable: true, description: 'Only users with this status.' })
  status?: UserStatus | null;
}
