import path from 'node:path';
import type { Page } from 'playwright-core';
import { postGraphQL } from '../helpers/http';
import { clickNode, drawnNodes, SCREENSHOTS, useBrowserAgainstApi } from '../helpers/browser';
import { SeedData } from '../helpers/seed-data';

const HERTFORDSHIRE = 'council:E10000015';

describe('the explorer: neighbourhood, details, charts, scaled adoptions, shared URLs', () => {
  const api = useBrowserAgainstApi();

  async function open(page: Page, query: string): Promise<void> {
    await page.goto(`${api.origin()}/explore${query}`);
    await page.locator('body[data-state=ready]').waitFor();
  }

  it('draws the depth-2 neighbourhood of Hertfordshire; clicking a node shows its sources with their links', async () => {
    const page = await api.newPage();
    await open(page, `?view=neighbourhood&id=${HERTFORDSHIRE}&depth=2`);
    const drawn = await drawnNodes(page, 'neighbourhood-graph');
    expect(drawn.map((node) => node.id)).toContain(HERTFORDSHIRE);
    expect(drawn.length).toBeGreaterThan(20);
    await expect(page.locator('#neighbourhood-legend li[data-type=Council]').count()).resolves.toBe(1);
    await page.locator('#details[data-status=shown]').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'neighbourhood.png') });

    const target = 'project:family-safeguarding-hertfordshire';
    expect(drawn.map((node) => node.id)).toContain(target);
    await clickNode(page, 'neighbourhood-graph', target);
    await page.locator(`#details h2[data-entity-id="${target}"]`).waitFor();
    await page.locator('#details[data-status=shown]').waitFor();
    expect(new URL(page.url()).searchParams.get('id')).toBe(target);

    const { body } = await postGraphQL(api.graphqlUrl(), `{ node(id: "${target}") { ... on HasSources { sources { note source { id url } } } } }`);
    const sources: { note: string; source: { id: string; url: string | null } }[] = body.data!.node.sources;
    expect(sources.length).toBeGreaterThan(0);
    const shown = await page.locator('#details .sources li.source').evaluateAll((items) =>
      items.map((item) => ({ id: item.getAttribute('data-source-id'), href: item.querySelector('a')?.getAttribute('href') ?? null, text: item.textContent })),
    );
    expect(shown.map((item) => item.id)).toEqual(sources.map((citation) => citation.source.id));
    for (const [index, citation] of sources.entries()) {
      expect(shown[index].href).toBe(citation.source.url);
      if (citation.source.url) expect(new URL(citation.source.url).protocol).toMatch(/^https?:$/);
      expect(shown[index].text).toContain(citation.note);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'details.png') });
    await page.close();
  });

  it('draws the projects-by-round chart with the numbers stats returns, and its table', async () => {
    const { body } = await postGraphQL(api.graphqlUrl(), '{ stats { projectsByRound { label count grantGbpSum } } }');
    const buckets: { label: string; count: number; grantGbpSum: number | null }[] = body.data!.stats.projectsByRound;
    const page = await api.newPage();
    await open(page, '?view=charts');
    await page.locator('#charts[data-status=drawn]').waitFor();
    const chart = await page.evaluate(() => {
      const drawnChart = (globalThis as any).explorerCharts.projectsByRound;
      return { labels: drawnChart.data.labels, counts: drawnChart.data.datasets[0].data, grants: drawnChart.data.datasets[1].data };
    });
    expect(chart.labels).toEqual(buckets.map((b) => b.label));
    expect(chart.counts).toEqual(buckets.map((b) => b.count));
    expect(chart.grants).toEqual(buckets.map((b) => (b.grantGbpSum === null ? null : Math.round(b.grantGbpSum / 100_000) / 10)));
    const rows = await page.locator('table[data-chart=projectsByRound] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]),
    );
    expect(rows).toEqual(buckets.map((b) => [b.label, String(b.count)]));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'charts.png'), fullPage: true });
    await page.close();
  });

  it('lists for Round One -> Round Two the same councils as scaledAdoptions, in the table and on the graph', async () => {
    const { body } = await postGraphQL(api.graphqlUrl(), '{ scaledAdoptions(originRound: 1, adoptionRound: 2) { council { id } } }');
    const councils = [...new Set<string>(body.data!.scaledAdoptions.map((row: any) => row.council.id))].sort();
    expect(councils.length).toBeGreaterThan(0);
    const page = await api.newPage();
    await open(page, '?view=signature&origin=1&adoption=2');
    await page.locator('#signature-table[data-status=listed]').waitFor();
    await page.locator('#signature-graph[data-status=drawn]').waitFor();
    const listed = await page.locator('#signature-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-council-id')));
    expect([...new Set(listed)].sort()).toEqual(councils);
    const onGraph = (await drawnNodes(page, 'signature-graph')).filter((node) => node.type === 'Council').map((node) => node.id);
    expect(onGraph.sort()).toEqual(councils);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'scaled-adoptions.png'), fullPage: true });
    await page.close();
  });

  it('restores the same view from a shared URL in a fresh page', async () => {
    const page = await api.newPage();
    await open(page, `?view=neighbourhood&id=${HERTFORDSHIRE}`);
    await page.getByLabel('Depth').selectOption('2');
    await page.locator('body[data-state=ready]').waitFor();
    await page.locator('#neighbourhood-graph[data-status=drawn]').waitFor();
    await page.getByRole('checkbox', { name: 'Theme', exact: true }).uncheck();
    await page.waitForURL(/hide=Theme/);
    await page.locator('body[data-state=ready]').waitFor();
    const shared = page.url();
    const before = (await drawnNodes(page, 'neighbourhood-graph')).map((node) => node.id).sort();
    expect(before.length).toBeGreaterThan(10);

    const fresh = await api.newPage();
    await fresh.goto(shared);
    await fresh.locator('body[data-state=ready]').waitFor();
    expect((await drawnNodes(fresh, 'neighbourhood-graph')).map((node) => node.id).sort()).toEqual(before);
    await expect(fresh.getByLabel('Depth').inputValue()).resolves.toBe('2');
    await expect(fresh.getByRole('checkbox', { name: 'Theme', exact: true }).isChecked()).resolves.toBe(false);
    await page.close();
    await fresh.close();
  });

  it('says so in plain words for an unknown id, API errors and an API that is down, and stays usable', async () => {
    const page = await api.newPage();
    await open(page, '?view=neighbourhood&id=council:no-such-council');
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('No entity has the id "council:no-such-council". Check the address');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'unknown-id.png') });

    await page.route('**/graphql', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) }),
    );
    await page.getByRole('tab', { name: 'Charts' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toBe('The graph API reported an error: Unexpected error.');

    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByLabel('Search the graph').fill('Hertfordshire');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('#results-list[data-status=error]').waitFor();
    await expect(page.locator('#results-list').textContent()).resolves.toContain('The graph API cannot be reached');

    await page.unrouteAll();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('#results-list[data-status=listed]').waitFor();
    await page.locator(`#results-list button.result[data-id="${HERTFORDSHIRE}"]`).click();
    await page.locator('#neighbourhood-graph[data-status=drawn]').waitFor();
    await page.close();
  });

  it('measures page load and the depth-2 neighbourhood of the largest hub (reported, not asserted)', async () => {
    const seeds = new SeedData();
    const degree = new Map<string, number>();
    for (const edge of seeds.edges) for (const id of [edge.source, edge.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const [hub, hubDegree] = [...degree.entries()].sort((a, b) => b[1] - a[1])[0];
    const page = await api.newPage();
    await open(page, `?view=neighbourhood&id=${encodeURIComponent(hub)}&depth=2`);
    const timings = await page.evaluate(() => {
      const perf = (globalThis as any).performance;
      const paint = perf.getEntriesByName('first-contentful-paint')[0];
      const navigation = perf.getEntriesByType('navigation')[0];
      return {
        firstContentfulPaintMs: Math.round(paint?.startTime ?? -1),
        domInteractiveMs: Math.round(navigation.domInteractive),
        explorerInteractiveMs: Math.round(perf.getEntriesByName('explorer:interactive')[0]?.startTime ?? -1),
        neighbourhoodDrawMs: Math.round(perf.getEntriesByName('neighbourhood', 'measure')[0].duration),
      };
    });
    const nodes = await drawnNodes(page, 'neighbourhood-graph');
    process.stderr.write(`\n[explorer timings] largest hub ${hub} (${hubDegree} relationships), depth 2, ${nodes.length} nodes shown: ${JSON.stringify(timings)}\n`);
    expect(timings.neighbourhoodDrawMs).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'largest-hub-depth-2.png') });
    await page.close();
  });
});
