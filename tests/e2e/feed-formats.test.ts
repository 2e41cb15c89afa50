import { describe, inject, it } from 'vitest';
import { useExtension } from '../support/use-extension';

const chromiumPath = inject('chromiumPath');

const FORMATS = [
  {
    name: 'Atom 1.0',
    type: 'application/atom+xml',
    titles: ['Atom: Dong strengthens against the dollar', 'Atom: Bank credit grows 9%'],
    body: (titles: string[]) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Info Finance</title><id>urn:infofinance</id><updated>2026-11-26T08:00:00+07:00</updated>
  ${titles.map((title, i) => `<entry><title>${title}</title><id>urn:atom:${i}</id><link href="/atom/${i}"/><updated>2026-11-26T0${i}:00:00+07:00</updated><summary>${title}</summary></entry>`).join('\n  ')}
</feed>`,
  },
  {
    name: 'Atom 0.3',
    type: 'application/atom+xml',
    titles: ['Atom 0.3: Steel output steady', 'Atom 0.3: Tourism revenue doubles'],
    body: (titles: string[]) => `<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title>Info Finance</title><modified>2026-11-26T08:00:00Z</modified>
  ${titles.map((title, i) => `<entry><title>${title}</title><id>urn:atom03:${i}</id><link rel="alternate" type="text/html" href="http://127.0.0.1/atom03/${i}"/><issued>2026-11-26T0${i}:00:00Z</issued><modified>2026-11-26T0${i}:00:00Z</modified></entry>`).join('\n  ')}
</feed>`,
  },
  {
    name: 'RSS 1.0 (RDF)',
    type: 'application/rdf+xml',
    titles: ['RDF: Rice exports hit a record', 'RDF: Coffee prices ease'],
    body: (titles: string[]) => `<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://127.0.0.1/"><title>Info Finance</title><link>http://127.0.0.1/</link><description>News</description></channel>
  ${titles.map((title, i) => `<item rdf:about="http://127.0.0.1/rdf/${i}"><title>${title}</title><link>http://127.0.0.1/rdf/${i}</link><dc:date>2026-11-26T0${i}:00:00+07:00</dc:date></item>`).join('\n  ')}
</rdf:RDF>`,
  },
  {
    name: 'JSON Feed 1.1',
    type: 'application/feed+json',
    titles: ['JSON: Fintech lending rules published', 'JSON: Tỷ giá ổn định cuối tuần'],
    body: (titles: string[]) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Info Finance',
        items: titles.map((title, i) => ({
          id: `json-${i}`,
          url: `http://127.0.0.1/json/${i}`,
          title,
          content_text: title,
          date_published: `2026-11-26T0${i}:00:00+07:00`,
        })),
      }),
  },
  {
    name: 'JSON Feed 1.0',
    type: 'application/json',
    titles: ['JSON 1.0: Retail sales up 8%', 'JSON 1.0: Lãi suất tiết kiệm giảm nhẹ'],
    body: (titles: string[]) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1',
        title: 'Info Finance',
        items: titles.map((title, i) => ({ id: `json10-${i}`, title, content_html: `<p>${title}</p>` })),
      }),
  },
  {
    name: 'RSS 0.91',
    type: 'application/rss+xml',
    titles: ['RSS 0.91: Insurance premiums climb', 'RSS 0.91: Port traffic rebounds'],
    body: (titles: string[]) => `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="0.91"><channel><title>Info Finance</title><link>http://127.0.0.1/</link><description>News</description>
  ${titles.map((title, i) => `<item><title>${title}</title><link>http://127.0.0.1/rss091/${i}</link><description>${title}</description></item>`).join('\n  ')}
</channel></rss>`,
  },
];

describe.skipIf(!chromiumPath)('feeds in every format', () => {
  const under = useExtension();

  it.each(FORMATS)('shows the stories of a feed in $name in the popup after Refresh', async (format) => {
    const popup = await under.extension.open('popup.html', { width: 380, height: 600 });
    await popup.locator('.article-link').first().waitFor();
    under.server.route('/feed.xml', { headers: { 'content-type': format.type }, body: format.body(format.titles) });
    await popup.getByRole('button', { name: 'Refresh' }).click();
    for (const title of format.titles) {
      await popup.getByRole('link', { name: title }).waitFor();
    }
    await popup.close();
  });
});
