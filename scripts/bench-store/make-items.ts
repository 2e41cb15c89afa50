import type { FetchedItem } from '../../storage/save-fetched-items';

/** The clock every generated story is dated against, so that runs and environments store the same rows. */
export const BENCH_NOW = Date.UTC(2025, 5, 1, 8);

const DAY = 86_400_000;

/** mulberry32: small, fast and the same in Node and every browser. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Topic {
  subjects: string[];
  /** What only stories of this topic say, beside the desk's common sentences. */
  sentences: string[];
  section: string;
  categories: string[];
  /** How often the topic comes up, relative to the others. */
  weight: number;
}

/** A Vietnamese finance desk: gold and the exchange rate every day, stocks most of all. */
const VI_TOPICS: Topic[] = [
  {
    subjects: ['Giá vàng', 'Giá vàng SJC', 'Vàng nhẫn', 'Giá vàng thế giới'],
    sentences: [
      'Trên thị trường thế giới, giá vàng giao ngay đứng ở mức {n} USD mỗi ounce.',
      'Chênh lệch giữa giá vàng trong nước và thế giới vẫn ở mức cao, khoảng {d} triệu đồng mỗi lượng.',
      'Tại các cửa hàng ở Hà Nội và TP.HCM, người mua vẫn đông dù giá bán ra cao hơn giá mua vào {n} nghìn đồng.',
    ],
    section: 'vang',
    categories: ['Tài chính', 'Vàng'],
    weight: 3,
  },
  {
    subjects: ['Tỷ giá USD', 'Giá USD chợ đen', 'Đồng yên', 'Tỷ giá trung tâm'],
    sentences: [
      'Ngân hàng Nhà nước niêm yết tỷ giá trung tâm ở mức {n} đồng, tăng {d} đồng.',
      'Đồng USD suy yếu sau khi số liệu việc làm của Mỹ kém hơn dự báo của giới phân tích.',
    ],
    section: 'ngoai-te',
    categories: ['Tài chính', 'Ngoại tệ'],
    weight: 2,
  },
  {
    subjects: ['Chứng khoán', 'VN-Index', 'Cổ phiếu ngân hàng', 'Cổ phiếu bất động sản', 'Khối ngoại', 'Dòng tiền'],
    sentences: [
      'Thanh khoản toàn thị trường đạt {n} tỷ đồng, khối ngoại bán ròng hơn {n} tỷ đồng.',
      'Nhóm cổ phiếu dẫn dắt gồm ngân hàng, chứng khoán và thép, trong khi bất động sản phân hóa mạnh.',
      'Chỉ số VN-Index đóng cửa ở {n} điểm với {d} mã tăng giá và {d} mã giảm giá.',
    ],
    section: 'chung-khoan',
    categories: ['Chứng khoán'],
    weight: 5,
  },
  {
    subjects: ['Lãi suất tiết kiệm', 'Lãi suất cho vay', 'Ngân hàng Nhà nước', 'Trái phiếu doanh nghiệp'],
    sentences: [
      'Lãi suất huy động kỳ hạn 12 tháng tại nhiều ngân hàng hiện dao động quanh {d} phần trăm mỗi năm.',
      'Tín dụng toàn hệ thống tăng {d} phần trăm so với đầu năm, theo số liệu mới nhất.',
    ],
    section: 'ngan-hang',
    categories: ['Ngân hàng', 'Kinh tế'],
    weight: 3,
  },
  {
    subjects: ['Giá xăng dầu', 'Giá dầu thế giới', 'Giá thép', 'Giá cà phê', 'Giá tiêu', 'Giá heo hơi', 'Giá lúa gạo'],
    sentences: [
      'Doanh nghiệp trong ngành cho biết đơn hàng quý {q} đã phục hồi rõ rệt nhờ giá nguyên liệu giảm.',
      'Tại Tây Nguyên, thương lái thu mua với giá {n} đồng mỗi kg, cao hơn tuần trước.',
    ],
    section: 'hang-hoa',
    categories: ['Hàng hóa'],
    weight: 3,
  },
  {
    subjects: ['Bitcoin', 'Tiền số', 'Ethereum'],
    sentences: ['Giá trị vốn hóa thị trường tiền số đạt {n} tỷ USD sau phiên biến động mạnh.'],
    section: 'tien-so',
    categories: ['Tiền số'],
    weight: 1,
  },
  {
    subjects: ['Giá nhà chung cư', 'Thị trường bất động sản', 'Đất nền ven đô'],
    sentences: ['Nguồn cung căn hộ mới tại Hà Nội trong quý {q} chỉ đạt khoảng {n} căn, giá bán tiếp tục tăng.'],
    section: 'bat-dong-san',
    categories: ['Bất động sản', 'Kinh tế'],
    weight: 2,
  },
];
const VI_WHEN = [
  'hôm nay',
  'sáng nay',
  'chiều nay',
  'phiên sáng',
  'phiên chiều',
  'cuối tuần',
  'đầu tuần',
  'tuần này',
  'ngày {d}/{m}',
  'tháng {m}',
  'quý {q}',
];
const VI_MOVES = [
  'tăng mạnh',
  'giảm sâu',
  'đi ngang',
  'lập đỉnh mới',
  'quay đầu giảm',
  'bật tăng trở lại',
  'lao dốc',
  'tăng nhẹ',
  'giảm nhẹ',
  'biến động mạnh',
  'chững lại',
  'vượt mốc {n} triệu đồng',
  'lùi về mức {n} nghìn đồng',
  'hồi phục',
];
const VI_TAILS = [
  'nhà đầu tư lo ngại',
  'khi Fed giữ nguyên lãi suất',
  'theo đà thế giới',
  'sau tin lạm phát Mỹ',
  'giữa lúc thanh khoản thấp',
  'dù khối ngoại bán ròng',
  'vì nhu cầu tăng cao',
  'trước kỳ nghỉ lễ',
  'chuyên gia dự báo gì',
  'người dân xếp hàng mua',
  'doanh nghiệp lo thiếu vốn',
  'ngân hàng đồng loạt điều chỉnh',
  'nên mua hay bán',
];
const VI_SENTENCES = [
  'Theo khảo sát lúc {h} giờ, {subject} {move} so với phiên giao dịch trước đó.',
  'Các chuyên gia cho rằng xu hướng này có thể kéo dài đến hết tháng {m} nếu không có tin bất ngờ.',
  'Nhà đầu tư được khuyến nghị thận trọng và không nên dùng đòn bẩy cao trong giai đoạn này.',
  'Diễn biến này phù hợp với dự báo của nhiều công ty chứng khoán đưa ra từ đầu tháng.',
  'Báo cáo của Tổng cục Thống kê cho thấy chỉ số giá tiêu dùng tháng {m} tăng {d} phần trăm.',
];

