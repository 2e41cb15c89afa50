// Where blogs and CMSs put feeds by default: generic, Jekyll/Hugo/Ghost, WordPress (its comments feed left out).
const PATHS = ['feed', 'rss', 'feed.xml', 'rss.xml', 'atom.xml', 'index.xml', 'feed.json', '?feed=rss2', 'feed/atom'];

/**
 * The conventional feed addresses to probe when a page declares none, most likely first: beside the page's own folder
 * (a blog under /blog/) and then at the site's root.
 */
export function conventionalFeedUrls(pageUrl: string): string[] {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return [];
  const folder = page.pathname.slice(0, page.pathname.lastIndexOf('/') + 1);
  const bases = folder === '/' ? ['/'] : [folder, '/'];
  const urls = new Set<string>();
  for (const base of bases) for (const path of PATHS) urls.add(new URL(base + path, page.origin).href);
  return [...urls];
}
