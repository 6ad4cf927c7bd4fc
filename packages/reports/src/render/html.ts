/**
 * The pack as one HTML page that prints on A4: no navigation, each section on a new page, the
 * council and period in a running header and page numbers in the footer (CSS paged media, which
 * Chromium prints), landmarks, headings in order, captioned tables with header cells, charts as
 * inline SVG with a text alternative.
 */
import { esc } from '@goldenthread/charts/svg';
import { cellText, longDate } from '../format.js';
import type { Block, ReportDocument, Section } from '../model.js';

const STYLE = `
@page { size: A4; margin: 22mm 16mm 20mm 16mm;
  @top-left { content: var(--running); }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Helvetica, Arial, sans-serif; color: #4a5565; } }
@page :first { @top-left { content: none; } @bottom-right { content: none; } }
:root { color: #1c2430; font: 11pt/1.45 Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif; }
body { margin: 0; background: #fff; }
main { max-width: 190mm; margin: 0 auto; padding: 0 4mm; }
h1 { font-size: 24pt; margin: 0 0 8mm; line-height: 1.2; }
h2 { font-size: 16pt; margin: 0 0 4mm; border-bottom: 2px solid #b07d12; padding-bottom: 2mm; }
h3 { font-size: 12.5pt; margin: 6mm 0 2mm; break-after: avoid; }
p, li { max-width: 170mm; }
.cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; }
.cover dl { display: grid; grid-template-columns: 45mm 1fr; gap: 2mm 4mm; font-size: 12pt; }
.cover dt { font-weight: bold; }
.cover dd { margin: 0; }
.classification { margin-top: 12mm; padding: 3mm 4mm; border: 1px solid #aeb7c3; display: inline-block; font-weight: bold; }
.running { display: none; }
.contents { break-before: page; }
.contents ol { padding-left: 6mm; }
.contents a { color: inherit; }
section.report-section { break-before: page; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 2mm 0 5mm; font-size: 9.5pt; }
tbody th { font-weight: normal; }
th, td { overflow-wrap: break-word; hyphens: auto; }
caption { text-align: left; font-weight: bold; padding: 1mm 0 2mm; caption-side: top; }
th, td { border: 1px solid #aeb7c3; padding: 1.4mm 2mm; vertical-align: top; text-align: left; }
th { background: #eef1f5; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
figure { margin: 3mm 0 6mm; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 9.5pt; color: #4a5565; margin-top: 1mm; }
.empty { color: #4a5565; font-style: italic; }
.page-break { break-after: page; }
@media screen {
  body { background: #f5f6f8; }
  main { background: #fff; padding: 10mm 14mm; margin: 6mm auto; box-shadow: 0 1px 3px rgb(16 24 40 / 10%); }
  .running { display: block; font-size: 9pt; color: #4a5565; }
}
@media screen and (max-width: 700px) {
  main { padding: 4mm 4mm; margin: 0; box-shadow: none; }
  .cover { min-height: 0; padding: 8mm 0; }
  .cover dl { grid-template-columns: max-content 1fr; }
  h1 { font-size: 20pt; }
  table { table-layout: auto; font-size: 9pt; }
  table.wide { min-width: 560px; }
  .table-scroll { overflow-x: auto; }
  figure svg { width: 100%; }
}
@media print {
  .running { display: none; }
  a { text-decoration: none; }
}
`;

function block(b: Block, index: string): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'heading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'pageBreak':
      return '<div class="page-break"></div>';
    case 'chart':
      return `<figure role="group" aria-label="${esc(b.caption)}">${b.svg}<figcaption>${esc(b.caption)}</figcaption></figure>`;
    case 'table': {
      const num = (k: string) => k !== 'text' && k !== 'date';
      const head = b.columns.map((c) => `<th scope="col"${num(c.kind) ? ' class="num"' : ''}>${esc(c.header)}</th>`).join('');
      if (!b.rows.length) return `<p class="empty" id="${index}">${esc(b.empty ?? 'None.')}</p>`;
      const rows = b.rows
        .map(
          (r, n) =>
            `<tr>${r
              .map((v, i) => {
                const c = b.columns[i]!;
                const tag = i === 0 ? 'th scope="row"' : 'td';
                const cls = num(c.kind) && typeof v === 'number' ? ' class="num"' : '';
                return `<${tag}${cls}>${esc(cellText(v, c, n))}</${tag.split(' ')[0]}>`;
              })
              .join('')}</tr>`,
        )
        .join('');
      const total = b.columns.reduce((n, c) => n + (c.width ?? 1), 0);
      const cols = b.columns.map((c) => `<col style="width: ${(((c.width ?? 1) / total) * 100).toFixed(1)}%">`).join('');
      return (
        // A wide table scrolls on its own on a narrow screen (a named, focusable region); print shows it whole.
        `<div class="table-scroll" role="region" tabindex="0" aria-label="${esc(b.caption)}">` +
        `<table ` +
        `id="${index}"${b.columns.length > 3 ? ' class="wide"' : ''}><caption>${esc(b.caption)}</caption><colgroup>${cols}</colgroup>` +
        `<thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`
      );
    }
  }
}

function section(s: Section): string {
  const label = s.number === 'A' ? `Appendix ${s.number}` : s.number;
  return (
    `<section class="report-section" id="${esc(s.id)}" aria-labelledby="h-${esc(s.id)}">` +
    `<h2 id="h-${esc(s.id)}">${esc(label)}. ${esc(s.title)}</h2>` +
    s.blocks.map((b, i) => block(b, `${s.id}-${i}`)).join('') +
    '</section>'
  );
}

export function renderHtml(doc: ReportDocument): string {
  const c = doc.cover;
  const all = [...doc.sections, doc.appendix];
  const running = `"${doc.runningHeader.replace(/["\\]/g, '')}"`;
  return `<!doctype html>
<html lang="${doc.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${c.title} \u2013 ${c.council} \u2013 ${c.period}`)}</title>
<style>${STYLE.replace('var(--running)', `${running}; font: 9pt Helvetica, Arial, sans-serif; color: #4a5565`)}</style>
</head>
<body>
<main>
<p class="running" aria-hidden="true">${esc(doc.runningHeader)}</p>
<header class="cover">
<p>${esc(c.council)}</p>
<h1>${esc(c.title)}</h1>
<dl>
<dt>Council</dt><dd>${esc(c.council)}</dd>
<dt>Committee</dt><dd>${esc(c.committee)}</dd>
<dt>Meeting date</dt><dd>${c.meetingDate ? esc(longDate(c.meetingDate)) : 'To be confirmed'}</dd>
<dt>Period</dt><dd>${esc(c.period)}</dd>
<dt>Data as at</dt><dd>${esc(c.dataAsAt)}</dd>
</dl>
<p class="classification">${esc(c.classification)}</p>
</header>
<section class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol>${doc.sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`).join('')}</ol>
<p><a href="#appendix">Appendix A. ${esc(doc.appendix.title)}</a></p>
</section>
${all.map(section).join('\n')}
</main>
</body>
</html>
`;
}
