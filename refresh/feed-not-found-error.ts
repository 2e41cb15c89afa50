/** Neither the feeds a page declares nor the conventional addresses beside it lead to a feed. */
export class FeedNotFoundError extends Error {
  readonly pageUrl: string;

  constructor(pageUrl: string) {
    super(`No feed was found on ${pageUrl}`);
    this.name = 'FeedNotFoundError';
    this.pageUrl = pageUrl;
  }
}
