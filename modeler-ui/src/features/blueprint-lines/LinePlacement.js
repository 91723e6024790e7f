import { layerRank } from '../blueprint-lanes/Layers.js';

/** The three lines of a service blueprint; line k separates layer k-1 from layer k. */
export const LINES = [
  { id: 'interaction', label: 'Line of interaction', rank: 1 },
  { id: 'visibility', label: 'Line of visibility', rank: 2 },
  { id: 'internal', label: 'Line of internal interaction', rank: 3 }
];

/**
 * Where the three lines fall in one pool, from the geometry and layers of its lanes.
 *
 * Lanes are read in drawing order (top to bottom, or left to right for vertical pools).
 * A line lies on the boundary between the last lane above it (layers before the line) and
 * the first lane below it. When a layer is empty, the lines on either side of it fall on the
 * same boundary; `stack` then counts the lines already placed there, so labels do not overlap.
 * Lanes without a layer are skipped; a line whose layers are out of order is left out, since
 * there is no boundary that means it (validation reports the order).
 *
 * @param {Array<{x:number,y:number,width:number,height:number,layer?:string}>} lanes leaf lanes of one pool
 * @param {{horizontal?: boolean}} [options] horizontal pools (the default) have horizontal lines
 * @return {Array<{id:string,label:string,position:number,from:number,to:number,horizontal:boolean,stack:number}>}
 */
export function placeLines(lanes, { horizontal = true } = {}) {
  const start = horizontal ? 'y' : 'x';
  const size = horizontal ? 'height' : 'width';
  const crossStart = horizontal ? 'x' : 'y';
  const crossSize = horizontal ? 'width' : 'height';

  const ordered = lanes
    .map((lane) => ({ lane, rank: layerRank(lane.layer) }))
    .filter(({ rank }) => rank >= 0)
    .sort((a, b) => a.lane[start] - b.lane[start]);
  if (!ordered.length) {
    return [];
  }

  const from = Math.min(...lanes.map((lane) => lane[crossStart]));
  const to = Math.max(...lanes.map((lane) => lane[crossStart] + lane[crossSize]));
  const placed = [];

  for (const line of LINES) {
    const before = ordered.filter(({ rank }) => rank < line.rank);
    const after = ordered.filter(({ rank }) => rank >= line.rank);
    const lastBefore = before[before.length - 1];
    const firstAfter = after[0];
    if (lastBefore && firstAfter && ordered.indexOf(lastBefore) > ordered.indexOf(firstAfter)) {
      continue;
    }
    const position = lastBefore
      ? lastBefore.lane[start] + lastBefore.lane[size]
      : firstAfter.lane[start];
    const stack = placed.filter((other) => other.position === position).length;
    placed.push({ id: line.id, label: line.label, position, from, to, horizontal, stack });
  }
  return placed;
}
