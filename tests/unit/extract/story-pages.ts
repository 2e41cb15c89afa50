/** Story pages as publishers serve them: the story among navigation, ads, share buttons and comments. */

const PARAGRAPHS = [
  'Ngân hàng Nhà nước giữ nguyên lãi suất điều hành trong phiên họp sáng thứ Hai, đúng như phần lớn các nhà phân tích đã dự báo, sau ba tháng lạm phát nằm trong mục tiêu.',
  'The central bank held its policy rate on Monday, as most analysts had expected, after three months in which inflation stayed within the government’s target band of four to four and a half percent.',
  'Lenders had already begun to cut deposit rates in anticipation, and the interbank market barely moved on the news, with overnight rates closing the day a few basis points lower than on Friday.',
  'Economists at several brokerages said the decision left room for a cut later in the year should exports slow further, though most expect the bank to wait for second-quarter growth figures first.',
  'The dong was little changed against the dollar, trading near the middle of its permitted band, while gold prices in Ho Chi Minh City eased for a third straight session as demand for safe havens cooled.',
  'Stocks on the main exchange rose modestly, led by banks and property developers, which stand to gain most from cheaper credit; trading volumes were about a fifth below their monthly average.',
];

export const STORY_URL = 'https://infofinance.com/markets/2026/rates-on-hold.html';

/** A story page; head goes into its <head>, picture is the src of its figure's <img>. */
export function storyPage({ head = '', picture = '/img/a.jpg' }: { head?: string; picture?: string } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">${head}
  <title>Central bank holds rates as inflation stays on target - Info Finance</title>
  <meta name="author" content="Lan Nguyen">
</head>
<body>
  <header class="site-header">
    <nav class="main-nav" id="nav">
      <a href="/">Home</a> <a href="/markets">Markets</a> <a href="/banking">Banking</a>
      <a href="/property">Property</a> <a href="/gold">Gold</a> <a href="/login">Sign in</a>
    </nav>
  </header>
  <div class="ad-banner sponsored"><a href="https://ads.example.net/click">Open an account today — 0% fees for a year</a></div>
  <main>
    <article class="story">
      <h1>Central bank holds rates as inflation stays on target</h1>
      <p class="byline">By Lan Nguyen</p>
      <figure><img src="${picture}" alt="The central bank's headquarters in Hanoi"><figcaption>The headquarters in Hanoi.</figcaption></figure>
      ${PARAGRAPHS.map((text) => `<p>${text}</p>`).join('\n      ')}
      <div class="share-buttons social"><a href="https://facebook.com/sharer">Share</a> <a href="https://t.me/share">Telegram</a></div>
    </article>
    <section id="comments" class="comments">
      <h2>Comments</h2>
      <div class="comment"><p>First comment: what does this mean for my mortgage?</p></div>
      <div class="comment"><p>Second comment: rates will never fall again.</p></div>
    </section>
  </main>
  <aside class="sidebar related"><h2>Most read</h2><ul><li><a href="/a">Gold hits a record</a></li><li><a href="/b">Banks cut deposit rates</a></li></ul></aside>
  <footer class="site-footer"><p>© Info Finance. Footer links and legal notices.</p></footer>
</body>
</html>`;
}

export const STORY_PAGE = storyPage();

export const LOGIN_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Sign in - Info Finance</title></head>
<body>
  <nav><a href="/">Home</a> <a href="/markets">Markets</a></nav>
  <main>
    <form action="/login" method="post">
      <label>Email <input type="email" name="email"></label>
      <label>Password <input type="password" name="password"></label>
      <button type="submit">Sign in</button>
    </form>
  </main>
</body></html>`;

export const SECTION_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Markets - Info Finance</title></head>
<body>
  <nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/banking">Banking</a></nav>
  <main>
    <h1>Markets</h1>
    <ul class="story-list">
      ${Array.from({ length: 20 }, (_, i) => `<li><a href="/markets/story-${i}">Headline number ${i} about the markets today</a></li>`).join('\n      ')}
    </ul>
  </main>
</body></html>`;

export const TEASER_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Gold eases - Info Finance</title></head>
<body>
  <article>
    <h1>Gold eases for a third day</h1>
    <p>${PARAGRAPHS[4]}</p>
    <p><a href="/subscribe">Subscribe to read the whole story</a></p>
  </article>
</body></html>`;
