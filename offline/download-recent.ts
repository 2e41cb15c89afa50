import { browser } from 'wxt/browser';
import {
  applyRetention,
  feedUrlSetting,
  fullTextSetting,
  getArticle,
  readRetention,
  storedBytes,
  storiesToDownload,
} from '../storage';
import { downloadStory } from './download-story';
import { eachAtMost } from './each-at-most';

/** Stories saved for reading offline are those dated within this many days... */
const RECENT_DAYS = 7;
/** ...at most this many per run, newest first. */
const PER_RUN = 100;
/** Stories downloaded at once: few, to be gentle with the publisher's site. */
const STORIES_AT_ONCE = 3;
/** Under Chrome's 30 s idle limit for a service worker. */
const KEEP_AWAKE_MS = 20_000;

let running: Promise<number> | undefined;

/**
 * Downloads the recent stories that have no offline copy yet (or whose last try failed for a passing reason), newest
 * first, until the store's budget is full, then holds the store to its budget. One run at a time: a call during a run
 * shares it. Returns how many were downloaded.
 */
export function downloadRecent(now = Date.now()): Promise<number> {
  running ??= run(now).finally(() => {
    running = undefined;
  });
  return running;
}

async function run(now: number): Promise<number> {
  // Every failure would count against a story's few tries.
  if (globalThis.navigator?.onLine === false) return 0;
  // An extension call now and then keeps Chrome's service worker awake through a long run; IndexedDB and fetch do not (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle).
  const awake = setInterval(() => void browser.runtime.getPlatformInfo(), KEEP_AWAKE_MS);
  try {
    return await download(now);
  } finally {
    clearInterval(awake);
  }
}

async function download(now: number): Promise<number> {
  const [ids, wholeText, feedUrl, { budgetMb }] = await Promise.all([
    storiesToDownload({ since: now - RECENT_DAYS * 86_400_000, limit: PER_RUN }, now),
    fullTextSetting.getValue(),
    feedUrlSetting.getValue(),
    readRetention(),
  ]);
  // Newer stories come first: once the budget is full of newer stories, an older one's pictures would only be
  // dropped again at once, so they are not fetched (it is saved without them, and can be downloaded on demand).
  const newest = ids[0] === undefined ? undefined : await getArticle(ids[0]);
  const taken = await storedBytes({ picturesAfter: newest?.sortAt ?? Number.POSITIVE_INFINITY });
  let room = budgetMb * 1024 * 1024 - taken.text - taken.pictures;
  let done = 0;
  await eachAtMost(STORIES_AT_ONCE, ids, async (id) => {
    // One story's failure (a hostile page, a full disk) must not stop the others; it is tried again later.
    const copy = await downloadStory(id, { wholeText, feedUrl, now, pictures: room > 0 }).catch(() => undefined);
    if (!copy) return;
    done += 1;
    room -= copy.storyBytes + copy.textBytes + copy.pictureBytes;
  });
  if (done > 0) await applyRetention(undefined, now).catch(() => undefined);
  return done;
}
