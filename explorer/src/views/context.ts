import type { ExplorerState } from '../state/url-state';

/** What the details panel can show: an entity by id, or one relationship of a drawn graph. */
export type Selection =
  | { kind: 'entity'; id: string }
  | { kind: 'edge'; type: string; source: string; target: string; sourceLabel: string; targetLabel: string; properties: Record<string, unknown> };

/** What every view gets from the page: the state, and how to change it or report to the reader. */
export interface ViewContext {
  readonly state: ExplorerState;
  /** Changes the state (and the address); `replace` keeps the browser history short for small changes. */
  navigate(patch: Partial<ExplorerState>, options?: { replace?: boolean }): void;
  /** Shows an entity or a relationship in the details panel. */
  select(selection: Selection | null): void;
  /** A message above the views, or none. */
  say(text: string | null, kind?: 'info' | 'error'): void;
}

/** One tab of the explorer. */
export interface ExplorerView {
  /** Draws the view for the current state; resolves when it is drawn (or has said why not). */
  render(context: ViewContext): Promise<void>;
}
