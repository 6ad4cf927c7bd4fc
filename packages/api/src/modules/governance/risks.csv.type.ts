import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('GovernanceCsvRowError', {
  description: 'A problem of a CSV file: the line (the header is line 1), the column, a code and a message.',
})
export class GovernanceCsvRowError {
  @Field(() => Int, { description: 'Line of the file where the row starts (the header is line 1).' }) line!: number;
  @Field(() => String, { nullable: true, description: 'The column at fault, if one.' }) column!: string | null;
  @Field(() => String, {
    description:
      'UNREADABLE, EMPTY, UNKNOWN_COLUMN, MISSING_COLUMN, REPEATED_COLUMN, TOO_MANY_ROWS, TOO_MANY_VALUES, REQUIRED, BAD_NUMBER, ' +
      'BAD_DATE, BAD_VALUE, UNKNOWN_PERSON, UNKNOWN_REFERENCE, AMBIGUOUS, DUPLICATE or NOT_ALLOWED.',
  })
  code!: string;
  @Field(() => String, { description: 'What is wrong, naming the value.' }) message!: string;
}

@ObjectType('GovernanceImportPayload', {
  description: 'What an import of a risk register or actions did (or, on a dry run or when refused, would do).',
})
export class GovernanceImportPayload {
  @Field(() => Boolean, { description: 'True when stored (never on a dry run or with errors).' }) applied!: boolean;
  @Field(() => Boolean, { description: 'True when nothing was written.' }) dryRun!: boolean;
  @Field(() => Int, { description: 'Rows read.' }) rows!: number;
  @Field(() => Int, { description: 'Rows that add a record.' }) created!: number;
  @Field(() => Int, { description: 'Rows that change a stored record.' }) updated!: number;
  @Field(() => Int, { description: 'Rows equal to what is stored.' }) unchanged!: number;
  @Field(() => [GovernanceCsvRowError], { description: 'Every problem; nothing is stored when there is one.' })
  errors!: GovernanceCsvRowError[];
}
