import type { StylesheetJson } from 'cytoscape';

/** How one entity type (Neo4j label) is drawn: fill colour and Cytoscape node shape. */
export interface EntityLook {
  colour: string;
  shape: string;
  /** Name shown in the legend and the type filters. */
  title: string;
}

/**
 * Colour and shape by entity type. Colours after Okabe and Ito (readable by most colour-blind
 * readers); the shape tells types apart without colour.
 */
export const ENTITY_LOOKS: Record<string, EntityLook> = {
  Project: { colour: '#0072B2', shape: 'round-rectangle', title: 'Project' },
  Council: { colour: '#009E73', shape: 'ellipse', title: 'Council' },
  FundingRound: { colour: '#E69F00', shape: 'diamond', title: 'Funding round' },
  Programme: { colour: '#D55E00', shape: 'hexagon', title: 'Programme' },
  Theme: { colour: '#CC79A7', shape: 'tag', title: 'Theme' },
  Region: { colour: '#56B4E9', shape: 'octagon', title: 'Region' },
  Organisation: { colour: '#8C6D31', shape: 'barrel', title: 'Organisation' },
  Person: { colour: '#B8860B', shape: 'round-triangle', title: 'Person' },
  Evaluation: { colour: '#6A3D9A', shape: 'rhomboid', title: 'Evaluation' },
  Finding: { colour: '#7F7F7F', shape: 'pentagon', title: 'Finding' },
  Source: { colour: '#333333', shape: 'rectangle', title: 'Source' },
};

const FALLBACK: EntityLook = { colour: '#555555', shape: 'ellipse', title: 'Other' };

/** The look of a type; unknown types get a neutral grey circle. */
export function lookOf(type: string): EntityLook {
  return ENTITY_LOOKS[type] ?? FALLBACK;
}

/** Entity types that gather many neighbours; the neighbourhood view can collapse them. */
export const HUB_TYPES = new Set(['FundingRound', 'Theme', 'Programme', 'Region']);

/** The Cytoscape stylesheet every graph of the explorer uses. */
export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': '#555555',
      label: 'data(label)',
      color: '#1a1a1a',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
  { selector: 'node[shape]', style: { shape: 'data(shape)' as never } },
  { selector: 'node.centre', style: { width: 40, height: 40, 'border-width': 4, 'border-color': '#1a1a1a', 'font-weight': 'bold' } },
  { selector: 'node.hub-collapsed', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#1a1a1a' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#C00000' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9a9a9a',
      'target-arrow-color': '#9a9a9a',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 8,
      color: '#444444',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
  { selector: 'edge:selected', style: { 'line-color': '#C00000', 'target-arrow-color': '#C00000', width: 3 } },
  {
    selector: 'node.lineage-project',
    style: { shape: 'round-rectangle', width: 190, height: 34, 'text-valign': 'center', 'text-margin-y': 0, color: '#ffffff', 'text-background-opacity': 0, 'text-max-width': '180px', 'font-size': 11 },
  },
  {
    selector: 'node.lineage-council',
    style: { shape: 'round-rectangle', width: 170, height: 20, 'text-valign': 'center', 'text-margin-y': 0, color: '#ffffff', 'text-background-opacity': 0, 'text-max-width': '165px', 'font-size': 9 },
  },
  {
    selector: 'node.lineage-group',
    style: { shape: 'round-rectangle', 'background-color': '#eef2f7', 'border-color': '#b8c4d6', 'border-width': 1, label: '', padding: '4px' },
  },
  { selector: 'node.generation-label', style: { shape: 'rectangle', 'background-opacity': 0, 'border-width': 0, 'text-valign': 'center', 'font-size': 13, 'font-weight': 'bold', color: '#1a1a1a', events: 'no' } },
  { selector: 'edge.lineage-derivation', style: { width: 2.5, 'line-color': '#0072B2', 'target-arrow-color': '#0072B2', 'curve-style': 'taxi', 'taxi-direction': 'horizontal', 'font-size': 10, 'text-rotation': 'none' } },
  { selector: 'edge.lineage-adoption', style: { width: 1, 'line-color': '#009E73', 'target-arrow-shape': 'none', 'curve-style': 'taxi', 'taxi-direction': 'vertical' } },
];
