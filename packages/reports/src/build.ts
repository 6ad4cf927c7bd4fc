/**
 * The report model's one pure function: a pack's data -> its document outline. Which sections an
 * audience gets (sections/: one file per audience's sections, all tables from one table builder),
 * their order and numbers, the cover and the appendix; every renderer (HTML, PDF, Word, Excel) draws
 * the same outline.
 */
import { appendixBlocks } from './definitions.js';
import { dateTime } from './format.js';
import type { Audience, ReportData, ReportDocument } from './model.js';
import { filterToPortfolio } from './portfolio.js';
import { commentary, publicCommentary } from './sections/commentary.js';
import type { Builder, Draft } from './sections/common.js';
import { corporatePriorities, exceptions, overdueActions, summary, topRisks } from './sections/executive.js';
import { healthCheckSummary } from './sections/health-check.js';
import { healthInterface, indicatorTrends } from './sections/indicators.js';
import { publicComplaints, publicExceptions, publicMeasures, publicPriorities } from './sections/public.js';
import { bestValue, complaints, progressAgainstTargets, workProgramme } from './sections/scrutiny.js';

export { filterToPortfolio };

export const AUDIENCE_LABELS: Record<Audience, string> = {
  executive: 'Executive performance report',
  portfolio: 'Portfolio holder performance report',
  scrutiny: 'Scrutiny performance report',
  public: 'How we are doing: a summary for residents, people who use services and carers',
};

export const DEFAULT_COMMITTEE: Record<Audience, string> = {
  executive: 'Cabinet',
  portfolio: 'Portfolio holder briefing',
  scrutiny: 'Scrutiny Committee',
  public: 'Residents, people who use services and carers',
};

const AUDIENCE_SECTIONS: Record<Audience, Builder[]> = {
  executive: [summary, corporatePriorities, exceptions, topRisks, overdueActions, healthCheckSummary],
  portfolio: [summary, corporatePriorities, exceptions, topRisks, overdueActions, healthCheckSummary],
  scrutiny: [
    summary,
    progressAgainstTargets,
    indicatorTrends,
    exceptions,
    commentary,
    workProgramme,
    bestValue,
    complaints,
    healthInterface,
  ],
  public: [publicPriorities, publicMeasures, publicExceptions, publicCommentary, publicComplaints],
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The pack's outline: cover, numbered sections (those with something to say), appendix. */
export function buildReport(input: ReportData): ReportDocument {
  const data = input.audience === 'portfolio' ? filterToPortfolio(input) : input;
  const drafts = AUDIENCE_SECTIONS[data.audience].map((b) => b(data)).filter((s): s is Draft => s !== null);
  const sections = drafts.map((s, i) => ({ ...s, number: String(i + 1) }));
  const title =
    data.portfolio && data.audience === 'portfolio'
      ? `${AUDIENCE_LABELS.portfolio}: ${data.portfolio.name}`
      : AUDIENCE_LABELS[data.audience];
  return {
    audience: data.audience,
    language: 'en-GB',
    cover: {
      title,
      council: data.council.name,
      committee: data.committee,
      meetingDate: data.meetingDate,
      period: data.period,
      dataAsAt: dateTime(data.dataAsAt),
      audienceLabel: AUDIENCE_LABELS[data.audience],
      classification: data.includesUnpublished ? 'Not for publication: contains unpublished figures' : 'Public',
    },
    runningHeader: `${data.council.name} \u2013 ${title} \u2013 ${data.period}`,
    sections,
    appendix: { id: 'appendix', number: 'A', title: 'Definitions and data sources', blocks: appendixBlocks(data.audience) },
    fileName: [
      slug(data.council.name),
      data.audience,
      ...(data.portfolio && data.audience === 'portfolio' ? [slug(data.portfolio.name)] : []),
      data.period,
    ].join('-'),
  };
}
