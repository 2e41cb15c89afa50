export interface WholeNumberRange {
  min: number;
  max: number;
}

export type WholeNumberProblem = 'empty' | 'not-whole' | 'out-of-range';

/**
 * Reads what the reader typed as a whole number within a range. Digits only: "1.000" is a thousand in Vietnamese and
 * one in English, so no separator is guessed at.
 */
export function readWholeNumber(text: string, { min, max }: WholeNumberRange): number | WholeNumberProblem {
  const typed = text.replace(/\s/g, '');
  if (typed === '') return 'empty';
  if (/^-\d+$/.test(typed)) return 'out-of-range';
  if (!/^\d+$/.test(typed)) return 'not-whole';
  const value = Number(typed);
  return value < min || value > max ? 'out-of-range' : value;
}
