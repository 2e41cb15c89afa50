/** Names browsers and Dexie give a full disk: the standard one, and Firefox's legacy one. */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Whether an error means the disk (or the origin's quota) is full, also when Dexie wraps it: an AbortError whose
 * `inner` is the QuotaExceededError (https://dexie.org/docs/DexieErrors/Dexie.QuotaExceededError), possibly nested, or
 * a BulkError / ModifyError with one among its `failures`.
 */
export function isQuotaError(error: unknown): boolean {
  return quotaErrorWithin(error, 0);
}

function quotaErrorWithin(error: unknown, depth: number): boolean {
  // Deep enough for any wrapping Dexie does, and safe from an error that wraps itself.
  if (typeof error !== 'object' || error === null || depth > 8) return false;
  const { name, inner, cause, failures } = error as Record<string, unknown>;
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  const wrapped = [inner, cause, ...(Array.isArray(failures) ? failures : [])];
  return wrapped.some((each) => quotaErrorWithin(each, depth + 1));
}
