/** Arguments many operations share, declared once so each says the same thing the same way. */
import { ArgsType, Field, ID } from 'type-graphql';

/** The options of a `councilId` argument naming the council whose records are read or written. */
export const COUNCIL_ID_ARG = {
  description: "The council's global id (Council:...). Its own people see its unpublished records; others see what is published.",
} as const;

/** The options of an optional `version` argument of a step or a deletion (optimistic concurrency). */
export const OPTIONAL_VERSION_ARG = {
  description: 'The version the caller read; a stale one is refused with CONFLICT (optional: left out, the latest is used).',
  nullable: true,
} as const;

/** The council a read or an import is about, by global id. */
@ArgsType()
export class CouncilArgs {
  @Field(() => ID, COUNCIL_ID_ARG)
  councilId!: string;
}

/** A CSV import into one council: the file's text, and whether to only check it. */
@ArgsType()
export class CsvImportArgs extends CouncilArgs {
  @Field(() => String, { description: "The CSV file's text (UTF-8, a header row first)." })
  csv!: string;

  @Field(() => Boolean, {
    description: 'True to check the file and report what would change without writing anything.',
    defaultValue: false,
  })
  dryRun!: boolean;
}
