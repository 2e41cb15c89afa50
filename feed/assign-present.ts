/**
 * Copies onto target each field that has a value, leaving out undefined and "" so that an optional field is absent
 * rather than empty; 0 is a value (the epoch is a date). Returns target.
 */
export function assignPresent<T extends object>(target: T, fields: { [K in keyof T]?: T[K] | undefined }): T {
  for (const key in fields) {
    const value = fields[key];
    if (value !== undefined && value !== '') target[key] = value;
  }
  return target;
}
