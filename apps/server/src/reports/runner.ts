/**
 * Runs the report's GraphQL operations in-process against the API's schema as the viewer (their
 * context, so the API's access and visibility rules apply unchanged).
 */
import { AppError, type GoldenThreadApi, type GqlContext } from '@goldenthread/api';

export type Json = Record<string, any>;

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

export class Runner {
  constructor(
    private readonly api: GoldenThreadApi,
    private readonly ctx: GqlContext,
  ) {}

  /** Runs one operation; with `optional`, a refusal (FORBIDDEN, UNAUTHENTICATED) answers null. */
  async run<T = Json>(query: string, variables: Json, optional = false): Promise<T | null> {
    const res = await this.api.apollo.executeOperation({ query, variables }, { contextValue: this.ctx });
    if (res.body.kind !== 'single') throw new Error('reports: incremental delivery is not expected');
    const { data, errors } = res.body.singleResult;
    if (errors?.length) {
      const code = String(errors[0]!.extensions?.code ?? '');
      if (optional && REFUSALS.has(code)) return null;
      if (code && code !== 'INTERNAL_SERVER_ERROR') throw new AppError(code as never, errors[0]!.message);
      throw new Error(`reports: ${errors.map((e) => e.message).join('; ')}`);
    }
    return data as T;
  }
}
