import './explorer.css';
import { describeError } from './api/graphql-client';
import { formatState, parseState, VIEWS, type ExplorerState, type View } from './state/url-state';
import { ChartsView } from './views/charts-view';
import type { ExplorerView, Selection, ViewContext } from './views/context';
import { DetailsPanel } from './views/details-panel';
import { byId, showMessage } from './views/dom';
import { LineageView } from './views/lineage-view';
import { NeighbourhoodView } from './views/neighbourhood-view';
import { runSearch } from './views/search-view';
import { SignatureView } from './views/signature-view';

/**
 * The explorer page: a search box, four views (neighbourhood, lineage, charts, the signature
 * question) and a details panel. Everything a view needs is in the address (url-state.ts), so
 * the page draws from the address on load, on back/forward, and after every change.
 */
class Explorer implements ViewContext {
  state: ExplorerState = parseState(location.search);
  private readonly views: Record<View, ExplorerView>;
  private readonly details = new DetailsPanel(byId('details'));
  private readonly message = byId('message');
  private readonly results = byId('results-list');
  private readonly searchInput = byId<HTMLInputElement>('search-input');
  private lastSearch: string | null = null;
  private drawing = Promise.resolve();

  constructor() {
    this.views = { neighbourhood: new NeighbourhoodView(), lineage: new LineageView(), charts: new ChartsView(), signature: new SignatureView() };
    byId('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.searchInput.value.trim();
      if (!text) {
        this.say('Type a word to search for, such as a council, a project or a theme.', 'info');
        return;
      }
      // Submitting the same text again searches again (after an error, say).
      this.lastSearch = null;
      this.navigate({ q: text }, { replace: true });
    });
    for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
      tab.addEventListener('click', () => this.navigate({ view: tab.dataset.view as View, selected: null }));
      tab.addEventListener('keydown', (event) => this.moveTabFocus(event, tab));
    }
    window.addEventListener('popstate', () => {
      this.state = parseState(location.search);
      void this.draw();
    });
  }

  navigate(patch: Partial<ExplorerState>, options: { replace?: boolean } = {}): void {
    this.state = { ...this.state, ...patch };
    const url = `${location.pathname}${formatState(this.state)}`;
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    void this.draw();
  }

  select(selection: Selection | null): void {
    if (selection?.kind === 'entity' && selection.id !== this.state.selected) {
      this.state = { ...this.state, selected: selection.id };
      history.replaceState(null, '', `${location.pathname}${formatState(this.state)}`);
    }
    void this.details.show(selection, this);
  }

  say(text: string | null, kind: 'info' | 'error' = 'info'): void {
    showMessage(this.message, text, kind);
  }

  /** Draws the page for the current state; draws run one after the other. */
  draw(): Promise<void> {
    this.drawing = this.drawing.then(() => this.drawNow()).catch((error) => this.say(describeError(error), 'error'));
    return this.drawing;
  }

  private async drawNow(): Promise<void> {
    const { view, q, id, selected } = this.state;
    document.body.dataset.state = 'loading';
    this.say(null);
    for (const name of VIEWS) {
      byId(`tab-${name}`).setAttribute('aria-selected', String(name === view));
      byId(`tab-${name}`).tabIndex = name === view ? 0 : -1;
      byId(`panel-${name}`).hidden = name !== view;
    }
    if (q && q !== this.lastSearch) {
      this.lastSearch = q;
      this.searchInput.value = q;
      await runSearch(q, this.results, this);
    }
    const entityView = view === 'neighbourhood' || view === 'lineage';
    await this.views[view].render(this);
    const pick = selected ?? (entityView ? id : null);
    // After an error the message says what went wrong; the panel does not repeat it.
    const failed = !this.message.hidden;
    void this.details.show(pick && !failed ? { kind: 'entity', id: pick } : null, this);
    document.body.dataset.state = 'ready';
  }

  /** Arrow keys move between tabs (WAI-ARIA tabs pattern). */
  private moveTabFocus(event: KeyboardEvent, tab: HTMLButtonElement): void {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    next.focus();
    next.click();
  }
}

const explorer = new Explorer();
void explorer.draw().then(() => performance.mark('explorer:interactive'));