const EN_TOPICS: Topic[] = [
  {
    subjects: ['Gold prices', 'Spot gold', 'Gold'],
    sentences: ['Spot gold traded at {n} dollars an ounce in Asian hours, near its record.'],
    section: 'markets',
    categories: ['Markets', 'Commodities'],
    weight: 2,
  },
  {
    subjects: ['The dollar', 'The dong', 'The yen'],
    sentences: ['The State Bank of Vietnam set the reference rate at {n} dong per dollar, up {d} dong.'],
    section: 'markets',
    categories: ['Markets', 'Currencies'],
    weight: 2,
  },
  {
    subjects: ['Asian stocks', 'Vietnam stocks', 'Bank shares', 'Foreign investors'],
    sentences: ['Turnover on the Ho Chi Minh City exchange reached {n} billion dong, with foreigners net sellers.'],
    section: 'markets',
    categories: ['Markets', 'Stocks'],
    weight: 3,
  },
  {
    subjects: ['Oil prices', 'Coffee futures', 'Rice exports', 'Steel makers'],
    sentences: ['Exporters said orders for quarter {q} had recovered as input costs eased.'],
    section: 'business',
    categories: ['Commodities'],
    weight: 2,
  },
  {
    subjects: ["Vietnam's central bank", 'Treasury yields', 'Property developers', 'Bitcoin'],
    sentences: ['Twelve-month deposit rates at most lenders now hover around {d} percent a year.'],
    section: 'economy',
    categories: ['Economy'],
    weight: 2,
  },
];
const EN_MOVES = [
  'climbed',
  'slipped',
  'hit a record high',
  'held steady',
  'tumbled',
  'rebounded',
  'edged higher',
  'extended losses',
  'swung wildly',
  'gained ground',
];
const EN_TAILS = [
  'as the Fed signals patience',
  'ahead of US inflation data',
  'on strong export figures',
  'after a volatile week',
  'amid weak demand in China',
  'as traders book profits',
  'while liquidity stays thin',
  'for a third straight session',
  'analysts say',
  'before the holiday break',
];
const EN_SENTENCES = [
  'By {h}:00 local time, {subject} {move} against the previous close.',
  'Analysts expect the trend to hold through month {m} unless the data surprises.',
  'Brokers advised clients to stay cautious and avoid heavy margin in the weeks ahead.',
  'Most regional markets were closed for a holiday, keeping volumes low.',
];

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)] as T;
}

