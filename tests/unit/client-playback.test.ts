import { DirectedGraph as Graph } from "graphology";
import { describe, expect, it } from "vitest";
import { applyFilters, DEFAULT_FILTERS } from "../../client/explorer/filters.ts";
import {
  createPlayback,
  pause,
  play,
  playbackYearTo,
  restart,
  seek,
  setExtent,
  setSpeed,
  step,
  tick,
  tickDelayMs,
  type PlaybackState,
} from "../../client/graph/playback.ts";

const run = (state: PlaybackState, ...producers: ((s: PlaybackState) => PlaybackState)[]) =>
  producers.reduce((s, p) => p(s), state);

describe("playback state", () => {
  it("starts stopped on the last year, showing everything", () => {
    const state = createPlayback([1991, 1995]);
    expect(state).toMatchObject({ first: 1991, last: 1995, year: 1995, playing: false, speed: 1 });
    expect(playbackYearTo(state)).toBeNull();
  });
  it("refuses a reversed or fractional range", () => {
    expect(() => createPlayback([1995, 1991])).toThrow(/Playback: invalid year range/);
    expect(() => createPlayback([1991.5, 1995])).toThrow(/Playback/);
  });
  it("plays every year in order up to the last one, then stops", () => {
    let state = restart()(createPlayback([1991, 1994]));
    const years = [state.year];
    while (state.playing) {
      state = tick()(state);
      years.push(state.year);
    }
    expect(years).toEqual([1991, 1992, 1993, 1994]);
    expect(state.playing).toBe(false);
    expect(playbackYearTo(state)).toBeNull();
    // A tick of a stopped player changes nothing.
    expect(tick()(state)).toBe(state);
  });
  it("plays again from the first year once the last one is reached; resumes mid-way otherwise", () => {
    expect(play()(createPlayback([1991, 1995]))).toMatchObject({ year: 1991, playing: true });
    expect(play()(createPlayback([1991, 1995], { year: 1993 }))).toMatchObject({ year: 1993, playing: true });
  });
  it("pauses, steps and seeks within the range", () => {
    const playing = restart()(createPlayback([1991, 1995]));
    expect(pause()(playing)).toMatchObject({ year: 1991, playing: false });
    expect(step(1)(playing)).toMatchObject({ year: 1992, playing: false });
    expect(step(-1)(playing).year).toBe(1991);
    expect(run(createPlayback([1991, 1995]), step(1)).year).toBe(1995);
    expect(seek(1993.4)(playing)).toMatchObject({ year: 1993, playing: false });
    expect(seek(3000)(playing).year).toBe(1995);
    expect(playbackYearTo(seek(1993)(playing))).toBe(1993);
  });
  it("never animates under reduced motion, but steps", () => {
    const still = createPlayback([1991, 1995], { reducedMotion: true });
    expect(play()(still).playing).toBe(false);
    const grown = restart()(still);
    expect(grown).toMatchObject({ year: 1991, playing: false });
    expect(run(grown, step(1), step(1)).year).toBe(1993);
  });
  it("changes speed among the offered ones; the delay follows", () => {
    const state = createPlayback([1991, 1995]);
    expect(tickDelayMs(state)).toBe(1000);
    expect(tickDelayMs(setSpeed(4)(state))).toBe(250);
    expect(setSpeed(3 as never)(state).speed).toBe(1);
  });
  it("keeps the year inside a new extent", () => {
    const state = seek(1993)(createPlayback([1991, 1995]));
    expect(setExtent([1994, 2001])(state)).toMatchObject({ first: 1994, last: 2001, year: 1994 });
    expect(setExtent([1990, 1990])(restart()(state)).playing).toBe(false);
  });
});

describe("year filter on co-authorships (what playback draws)", () => {
  /** a and b first wrote together in 1992, a and c in 1994; the people have been active since 1990. */
  function graph(): Graph {
    const g = new Graph();
    for (const p of ["a", "b", "c"]) g.addNode(`person:${p}`, { kind: "person", firstYear: 1990, lastYear: 1996 });
    g.addEdgeWithKey("ab", "person:a", "person:b", { kind: "coauthor", firstYear: 1992, lastYear: 1995 });
    g.addEdgeWithKey("ac", "person:a", "person:c", { kind: "coauthor", firstYear: 1994, lastYear: 1994 });
    return g;
  }
  const hiddenEdges = (yearFrom: number | null, yearTo: number | null) =>
    [...applyFilters(graph(), { ...DEFAULT_FILTERS, yearFrom, yearTo }).hiddenEdges].sort();
  it("hides a co-authorship before its first shared year and after its last", () => {
    expect(hiddenEdges(null, 1991)).toEqual(["ab", "ac"]);
    expect(hiddenEdges(null, 1993)).toEqual(["ac"]);
    expect(hiddenEdges(null, 1994)).toEqual([]);
    expect(hiddenEdges(1995, null)).toEqual(["ac"]);
    expect(hiddenEdges(null, null)).toEqual([]);
  });
});
