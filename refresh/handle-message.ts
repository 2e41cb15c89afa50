import { handleCheckFeed } from './handle-check-feed';
import { handleDownload } from './handle-download';
import { handleRefresh } from './handle-refresh';
import { handleStatus } from './handle-status';
import type { Message, MessageTable, Reply } from './messages';

type Handlers = {
  [T in keyof MessageTable]: (request: MessageTable[T]['request']) => Promise<MessageTable[T]['reply']>;
};

const HANDLERS: Handlers = {
  refresh: handleRefresh,
  status: handleStatus,
  'check-feed': handleCheckFeed,
  download: handleDownload,
};

/** The background's answer to a page; undefined for messages that are not ours. */
export function handleMessage(message: unknown): Promise<Reply<Message['type']>> | undefined {
  if (!isMessage(message)) return undefined;
  const handle = HANDLERS[message.type] as (request: Message) => Promise<Reply<Message['type']>>;
  return handle(message);
}

function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(HANDLERS, type);
}
