/**
 * The wait before a repeating refresh first fires: anywhere in the second half of a period, so that readers whose
 * workers start at the same moment (a browser update, an extension update) do not all ask the publisher at once.
 * Chrome then keeps that phase for every later firing.
 */
export function jitteredDelay(periodMinutes: number, random: () => number = Math.random): number {
  return periodMinutes * (0.5 + random() / 2);
}
