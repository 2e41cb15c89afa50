import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuildProfile } from '../../../publisher/load-build-profile';

function profileFile(json: unknown): string {
  const path = join(mkdtempSync(join(tmpdir(), 'profile-')), 'profile.json');
  writeFileSync(path, typeof json === 'string' ? json : JSON.stringify(json));
  return path;
}

describe('building against a publisher', () => {
  it('uses the Info Finance profile, with access to its own site only, when no variable is set', () => {
    const { profile, hostPermissions } = loadBuildProfile({});
    expect(profile.name).toBe('Info Finance');
    expect(hostPermissions).toEqual(['https://*.infofinance.com/*']);
  });

  it('reads WXT_PUBLISHER_PROFILE and grants the feed origin as well', () => {
    const path = profileFile({
      name: 'Tin Nhanh',
      homepage: 'https://tinnhanh.example/',
      feedUrl: 'https://cdn.feedhost.example/tinnhanh/rss.xml',
      disclaimer: { vi: 'Thông tin chỉ mang tính tham khảo.' },
    });
    const { profile, hostPermissions } = loadBuildProfile({ WXT_PUBLISHER_PROFILE: path });
    expect(profile.name).toBe('Tin Nhanh');
    expect(hostPermissions).toEqual(['https://*.tinnhanh.example/*', 'https://cdn.feedhost.example/*']);
  });

  const grantedFor = (homepage: string, feedUrl?: string) =>
    loadBuildProfile({
      WXT_PUBLISHER_PROFILE: profileFile({ name: 'Tin Nhanh', homepage, feedUrl, disclaimer: { vi: 'Tham khảo.' } }),
    }).hostPermissions;

  it.each([
    ['https://tinnhanh.example/', 'https://*.tinnhanh.example/*'],
    ['https://www.tinnhanh.example/', 'https://*.tinnhanh.example/*'],
    ['http://news.tinnhanh.example/', 'http://*.news.tinnhanh.example/*'],
    ['https://www.example/', 'https://*.www.example/*'],
  ])('grants %s’s domain with its subdomains, where a feed found from it may live', (homepage, granted) => {
    expect(grantedFor(homepage)).toEqual([granted]);
  });

  it.each([
    ['http://127.0.0.1:8080/', 'http://127.0.0.1/*'],
    ['http://localhost:3000/', 'http://localhost/*'],
    ['http://[::1]:3000/', 'http://[::1]/*'],
  ])('grants a homepage at an address such as %s that address only', (homepage, granted) => {
    expect(grantedFor(homepage)).toEqual([granted]);
  });

  it('grants a feed on the homepage’s own domain nothing more', () => {
    expect(grantedFor('https://www.tinnhanh.example/', 'https://feeds.tinnhanh.example/rss')).toEqual([
      'https://*.tinnhanh.example/*',
    ]);
  });

  it('lets WXT_FEED_URL override just the feed, granting its origin on any port', () => {
    const { profile, hostPermissions } = loadBuildProfile({ WXT_FEED_URL: 'http://127.0.0.1:8080/feed.xml' });
    expect(profile.feedUrl).toBe('http://127.0.0.1:8080/feed.xml');
    expect(profile.name).toBe('Info Finance');
    expect(hostPermissions).toContain('http://127.0.0.1/*');
  });

  it('fails with the field and the file named when the profile is invalid', () => {
    const path = profileFile({ name: 'X', homepage: 'https://x.example', disclaimer: {} });
    expect(() => loadBuildProfile({ WXT_PUBLISHER_PROFILE: path })).toThrow(
      new RegExp(`"disclaimer".*${path.replaceAll('/', '\\/')}`),
    );
  });

  it('names WXT_FEED_URL when that is what is wrong', () => {
    expect(() => loadBuildProfile({ WXT_FEED_URL: 'not a url' })).toThrow(/"WXT_FEED_URL"/);
  });

  it('says when the profile file is not JSON', () => {
    const path = profileFile('{ name: ');
    expect(() => loadBuildProfile({ WXT_PUBLISHER_PROFILE: path })).toThrow(/could not be read as JSON/);
  });
});
