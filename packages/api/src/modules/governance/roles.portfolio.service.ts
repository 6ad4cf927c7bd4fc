import {
  Council,
  CouncillorRole,
  Directorate,
  Portfolio,
  PortfolioDirectorate,
  PortfolioPriority,
  PortfolioService,
  Priority,
  Service,
} from '@goldenthread/db';
import { q } from '@goldenthread/domain';
import { badInput, conflict } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId } from '../../relay/global-id.js';
import { checkName, checkText } from '../cascade/cascade-writes.js';
import { CommitteeWriteService } from './roles.writes.js';
import { rolesRule } from './roles.councillor.service.js';
import type { CreatePortfolioInput, UpdatePortfolioInput } from './roles.input.js';

type Entity<T> = new (...args: never[]) => T;

/** The three lists a portfolio covers: the record each names, and the link entity that holds it. */
const LISTS = {
  directorateIds: { entity: Directorate, type: 'Directorate', link: PortfolioDirectorate, key: 'directorate' },
  serviceIds: { entity: Service, type: 'Service', link: PortfolioService, key: 'service' },
  priorityIds: { entity: Priority, type: 'Priority', link: PortfolioPriority, key: 'priority' },
} as const;

type ListField = keyof typeof LISTS;

/** Writes of portfolios: name, description, and what they cover (each list replaced whole when given). */
export class PortfolioWriteService extends CommitteeWriteService {
  async create(input: CreatePortfolioInput): Promise<Portfolio> {
    const council = await this.load(Council, 'Council', 'councilId', input.councilId);
    await this.gov.require(rolesRule(council.id, 'record portfolios'));
    const name = checkName('name', input.name);
    await this.uniqueName(council.id, name, null);
    const lists = await this.lists(input, council.id);
    const portfolio = this.em.create(Portfolio, { council, name, description: checkText('description', input.description, 'description') });
    this.link(portfolio, lists);
    await this.flush();
    return portfolio;
  }

  async update(input: UpdatePortfolioInput): Promise<Portfolio> {
    const portfolio = await this.load(Portfolio, 'Portfolio', 'id', input.id);
    const councilId = idOf(portfolio.council)!;
    await this.gov.require(rolesRule(councilId, 'change portfolios'));
    this.checkVersion(`The portfolio ${q(portfolio.name)}`, portfolio.version, input.version);
    // Every check and lookup before the first change: a query after one would flush it early.
    const name = input.name == null ? portfolio.name : checkName('name', input.name);
    if (name !== portfolio.name) await this.uniqueName(councilId, name, portfolio.id);
    const description =
      input.description === undefined ? portfolio.description : checkText('description', input.description, 'description');
    const lists = await this.lists(input, councilId);
    const old: object[] = [];
    for (const field of Object.keys(lists) as ListField[]) {
      old.push(...(await this.em.find(LISTS[field].link as Entity<{ id: number }>, { portfolio: portfolio.id } as never)));
    }
    // A change to the lists alone is still a change of the portfolio: its version moves on (once).
    const touched = name !== portfolio.name || description !== portfolio.description;
    portfolio.name = name;
    portfolio.description = description;
    for (const row of old) this.em.remove(row);
    this.link(portfolio, lists);
    if (Object.keys(lists).length && !touched) portfolio.updatedAt = new Date();
    await this.flush();
    return portfolio;
  }

  /** Refused while a councillor role (current or ended) names it: the roles' history keeps it. */
  async delete(globalId: string, version: number | null | undefined): Promise<number> {
    const portfolio = await this.load(Portfolio, 'Portfolio', 'id', globalId);
    await this.gov.require(rolesRule(idOf(portfolio.council)!, 'delete portfolios'));
    this.checkVersion(`The portfolio ${q(portfolio.name)}`, portfolio.version, version);
    const held = await this.em.count(CouncillorRole, { portfolio: portfolio.id });
    if (held)
      throw conflict(
        `${q(portfolio.name)} is named by ${held} councillor role${held === 1 ? '' : 's'}: it stays on record. Rename it instead.`,
      );
    for (const { link } of Object.values(LISTS)) {
      for (const row of await this.em.find(link as Entity<{ id: number }>, { portfolio: portfolio.id } as never)) this.em.remove(row);
    }
    this.em.remove(portfolio);
    await this.flush();
    return portfolio.id;
  }

  private async uniqueName(councilId: number, name: string, except: number | null): Promise<void> {
    const same = await this.em.findOne(Portfolio, { council: councilId, name, ...(except === null ? {} : { id: { $ne: except } }) });
    if (same) throw badInput('name', `The council already has a portfolio called ${q(name)}.`);
  }

  /** The lists sent (left-out lists are absent), each record of the council, deduplicated. */
  private async lists(
    input: Partial<Record<ListField, string[] | null>>,
    councilId: number,
  ): Promise<Partial<Record<ListField, Array<{ id: number }>>>> {
    const out: Partial<Record<ListField, Array<{ id: number }>>> = {};
    for (const field of Object.keys(LISTS) as ListField[]) {
      const ids = input[field];
      if (ids == null) continue;
      const { entity, type } = LISTS[field];
      const dbIds = ids.map((id, i) => decodeId(`${field}[${i}]`, id, type));
      const rows = dbIds.length
        ? await this.em.find(entity as Entity<{ id: number }>, { id: { $in: dbIds }, council: councilId } as never)
        : [];
      const found = new Set(rows.map((r) => r.id));
      const missing = dbIds.findIndex((id) => !found.has(id));
      if (missing >= 0) throw badInput(`${field}[${missing}]`, `no ${type} with id ${ids[missing]} exists.`);
      out[field] = rows;
    }
    return out;
  }

  private link(portfolio: Portfolio, lists: Partial<Record<ListField, Array<{ id: number }>>>): void {
    for (const [field, rows] of Object.entries(lists) as Array<[ListField, Array<{ id: number }>]>) {
      const { link, key } = LISTS[field];
      for (const row of rows) this.em.create(link as Entity<object>, { portfolio, [key]: row } as never);
    }
  }
}
