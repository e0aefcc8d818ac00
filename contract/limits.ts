/**
 * Lengths the server enforces and the client's forms show (maxlength, counters). Plain constants, no schema code, so
 * the client may import them by value.
 */

/** Longest invite message, in characters (UTF-16 code units, as the browser's maxlength counts them). */
export const INVITE_MESSAGE_MAX = 2000;
/** Longest conversation message, in characters. */
export const MESSAGE_BODY_MAX = 4000;
