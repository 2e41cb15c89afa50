import type { MessageTable } from './messages';
import { refreshAll } from './refresh-all';
import type { RefreshTrigger } from './why-wait';

const TRIGGERS: RefreshTrigger[] = ['reader', 'page', 'schedule'];

/** "Refresh now", from a page: the reader's Refresh button, or a page that opens. */
export function handleRefresh(request: MessageTable['refresh']['request']): Promise<MessageTable['refresh']['reply']> {
  const by = TRIGGERS.find((trigger) => trigger === request.by) ?? 'reader';
  return refreshAll({ by });
}
