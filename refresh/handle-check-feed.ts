import { checkFeed } from './check-feed';
import type { MessageTable } from './messages';

/** "Is this a feed?", from the options page before it saves an address: pages do not parse feeds themselves. */
export function handleCheckFeed(
  request: MessageTable['check-feed']['request'],
): Promise<MessageTable['check-feed']['reply']> {
  return checkFeed(request.url);
}
