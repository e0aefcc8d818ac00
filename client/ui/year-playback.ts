/**
 * The year brush with playback, shared by the explorer's filters and the embedded profile/paper graph: a labelled
 * range input (the year shown: everything up to it is drawn), step back, play/pause, step forward, speed, and a
 * visible year counter that is also a polite live region. The state is client/graph/playback.ts; this file only owns
 * the timer and the DOM. Under prefers-reduced-motion nothing animates: Play is off and the steps still work.
 */
import { prefersReducedMotion } from "../graph/view-settings.ts";
import {
  createPlayback,
  pause,
  play,
  PLAYBACK_SPEEDS,
  playbackYearTo,
  restart,
  seek,
  setExtent,
  setSpeed,
  step,
  tick,
  tickDelayMs,
  type PlaybackProducer,
  type PlaybackSpeed,
  type PlaybackState,
} from "../graph/playback.ts";
import "../styles/year-playback.css";
import { h } from "./dom.ts";

export interface YearPlaybackOptions {
  /** Called with the upper year bound to draw (null: no bound, every year) after every change of the year. */
  onYear: (yearTo: number | null) => void;
  /** Names the group for assistive technology, e.g. "Play the network through the years". */
  label?: string;
}

export interface YearPlayback {
  element: HTMLElement;
  /** The graph's year range changed (null: the graph has no years; the control hides). */
  setExtent(extent: readonly [number, number] | null): void;
  /** Shows the year the page's filter stands at (e.g. the explorer's "to" slider moved), unless playing. */
  sync(yearTo: number | null): void;
  /** Stops a running playback where it is. */
  pause(): void;
  /** "How this network grew": from the first year, playing unless motion is reduced. */
  start(): void;
  getState(): PlaybackState | null;
  destroy(): void;
}

const button = (label: string, text: string, action: string, onclick: () => void) =>
  h(
    "button",
    { class: "button yp-btn", type: "button", "aria-label": label, title: label, "data-action": action, onclick },
    text,
  );

export function yearPlayback(options: YearPlaybackOptions): YearPlayback {
  let state: PlaybackState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const counter = h("span", { class: "yp-year", role: "status", "aria-live": "polite", "aria-atomic": "true" });
  const brush = h("input", { type: "range", class: "yp-brush", step: 1, "aria-label": "Year shown" });
  const back = button("Step back one year", "◀", "year-back", () => apply(step(-1)));
  const toggle = button("Play the years", "▶ Play", "year-play", () => apply(state?.playing ? pause() : play()));
  const forward = button("Step forward one year", "▶|", "year-forward", () => apply(step(1)));
  const speed = h(
    "select",
    { class: "yp-speed", "aria-label": "Playback speed" },
    PLAYBACK_SPEEDS.map((s) => h("option", { value: s }, `${s} year${s === 1 ? "" : "s"}/s`)),
  );
  const note = h("p", { class: "yp-note small muted", hidden: true }, "Reduced motion is on: step through the years.");
  const element = h(
    "div",
    { class: "year-playback", role: "group", "aria-label": options.label ?? "Network through the years", hidden: true },
    h("div", { class: "yp-row" }, counter, brush),
    h("div", { class: "yp-row" }, back, toggle, forward, speed),
    note,
  );

  brush.addEventListener("input", () => apply(seek(Number(brush.value))));
  speed.addEventListener("change", () => apply(setSpeed(Number(speed.value) as PlaybackSpeed)));

  const render = (current: PlaybackState) => {
    const yearTo = playbackYearTo(current);
    Object.assign(brush, { min: String(current.first), max: String(current.last), value: String(current.year) });
    brush.setAttribute("aria-valuetext", yearTo === null ? `all years to ${current.last}` : `up to ${current.year}`);
    const text = yearTo === null ? `${current.first}–${current.last}` : `${current.first}–${current.year}`;
    if (counter.textContent !== text) counter.textContent = text;
    toggle.textContent = current.playing ? "❚❚ Pause" : "▶ Play";
    toggle.setAttribute("aria-label", current.playing ? "Pause" : "Play the years");
    toggle.setAttribute("aria-pressed", String(current.playing));
    toggle.disabled = current.reducedMotion || current.first === current.last;
    back.disabled = current.year <= current.first;
    forward.disabled = current.year >= current.last;
    speed.value = String(current.speed);
    note.hidden = !current.reducedMotion;
    element.dataset.year = String(current.year);
    element.dataset.playing = String(current.playing);
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (state?.playing) timer = setTimeout(() => apply(tick()), tickDelayMs(state));
  };

  function apply(producer: PlaybackProducer) {
    if (!state) return;
    const before = state;
    state = producer(state);
    render(state);
    if (before.year !== state.year || before.playing !== state.playing) schedule();
    if (playbackYearTo(before) !== playbackYearTo(state) || producer === restartProducer)
      options.onYear(playbackYearTo(state));
  }
  const restartProducer = restart();

  return {
    element,
    setExtent: (extent) => {
      element.hidden = extent === null;
      if (!extent) return;
      state = state ? setExtent(extent)(state) : createPlayback(extent, { reducedMotion: prefersReducedMotion() });
      render(state);
    },
    sync: (yearTo) => {
      if (!state || state.playing) return;
      state = seek(yearTo ?? state.last)(state);
      render(state);
    },
    pause: () => apply(pause()),
    start: () => {
      apply(restartProducer);
      brush.focus();
    },
    getState: () => state,
    destroy: () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
