/** The views of the explorer, as they appear in the address (`?view=`). */
export const VIEWS = ['neighbourhood', 'lineage', 'charts', 'signature'] as const;
export type View = (typeof VIEWS)[number];

/**
 * Everything a view needs to be drawn again: the explorer keeps it in the address, so a reload
 * or a shared link restores the same view. Absent parameters take the defaults below.
 */
export interface ExplorerState {
  view: View;
  /** The entity at the centre (neighbourhood) or the project (lineage). */
  id: string | null;
  /** The entity whose details are shown, when not the centre. */
  selected: string | null;
  /** Last search text. */
  q: string | null;
  /** Neighbourhood depth, 1 to 3. */
  depth: number;
  /** Entity types hidden from the neighbourhood. */
  hidden: string[];
  /** Whether hubs (rounds, themes, programmes, regions) start collapsed. */
  collapseHubs: boolean;
  /** Lineage direction. */
  direction: 'BOTH' | 'DESCENDANTS' | 'ANCESTORS';
  /** Signature question rounds. */
  originRound: number;
  adoptionRound: number;
}

export const DEFAULT_STATE: ExplorerState = {
  view: 'neighbourhood',
  id: null,
  selected: null,
  q: null,
  depth: 1,
  hidden: [],
  collapseHubs: true,
  direction: 'BOTH',
  originRound: 1,
  adoptionRound: 2,
};

function intIn(raw: string | null, min: number, max: number, fallback: number): number {
  const value = Number(raw);
  return raw !== null && Number.isInteger(value) && value >= min && value <= max ? value : fallback;
}

/** Reads the state from a query string; values out of range fall back to the defaults. */
export function parseState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const view = params.get('view') as View | null;
  const direction = params.get('direction');
  return {
    view: view && VIEWS.includes(view) ? view : DEFAULT_STATE.view,
    id: params.get('id') || null,
    selected: params.get('sel') || null,
    q: params.get('q') || null,
    depth: intIn(params.get('depth'), 1, 3, DEFAULT_STATE.depth),
    hidden: (params.get('hide') ?? '').split(',').filter(Boolean),
    collapseHubs: params.get('hubs') !== 'expanded',
    direction: direction === 'DESCENDANTS' || direction === 'ANCESTORS' ? direction : 'BOTH',
    originRound: intIn(params.get('origin'), 0, 100, DEFAULT_STATE.originRound),
    adoptionRound: intIn(params.get('adoption'), 0, 100, DEFAULT_STATE.adoptionRound),
  };
}

/** Writes the state as a query string, leaving out values equal to the defaults. */
export function formatState(state: ExplorerState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.id) params.set('id', state.id);
  if (state.selected && state.selected !== state.id) params.set('sel', state.selected);
  if (state.q) params.set('q', state.q);
  if (state.view === 'neighbourhood') {
    if (state.depth !== DEFAULT_STATE.depth) params.set('depth', String(state.depth));
    if (state.hidden.length) params.set('hide', state.hidden.join(','));
    if (!state.collapseHubs) params.set('hubs', 'expanded');
  }
  if (state.view === 'lineage' && state.direction !== 'BOTH') params.set('direction', state.direction);
  if (state.view === 'signature') {
    params.set('origin', String(state.originRound));
    params.set('adoption', String(state.adoptionRound));
  }
  return `?${params.toString()}`;
}
