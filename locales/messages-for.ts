import { en, type Messages } from './en';
import { vi } from './vi';

export type { Messages };

/** The messages for a BCP 47 language tag; English for any language we do not carry. */
export function messagesFor(language: string): Messages {
  return language.toLowerCase().startsWith('vi') ? vi : en;
}

/** Replaces `{name}` placeholders; a missing value leaves the placeholder visible rather than hiding text. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
