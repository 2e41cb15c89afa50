/** Saving failed because the disk stays full after making room; what was stored before, starred or not, is intact. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';

  constructor(options?: ErrorOptions) {
    super(
      'There is no room left on this device to save new stories, even after removing old ones. Nothing you had saved ' +
        'or starred was lost. Free some disk space, or lower the storage limit in the options.',
      options,
    );
  }
}
