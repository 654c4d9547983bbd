import path from 'node:path';
import { postGraphQL } from '../helpers/http';
import { drawnNodes, SCREENSHOTS, useBrowserAgainstApi } from '../helpers/browser';

describe('the explorer: search and lineage', () => {
  const api = useBrowserAgainstApi();

  it('finds "No Wrong Door" and draws its lineage: every descendant project and its adopting councils, also listed', async () => {
    const { body } = await postGraphQL(
      api.graphqlUrl(),
      `{ lineage(projectId: "project:no-wrong-door", direction: DESCENDANTS, maxDepth: 5) {
           steps { project { id name } adoptingCouncils { council { id name } } } } }`,
    );
    const steps = body.data!.lineage.flatMap((generation: any) => generation.steps);
    const descendants = steps.filter((step: any) => step.project.id !== 'project:no-wrong-door');
    expect(descendants.length).toBeGreaterThan(3);

    const page = await api.newPage();
    await page.goto(`${api.origin()}/explore`);
    await page.getByLabel('Search the graph').fill('No Wrong Door');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('#results-list[data-status=listed]').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search.png') });
    await page.getByRole('button', { name: 'Lineage of No Wrong Door (North Yorkshire)' }).click();
    await page.locator('#lineage-graph[data-status=drawn]').waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('lineage');

    const drawn = await drawnNodes(page, 'lineage-graph');
    const drawnProjects = new Set(drawn.filter((node) => node.type === 'Project').map((node) => node.id));
    const drawnCouncils = new Set(drawn.filter((node) => node.type === 'Council').map((node) => node.id));
    for (const step of descendants) {
      expect(drawnProjects).toContain(step.project.id);
      for (const adoption of step.adoptingCouncils) expect(drawnCouncils).toContain(`${step.project.id}|${adoption.council.id}`);
    }
    const listed = page.locator('#lineage-list');
    for (const step of descendants) {
      const item = listed.locator(`li.lineage-step[data-project-id="${step.project.id}"]`);
      await expect(item.first().getByRole('button', { name: step.project.name }).first().isVisible()).resolves.toBe(true);
      for (const adoption of step.adoptingCouncils) {
        await expect(item.first().locator(`[data-council-id="${adoption.council.id}"]`).count()).resolves.toBe(1);
      }
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'lineage.png'), fullPage: true });
    await page.close();
  });

  it('says plainly when a search finds nothing, and stays usable', async () => {
    const page = await api.newPage();
    await page.goto(`${api.origin()}/explore`);
    await page.getByLabel('Search the graph').fill('zzqxv');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('#results-list[data-status=empty]').waitFor();
    await expect(page.locator('#results-list').textContent()).resolves.toContain('Nothing in the graph matches “zzqxv”');
    await page.getByLabel('Search the graph').fill('Hertfordshire');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator('#results-list[data-status=listed]').waitFor();
    await expect(page.locator('#results-list button.result[data-id="council:E10000015"]').count()).resolves.toBe(1);
    await page.close();
  });
});
