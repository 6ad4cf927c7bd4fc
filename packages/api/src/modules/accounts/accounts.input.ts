import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Give a person of the council a sign-in (administrators only).' })
export class CreateAccountInput {
  @Field(() => ID, { description: 'The person who gets the sign-in.' }) personId!: string;
  @Field(() => String, { nullable: true, description: "Sign-in e-mail; defaults to the person's e-mail." }) email?: string | null;
  @Field(() => String, { description: 'Initial password (at least 10 characters); the person should change it.' }) password!: string;
  @Field(() => Boolean, { description: 'True to make the account an administrator of the council.', defaultValue: false }) admin!: boolean;
}

@InputType({ description: 'Change an account (administrators only); send the version you read.' })
export class UpdateAccountInput {
  @Field(() => ID, { description: "The account's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => Boolean, { description: 'True to make it an administrator, false to stop.', nullable: true }) admin?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'A disabled account cannot sign in and its sessions end at once.' }) disabled?:
    | boolean
    | null;
  @Field(() => String, { nullable: true, description: 'Set a new password (ends every session of the account).' }) password?: string | null;
}

@InputType({ description: 'Issue a read-only API key to a partner (administrators only).' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'The council that issues the key.' }) councilId!: string;
  @Field(() => String, { description: 'What the key is for, e.g. "NHS Suffolk and North East Essex ICB - dashboard".' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Who to contact about it.' }) contact?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date or time after which the key stops working.' }) expiresAt?: string | null;
}
