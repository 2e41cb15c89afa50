import { downloadStory } from '../offline/download-story';
import { feedUrlSetting } from '../storage';
import { describeFailure } from './describe-failure';
import type { DownloadOutcome } from './messages';

/** A reader asked for one story to be saved for reading offline: its page is read whole whatever the setting says. */
export async function handleDownload({ articleId }: { articleId: string }): Promise<DownloadOutcome> {
  const now = Date.now();
  try {
    const copy = await downloadStory(articleId, { wholeText: true, feedUrl: await feedUrlSetting.getValue(), now });
    if (copy) return { ok: true, copy };
    return { ok: false, failure: { kind: 'gone', message: 'This story is no longer stored.', at: now } };
  } catch (error) {
    return { ok: false, failure: describeFailure(error, now) };
  }
}
