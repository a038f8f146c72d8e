import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';

export enum RoleName {
  PRODUCER_EDITOR = 'producer_editor',
  COMMUNE_OFFICIAL = 'commune_official',
  PROVINCE_OFFICIAL = 'province_official',
  ADMINISTRATOR = 'administrator',
}
registerEnumType(RoleName, {
  name: 'Role',
  description: 'What a user may do, and over what.',
  valuesConfig: {
    PRODUCER_EDITOR: {
      description: 'Keeps the listings of one producer’s products (a cooperative’s staff).',
    },
    COMMUNE_OFFICIAL: { description: 'Records the programmes’ decisions inside one commune.' },
    PROVINCE_OFFICIAL: { description: 'Records the programmes’ decisions inside one province.' },
    ADMINISTRATOR: { description: 'Manages users and roles; may do everything.' },
  },
});

@ObjectType('RoleGrant', { description: 'A role the viewer holds and what it is bound to.' })
export class RoleGrantType {
  @Field(() => RoleName, { description: 'The role.' })
  role: RoleName;

  /** Database keys; resolved to objects by the resolver. */
  producerId: string | null;
  unitId: string | null;
}

@ObjectType('Viewer', { description: 'The person logged in, as they see themselves.' })
export class ViewerType {
  @Field(() => ID, { description: 'Global ID of the user.' })
  id: string;

  @Field({ description: 'Login email.' })
  email: string;

  @Field({ description: 'Name shown to others.' })
  displayName: string;

  @Field({ description: 'Preferred language: "vi" or "en".' })
  locale: string;

  @Field(() => [RoleGrantType], { description: 'Roles held, with what each is bound to.' })
  roles: RoleGrantType[];
}

@ObjectType('LoginPayload', { description: 'Result of `login`.' })
export class LoginPayload extends WritePayload('viewer', () => ViewerType, {
  description: 'The person now logged in; null when refused.',
  userErrors:
    'Why the login was refused: INVALID_CREDENTIALS (the same for an unknown email and a wrong password) or THROTTLED.',
}) {}

@ObjectType('LogoutPayload', { description: 'Result of `logout`.' })
export class LogoutPayload {
  @Field({ description: 'True when a session was ended (false when there was none).' })
  loggedOut: boolean;
}
