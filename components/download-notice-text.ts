import { format } from '../locales/messages-for';
import type { OfflineCopy, PictureGap } from '../storage';
import { countText } from './count-text';
import { failureText } from './failure-text';
import { language, t } from './messages';
import type { DownloadState } from './use-download';

const GAP_WORDS: Record<PictureGap, () => [one: string, other: string]> = {
  'too-large': () => [t.downloadTooLargeOne, t.downloadTooLarge],
  failed: () => [t.downloadPictureFailedOne, t.downloadPictureFailed],
  'no-access': () => [t.downloadNoAccessOne, t.downloadNoAccess],
  'no-space': () => [t.downloadNoSpaceOne, t.downloadNoSpace],
};

/** Failures failureText puts in words. */
const WORDED_FAILURES = new Set(['network', 'timeout', 'http', 'store-full']);

/** What a copy that is not whole lacks: the page's text, and its pictures counted by why. */
function partText(copy: OfflineCopy): string {
  const counts = new Map<PictureGap, number>();
  for (const { why } of copy.missing) counts.set(why, (counts.get(why) ?? 0) + 1);
  const pictures = [...counts].map(([why, count]) => countText(count, language, ...GAP_WORDS[why]()));
  return [copy.text === 'summary' ? t.downloadSummaryOnly : t.downloadTextSaved, ...pictures].join(' ');
}

/** A download's outcome in the reader's words; empty while it runs (the button says so). */
export function downloadNoticeText(state: DownloadState | undefined, storyUrl: string | undefined): string {
  switch (state?.kind) {
    case undefined:
    case 'busy':
      return '';
    case 'no-answer':
      return t.downloadNoAnswer;
    case 'done':
      return state.copy.complete ? t.downloadDone : partText(state.copy);
    case 'failed':
      // A page or a picture that could not be had is part of a copy ('done'); what fails is the whole download.
      return WORDED_FAILURES.has(state.failure.kind)
        ? failureText(state.failure, storyUrl, t)
        : format(t.downloadFailed, { reason: state.failure.message });
  }
}
