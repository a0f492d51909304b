import type { PlacedChart } from '../../../report/charts/summary-chart-places.js';
import { FIGURE_HEAD } from '../../../report/figure-rows.js';
import { figureTexts, TEXT_INDENT, type SummaryDocument } from '../../../report/summary-document.js';

/** The federation total, one table per section, as 汇总报告.html shows it (the same document model). */
export function renderPreview(host: HTMLElement, document: SummaryDocument): void {
  const doc = host.ownerDocument;
  const parts: HTMLElement[] = [];
  const title = doc.createElement('h3');
  title.textContent = document.title;
  const subtitle = doc.createElement('p');
  subtitle.className = 'hint';
  subtitle.textContent = document.subtitle;
  parts.push(title, subtitle);
  for (const section of document.sections) {
    const table = doc.createElement('table');
    const caption = doc.createElement('caption');
    caption.textContent = section.heading;
    const head = doc.createElement('tr');
    for (const label of FIGURE_HEAD[document.lang]) {
      const th = doc.createElement('th');
      th.textContent = label;
      head.append(th);
    }
    const thead = doc.createElement('thead');
    thead.append(head);
    const tbody = doc.createElement('tbody');
    for (const row of section.rows) {
      const tr = doc.createElement('tr');
      figureTexts(row, TEXT_INDENT).forEach((text, i) => {
        const td = doc.createElement('td');
        td.textContent = text;
        if (i >= 2) td.style.textAlign = 'right';
        tr.append(td);
      });
      tbody.append(tr);
    }
    table.append(caption, thead, tbody);
    parts.push(table, ...section.charts.map((c) => chartFigure(doc, c)));
  }
  parts.push(...document.sentenceCharts.map((c) => chartFigure(doc, c)));
  host.replaceChildren(...parts);
}

/**
 * A chart as the documents show it: the same SVG (report/charts) inline, its
 * caption below. Parsed as SVG and imported, never set as HTML: unit names in
 * its labels are data, and scripts in a parsed document never run.
 */
function chartFigure(doc: Document, placed: PlacedChart): HTMLElement {
  const figure = doc.createElement('figure');
  figure.className = 'chart';
  figure.dataset.chart = placed.chart.id;
  const svg = new DOMParser().parseFromString(placed.svg, 'image/svg+xml').documentElement;
  if (svg.localName === 'svg') figure.append(doc.importNode(svg, true));
  const caption = doc.createElement('figcaption');
  caption.textContent = placed.caption;
  figure.append(caption);
  return figure;
}

/** The headline sentences, one paragraph each. */
export function renderSentences(host: HTMLElement, document: SummaryDocument): void {
  const doc = host.ownerDocument;
  host.replaceChildren(
    ...document.sentences.map((text) => {
      const p = doc.createElement('p');
      p.className = 'sentence';
      p.textContent = text;
      return p;
    }),
  );
}
