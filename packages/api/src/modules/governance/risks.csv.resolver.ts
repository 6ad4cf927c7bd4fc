import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../context.js';
import { badInput } from '../../errors.js';
import { CouncilArgs, CsvImportArgs } from '../../relay/common.args.js';
import { decodeId } from '../../relay/global-id.js';
import { ActionCsvService } from './actions.csv.service.js';
import type { GovernanceImportReport } from './risks.csv.common.js';
import { RiskCsvService } from './risks.csv.service.js';
import { GovernanceImportPayload } from './risks.csv.type.js';

const IMPORT =
  'All or nothing (README "CSV layouts"): a dry run reports what would change and every problem; a real import with problems ' +
  'is refused with BAD_USER_INPUT listing them (extensions.rowErrors). Importing an export changes nothing.';

/** A real import with problems is refused whole: BAD_USER_INPUT with every problem in extensions.rowErrors. */
function refuseWithProblems(report: GovernanceImportReport): GovernanceImportReport {
  if (report.dryRun || report.errors.length === 0) return report;
  const first = report.errors
    .slice(0, 3)
    .map((e) => `line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`)
    .join(' ');
  const n = report.errors.length;
  throw badInput('csv', `${n} ${n === 1 ? 'problem' : 'problems'} in the file, so nothing was imported. ${first}${n > 3 ? ' ...' : ''}`, {
    rowErrors: report.errors,
  });
}

/** CSV export and import of the risk registers and the actions, the way councils keep them in Excel. */
@Resolver()
export class GovernanceCsvResolver {
  @Query(() => String, {
    description: 'A council\'s risk registers as CSV (README "CSV layouts"), by reference; for the council\'s own people.',
  })
  riskRegisterCsv(@Ctx() ctx: GqlContext, @Args(() => CouncilArgs) { councilId }: CouncilArgs): Promise<string> {
    return ctx.services.get(RiskCsvService).export(decodeId('councilId', councilId, 'Council'));
  }

  @Query(() => String, { description: 'A council\'s actions as CSV (README "CSV layouts"), by id; for the council\'s own people.' })
  actionsCsv(@Ctx() ctx: GqlContext, @Args(() => CouncilArgs) { councilId }: CouncilArgs): Promise<string> {
    return ctx.services.get(ActionCsvService).export(decodeId('councilId', councilId, 'Council'));
  }

  @Mutation(() => GovernanceImportPayload, {
    description: `Imports risks from CSV, matched by reference (risk managers, senior managers, administrators). ${IMPORT}`,
  })
  async importRiskRegister(
    @Ctx() ctx: GqlContext,
    @Args(() => CsvImportArgs) { councilId, csv, dryRun }: CsvImportArgs,
  ): Promise<GovernanceImportPayload> {
    const id = decodeId('councilId', councilId, 'Council');
    return refuseWithProblems(await ctx.services.get(RiskCsvService).import(id, csv, dryRun));
  }

  @Mutation(() => GovernanceImportPayload, {
    description: `Imports actions from CSV, matched by id (risk managers, senior managers, administrators). ${IMPORT}`,
  })
  async importActions(
    @Ctx() ctx: GqlContext,
    @Args(() => CsvImportArgs) { councilId, csv, dryRun }: CsvImportArgs,
  ): Promise<GovernanceImportPayload> {
    const id = decodeId('councilId', councilId, 'Council');
    return refuseWithProblems(await ctx.services.get(ActionCsvService).import(id, csv, dryRun));
  }
}
