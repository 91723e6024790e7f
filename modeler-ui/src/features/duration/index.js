import { formatDuration, formatMillis, parseDuration, isoToSeconds, secondsToIso, DurationError } from './Durations.js';

export { formatDuration, formatMillis, parseDuration, isoToSeconds, secondsToIso, DurationError };

/** Makes the duration helpers injectable as `durations` for other modeler modules. */
export default {
  durations: ['value', { parse: parseDuration, format: formatDuration }]
};
