/** One bar of the chart: a label and the per-round values of a ratio. */
export interface RatioSeries {
  label: string;
  values: number[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A horizontal bar chart (SVG text) of ratios: one bar per series at its median, a whisker from
 * its smallest to its largest round, and reference lines at 1 (parity) and 2 (the target).
 */
export function renderRatioChart(series: RatioSeries[], title: string): string {
  const rowHeight = 22;
  const left = 220;
  const width = 520;
  const top = 40;
  const finite = series.flatMap((s) => s.values.filter((v) => Number.isFinite(v)));
  const max = Math.max(2.5, ...finite) * 1.05;
  const x = (value: number) => left + (value / max) * width;
  const height = top + series.length * rowHeight + 30;
  const sorted = (values: number[]) => values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 40}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<text x="10" y="20" font-size="14">${escapeXml(title)}</text>`,
  ];
  series.forEach((s, index) => {
    const y = top + index * rowHeight;
    const values = sorted(s.values);
    parts.push(`<text x="${left - 8}" y="${y + 14}" text-anchor="end">${escapeXml(s.label)}</text>`);
    if (!values.length) return;
    const mid = values.length % 2 ? values[(values.length - 1) / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    const fill = mid >= 2 ? '#2e7d32' : mid >= 1 ? '#f9a825' : '#c62828';
    parts.push(`<rect x="${left}" y="${y + 3}" width="${(x(mid) - left).toFixed(1)}" height="${rowHeight - 8}" fill="${fill}"/>`);
    parts.push(`<line x1="${x(values[0]).toFixed(1)}" x2="${x(values[values.length - 1]).toFixed(1)}" y1="${y + 11}" y2="${y + 11}" stroke="#000"/>`);
    parts.push(`<text x="${(x(Math.max(mid, values[values.length - 1])) + 4).toFixed(1)}" y="${y + 14}">${mid.toFixed(2)}</text>`);
  });
  for (const mark of [1, 2]) {
    parts.push(`<line x1="${x(mark).toFixed(1)}" x2="${x(mark).toFixed(1)}" y1="${top - 5}" y2="${height - 25}" stroke="#555" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${x(mark).toFixed(1)}" y="${height - 10}" text-anchor="middle">${mark}×</text>`);
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
