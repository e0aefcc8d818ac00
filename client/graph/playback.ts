/**
 * Year playback ("how this network grew"): a pure state machine over a year range. The page turns `year` into the
 * one year filter (everything up to that year is drawn, later co-authorships and works are hidden), so nodes keep
 * their positions while the years play: nothing is laid out again. The timer lives in the UI
 * (client/ui/year-playback.ts); every change here is a producer `(state) => state`.
 */

/** Years per second the player can run at; the UI offers them in this order. */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];
export const DEFAULT_PLAYBACK_SPEED: PlaybackSpeed = 1;

export interface PlaybackState {
  /** The first and last year of the graph (inclusive). */
  first: number;
  last: number;
  /** The year shown: everything up to it is drawn. */
  year: number;
  playing: boolean;
  speed: PlaybackSpeed;
  /** prefers-reduced-motion: no automatic animation; stepping still works. */
  reducedMotion: boolean;
}

export type PlaybackProducer = (state: PlaybackState) => PlaybackState;

const clamp = (year: number, state: PlaybackState) => Math.min(state.last, Math.max(state.first, Math.round(year)));

/**
 * A stopped player over `[first, last]` showing `year` (default: the last year, i.e. everything).
 * Throws on a reversed or non-integer range: the caller computes it from the graph.
 */
export function createPlayback(
  extent: readonly [number, number],
  options: { year?: number; speed?: PlaybackSpeed; reducedMotion?: boolean } = {},
): PlaybackState {
  const [first, last] = extent;
  if (!Number.isInteger(first) || !Number.isInteger(last) || first > last)
    throw new Error(`Playback: invalid year range ${first}–${last}`);
  const state: PlaybackState = {
    first,
    last,
    year: last,
    playing: false,
    speed: options.speed ?? DEFAULT_PLAYBACK_SPEED,
    reducedMotion: options.reducedMotion ?? false,
  };
  return options.year === undefined ? state : { ...state, year: clamp(options.year, state) };
}

/** Plays from the current year; from the first year when the last one is already shown. Refused under reduced motion. */
export const play = (): PlaybackProducer => (state) => {
  if (state.reducedMotion || state.first === state.last) return { ...state, playing: false };
  return { ...state, playing: true, year: state.year >= state.last ? state.first : state.year };
};

/** "How this network grew": back to the first year, playing unless motion is reduced (then the user steps). */
export const restart = (): PlaybackProducer => (state) => play()({ ...state, year: state.first, playing: false });

export const pause = (): PlaybackProducer => (state) => (state.playing ? { ...state, playing: false } : state);

/** One timer tick: the next year; the player stops on the last year. */
export const tick = (): PlaybackProducer => (state) => {
  if (!state.playing) return state;
  const year = Math.min(state.last, state.year + 1);
  return { ...state, year, playing: year < state.last };
};

/** A step by hand (buttons, arrow keys): pauses, moves one year, stays inside the range. */
export const step =
  (delta: -1 | 1): PlaybackProducer =>
  (state) => ({ ...state, playing: false, year: clamp(state.year + delta, state) });

/** The brush was moved to a year: pauses there. */
export const seek =
  (year: number): PlaybackProducer =>
  (state) => ({ ...state, playing: false, year: clamp(year, state) });

export const setSpeed =
  (speed: PlaybackSpeed): PlaybackProducer =>
  (state) =>
    PLAYBACK_SPEEDS.includes(speed) ? { ...state, speed } : state;

/** The graph changed (an expansion brought older or newer years): keeps the year inside the new range. */
export const setExtent =
  (extent: readonly [number, number]): PlaybackProducer =>
  (state) => {
    const next = { ...state, first: extent[0], last: extent[1] };
    return { ...next, year: clamp(state.year, next), playing: state.playing && extent[0] < extent[1] };
  };

/** Milliseconds until the next tick at the state's speed. */
export function tickDelayMs(state: PlaybackState): number {
  return Math.round(1000 / state.speed);
}

/** The year filter the state stands for: no upper bound once the last year is reached (nothing hidden). */
export function playbackYearTo(state: PlaybackState): number | null {
  return state.year >= state.last ? null : state.year;
}