function between(next: () => number, low: number, high: number): number {
  return low + Math.floor(next() * (high - low + 1));
}

function weighted(next: () => number, topics: Topic[]): Topic {
  let ticket = next() * topics.reduce((sum, topic) => sum + topic.weight, 0);
  for (const topic of topics) {
    ticket -= topic.weight;
    if (ticket < 0) return topic;
  }
  return topics[0] as Topic;
}

function fill(next: () => number, template: string, subject = '', move = ''): string {
  return template
    .replace('{subject}', subject.toLowerCase())
    .replace('{move}', move)
    .replace(/\{(n|d|m|q|h)\}/g, (_, slot: string) => {
      if (slot === 'n') return String(between(next, 10, 99_999));
      if (slot === 'd') return String(between(next, 1, 31));
      if (slot === 'm') return String(between(next, 1, 12));
      if (slot === 'q') return String(between(next, 1, 4));
      return String(between(next, 7, 17));
    });
}

/** At least `least` and at most `most` words, drawn phrase by phrase; the last phrase is cut when it runs over. */
function words(least: number, most: number, phrases: () => string): string {
  const out: string[] = [];
  while (out.length < least) out.push(...phrases().split(' '));
  return out.slice(0, most).join(' ');
}

/**
 * `count` stories of one feed as its parser would hand them over: about seven in ten in Vietnamese (finance headlines
 * with diacritics), the rest in English, published over the 90 days before BENCH_NOW. The same feed and count always
 * give the same items.
 */
export function makeItems(feedId: number, count: number): FetchedItem[] {
  const next = random(feedId * 7919 + 17);
  const items: FetchedItem[] = [];
  for (let index = 0; index < count; index++) {
    const vietnamese = next() < 0.7;
    const topic = weighted(next, vietnamese ? VI_TOPICS : EN_TOPICS);
    const subject = pick(next, topic.subjects);
    const move = fill(next, pick(next, vietnamese ? VI_MOVES : EN_MOVES));
    const tails = vietnamese ? VI_TAILS : EN_TAILS;
    const common = vietnamese ? VI_SENTENCES : EN_SENTENCES;
    const headline = vietnamese ? `${subject} ${fill(next, pick(next, VI_WHEN))} ${move}` : `${subject} ${move}`;
    let first = true;
    const title = words(between(next, 8, 12), 14, () => {
      const phrase = first ? headline : pick(next, tails);
      first = false;
      return phrase;
    });
    const sentence = () => fill(next, pick(next, next() < 0.5 ? topic.sentences : common), subject, move);
    const summary = words(30, 60, sentence);
    const paragraphs = Array.from({ length: between(next, 1, 2) }, () =>
      Array.from({ length: between(next, 2, 4) }, sentence).join(' '),
    );
    const url = `https://infofinance.example/${topic.section}/tin-${feedId}-${index}.html`;
    items.push({
      id: url,
      url,
      title,
      summary: summary.endsWith('.') ? summary : `${summary}…`,
      contentHtml: paragraphs
        .map((text, at) =>
          at === 0
            ? `<p><strong>${subject}</strong> &ndash; ${text}</p>`
            : `<p>${text} <a href="${url}">Xem thêm</a></p>`,
        )
        .join('\n'),
      ...(next() < 0.5 ? { author: `Phóng viên ${between(next, 1, 40)}` } : {}),
      publishedAt: BENCH_NOW - Math.floor(next() * 90 * DAY),
      ...(next() < 0.6 ? { imageUrl: `https://cdn.infofinance.example/img/${feedId}/${index}.jpg` } : {}),
      categories: next() < 0.3 ? [...topic.categories, vietnamese ? 'Kinh tế' : 'Economy'] : topic.categories,
    });
  }
  return items;
}
