import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { describeError, request } from '../api/graphql-client';
import { StatsDocument, type BucketFieldsFragment } from '../gql/graphql';
import type { ExplorerView, ViewContext } from './context';
import { byId, h } from './dom';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** The drawn charts by `stats` field, for the browser tests and for debugging. */
const drawnCharts: Record<string, Chart> = {};
(window as unknown as { explorerCharts: typeof drawnCharts }).explorerCharts = drawnCharts;

/** One chart of the tab: which `stats` field, how it is titled and which measures it shows. */
interface ChartSpec {
  key: 'projectsByRound' | 'projectsByTheme' | 'projectsByRegion' | 'findingsByDirection';
  title: string;
  countLabel: string;
  /** Also show the summed grants (GBP million) on a second axis. */
  withGrants: boolean;
  horizontal?: boolean;
}

const CHARTS: ChartSpec[] = [
  { key: 'projectsByRound', title: 'Projects and funding by round', countLabel: 'Projects', withGrants: true },
  { key: 'projectsByTheme', title: 'Projects by theme (15 largest)', countLabel: 'Projects', withGrants: false, horizontal: true },
  { key: 'projectsByRegion', title: 'Projects by region of the lead council', countLabel: 'Projects', withGrants: true },
  { key: 'findingsByDirection', title: 'Findings by direction', countLabel: 'Findings', withGrants: false },
];

const millions = (gbp: number | null) => (gbp === null ? null : Math.round(gbp / 100_000) / 10);

/** The table form of a chart: the same numbers, readable without the picture. */
function bucketTable(spec: ChartSpec, buckets: BucketFieldsFragment[]): HTMLTableElement {
  return h(
    'table',
    { class: 'data-table', 'data-chart': spec.key },
    h('caption', {}, spec.title),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Group'), h('th', { scope: 'col' }, spec.countLabel), spec.withGrants ? h('th', { scope: 'col' }, 'Grants (GBP m)') : null)),
    h(
      'tbody',
      {},
      buckets.map((b) =>
        h('tr', {}, h('th', { scope: 'row' }, b.label), h('td', {}, String(b.count)), spec.withGrants ? h('td', {}, millions(b.grantGbpSum)?.toFixed(1) ?? '—') : null),
      ),
    ),
  );
}

/**
 * The charts tab: bar charts (Chart.js) of `stats` — projects and funding by round, projects by
 * theme and by region, findings by direction — each followed by its table form.
 */
export class ChartsView implements ExplorerView {
  private readonly container = byId('charts');
  private drawn = false;

  async render(context: ViewContext): Promise<void> {
    if (this.drawn) return;
    this.container.dataset.status = 'loading';
    this.container.replaceChildren(h('p', { class: 'muted' }, 'Loading…'));
    let stats;
    try {
      stats = (await request(StatsDocument, {})).stats;
    } catch (error) {
      this.container.replaceChildren();
      this.container.dataset.status = 'error';
      context.say(describeError(error), 'error');
      return;
    }
    this.container.replaceChildren();
    for (const spec of CHARTS) {
      const buckets = stats[spec.key];
      const canvas = h('canvas', { id: `chart-${spec.key}`, role: 'img', 'aria-label': `${spec.title}: bar chart; the table below gives the same numbers` });
      const frame = h('div', { class: spec.horizontal ? 'chart-frame tall' : 'chart-frame' }, canvas);
      this.container.append(h('figure', { class: 'chart' }, h('figcaption', {}, h('h3', {}, spec.title)), frame, h('details', { open: true }, h('summary', {}, 'Table'), bucketTable(spec, buckets))));
      drawnCharts[spec.key] = new Chart(canvas, {
        type: 'bar',
        data: {
          labels: buckets.map((b) => b.label),
          datasets: [
            { label: spec.countLabel, data: buckets.map((b) => b.count), backgroundColor: '#0072B2', xAxisID: spec.horizontal ? 'x' : undefined, yAxisID: spec.horizontal ? undefined : 'y' },
            ...(spec.withGrants
              ? [{ label: 'Grants (GBP m)', data: buckets.map((b) => millions(b.grantGbpSum)), backgroundColor: '#E69F00', yAxisID: 'grants' }]
              : []),
          ],
        },
        options: {
          indexAxis: spec.horizontal ? 'y' : 'x',
          maintainAspectRatio: false,
          animation: false,
          scales: spec.withGrants
            ? { y: { beginAtZero: true, title: { display: true, text: spec.countLabel } }, grants: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: 'GBP m' } } }
            : undefined,
        },
      });
    }
    this.drawn = true;
    this.container.dataset.status = 'drawn';
  }
}
