/** Dates of invites and messages as people read them, with the exact time for the <time> element. */
import { h } from "../../ui/dom.ts";

const FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function timeElement(iso: string): HTMLTimeElement {
  return h("time", { datetime: iso }, FORMAT.format(new Date(iso)));
}
