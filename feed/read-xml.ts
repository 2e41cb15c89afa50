import { DetectError } from 'feedsmith';
import { cutToLastItem } from './cut-to-last-item';
import { FeedError } from './feed-error';
import { repairXml } from './repair-xml';

function attempt<T>(text: string, parse: (value: string) => T): { value: T } | { error: unknown } {
  try {
    return { value: parse(text) };
  } catch (error) {
    if (error instanceof DetectError) throw new FeedError('not-a-feed', 'This address is not a feed.');
    return { error };
  }
}

/**
 * Runs one of feedsmith's XML parsers; when the XML is broken, tries the repairs readers commonly make (repairXml,
 * then cutting a truncated feed back to its last whole item) before calling it malformed.
 */
export function readXml<T>(text: string, parse: (value: string) => T): T {
  const first = attempt(text, parse);
  if ('value' in first) return first.value;
  const repaired = repairXml(text);
  const second = repaired === text ? first : attempt(repaired, parse);
  if ('value' in second) return second.value;
  const cut = cutToLastItem(repaired);
  const third = cut === undefined ? second : attempt(cut, parse);
  if ('value' in third) return third.value;
  throw new FeedError('malformed', 'This feed is too broken to read.', { cause: third.error });
}
