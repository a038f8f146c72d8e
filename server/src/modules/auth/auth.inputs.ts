import { Field, InputType } from 'type-graphql';

@InputType('LoginInput', { description: 'Email and password of an account.' })
export class LoginInput {
  @Field({ description: 'Login email (case and surrounding spaces do not matter).' })
  email: string;

  @Field({ description: 'Password.' })
  password: string;
}
