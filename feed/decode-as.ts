import { decodeWindows1252 } from './decode-windows-1252';

/** Bytes decoded in an encoding TextDecoder knows, windows-1252 by the project's own table (nodejs/node#60888). */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}
