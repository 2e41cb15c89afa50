import type { Message, Reply } from './messages';
import { refreshAll } from './refresh-all';

/** The background's answer to a page; undefined for messages that are not ours. */
export function handleMessage(message: unknown): Promise<Reply<Message['type']>> | undefined {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'refresh':
      return refreshAll({ onlyIfStale: message.onlyIfStale === true });
  }
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'refresh';
}
