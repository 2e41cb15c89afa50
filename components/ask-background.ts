import { browser } from 'wxt/browser';
import type { Message, Reply } from '../refresh/messages';

/** Sends the background one of the message table's requests; the reply is typed by the request. */
export function askBackground<M extends Message>(message: M): Promise<Reply<M['type']>> {
  return browser.runtime.sendMessage(message);
}
