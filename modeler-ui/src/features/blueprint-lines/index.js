import BlueprintLines from './BlueprintLines.js';

export { placeLines, LINES } from './LinePlacement.js';

/** The three lines of a service blueprint, drawn across each pool between the layers. */
export default {
  __init__: ['blueprintLines'],
  blueprintLines: ['type', BlueprintLines]
};
