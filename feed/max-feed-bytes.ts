/** Bodies larger than this are refused: parseFeed says 'too-large', and fetchFeed stops reading at the same size. */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;
