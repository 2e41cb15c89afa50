// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { answerExtractRequest } from '../../../extract/answer-extract-request';
import { extractArticle } from '../../../extract/extract-article';
import { LOGIN_PAGE, STORY_PAGE, STORY_URL } from './story-pages';

describe('answerExtractRequest', () => {
  it('answers a request with the story in the page', async () => {
    const answer = await answerExtractRequest({ type: 'extract-article', html: STORY_PAGE, url: STORY_URL });
    expect(answer).toEqual(extractArticle(STORY_PAGE, STORY_URL));
    expect(answer?.html).toContain('https://infofinance.com/img/a.jpg');
  });

  it('answers null, which a message can carry, for a page with no story', async () => {
    expect(await answerExtractRequest({ type: 'extract-article', html: LOGIN_PAGE, url: STORY_URL })).toBeNull();
  });

  it.each([
    ['a page’s request to the background', { type: 'refresh' }],
    ['a request with no HTML', { type: 'extract-article', url: STORY_URL }],
    ['a request with no address', { type: 'extract-article', html: STORY_PAGE }],
    ['null', null],
    ['a string', 'extract-article'],
  ])('leaves %s to other listeners', (_case, message) => {
    expect(answerExtractRequest(message)).toBeUndefined();
  });
});
