import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { Config, loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { repoPath } from '../../src/shared/repo-path';

/** Debian's Chromium (`apt-get install -y chromium`; .ci/run installs it when missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for headless Chromium on a closed network: without the background-networking ones
 * Chromium keeps trying to reach Google's services and its connections are refused.
 */
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Where the browser tests write the screenshots README shows. */
export const SCREENSHOTS = repoPath('docs/screenshots');

/** Builds the front end (explorer/build.js) as `npm run build:explorer` does, without codegen. */
export function buildFrontEnd(): void {
  execFileSync(process.execPath, [repoPath('explorer/build.js')], { stdio: 'pipe' });
}

/** A fresh headless Chromium with its own temporary profile; `close` removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'innovation-graph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 960 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Registers beforeAll/afterAll for a browser test file: builds the front end, starts the whole
 * API on a free port against the test run's seeded Neo4j (with `overrides`, or what the function
 * returns when beforeAll runs), and launches Chromium. `origin` is the API's http://127.0.0.1:port.
 */
export function useBrowserAgainstApi(overrides: Partial<Config> | (() => Partial<Config>) = {}) {
  let app: RunningApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  const problems: string[] = [];
  beforeAll(async () => {
    buildFrontEnd();
    const settings = typeof overrides === 'function' ? overrides() : overrides;
    app = await startApp(loadConfig({ port: 0, seedOnStart: false, ...settings }), createLogger('silent'));
    browser = await launchBrowser();
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  // Every test ends with no script error and no Content-Security-Policy violation in its pages.
  afterEach(() => {
    const seen = problems.splice(0);
    expect(seen).toEqual([]);
  });
  return {
    origin: () => new URL(app.url).origin,
    graphqlUrl: () => app.url,
    context: () => browser.context,
    /** A new tab; its uncaught errors and CSP violations fail the running test (afterEach). */
    newPage: async (): Promise<Page> => {
      const page = await browser.context.newPage();
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
      });
      return page;
    },
  };
}

/** Ids, labels and types of the nodes a Cytoscape graph of the explorer shows (not hidden). */
export async function drawnNodes(page: Page, graphId: string): Promise<{ id: string; label: string; type: string }[]> {
  return page.evaluate((id) => {
    const cy = (globalThis as any).explorerGraphs[id];
    return cy.nodes(':visible').map((node: any) => ({ id: node.id(), label: node.data('baseLabel') ?? node.data('label'), type: node.data('type') }));
  }, graphId);
}

/** Clicks a drawn node with the mouse, at its place on the canvas. */
export async function clickNode(page: Page, graphId: string, nodeId: string): Promise<void> {
  const point = await page.evaluate(
    ({ graphId, nodeId }) => {
      const cy = (globalThis as any).explorerGraphs[graphId];
      const position = cy.getElementById(nodeId).renderedPosition();
      const box = (globalThis as any).document.getElementById(graphId).getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    },
    { graphId, nodeId },
  );
  await page.mouse.click(point.x, point.y);
}
