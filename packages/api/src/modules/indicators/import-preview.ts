/**
 * The rows of an import's answer (ImportResult.preview): the first rows of the file, each with what the
 * import does (or, for a dry run, would do) with it and the figure stored now, so a person can check a
 * file before storing it.
 */
import { Field, FieldResolver, Float, Int, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import { MeasurementStatus, ValueStatus, type ImportPreviewRow } from '@goldenthread/db';
import { ImportResult } from './performance.type.js';

export const ImportRowAction = { CREATE: 'CREATE', CHANGE: 'CHANGE', UNCHANGED: 'UNCHANGED' } as const;
registerEnumType(ImportRowAction, {
  name: 'ImportRowAction',
  description: 'What an import does with a row: CREATE a new figure, CHANGE the stored one, or leave it UNCHANGED.',
  valuesConfig: {
    CHANGE: { description: 'The stored figure is changed.' },
    CREATE: { description: 'A new figure is stored.' },
    UNCHANGED: { description: 'The stored figure already has this value: nothing is written.' },
  },
});

@ObjectType('ImportPreviewRow', { description: 'One row of an imported file and what the import does with it.' })
export class ImportPreviewRowNode {
  @Field(() => Int, { description: 'The line of the file (1 is the header).' }) line!: number;
  @Field(() => ImportRowAction, { description: 'What the import does with the row.' }) action!: ImportPreviewRow['action'];
  @Field(() => String, { description: 'The council the row is for (matched by GSS code).' }) councilName!: string;
  @Field(() => String, { description: "The indicator's code as in the file." }) indicatorCode!: string;
  @Field(() => String, { description: "The indicator's title." }) indicatorTitle!: string;
  @Field(() => String, { description: "The period of the row, e.g. '2023-24'." }) period!: string;
  @Field(() => String, { description: "The breakdown of the row, e.g. 'Total'." }) disaggregation!: string;
  @Field(() => Float, { description: 'The value in the file; null when suppressed or not available.', nullable: true }) value!:
    | number
    | null;
  @Field(() => ValueStatus, { description: 'VALUE, or why the file has no number (SUPPRESSED, NOT_AVAILABLE).' }) valueStatus!: ValueStatus;
  @Field(() => Float, { nullable: true, description: 'The value stored now (a changed or unchanged row).' }) storedValue!: number | null;
  @Field(() => ValueStatus, { description: 'The status of the stored figure; null when there is none yet.', nullable: true })
  storedValueStatus!: ValueStatus | null;
  @Field(() => MeasurementStatus, { nullable: true, description: 'The status of the figure stored now.' })
  storedStatus!: MeasurementStatus | null;
}

@Resolver(() => ImportResult)
export class ImportPreviewResolver {
  @FieldResolver(() => [ImportPreviewRowNode], {
    description:
      'The first 20 rows of the file (by line), each with what the import does with it; the counts (created, changed, unchanged) ' +
      'cover every row.',
  })
  preview(@Root() r: ImportResult & { preview?: ImportPreviewRow[] }): ImportPreviewRow[] {
    return r.preview ?? [];
  }
}
