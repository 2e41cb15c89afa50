import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RetentionSettings } from '../../../components/RetentionSettings';
import { DEFAULT_RETENTION, readRetention, retentionSetting } from '../../../storage';

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

function enter(label: string, text: string): void {
  fireEvent.input(field(label), { target: { value: text } });
  fireEvent.change(field(label));
}

describe('the retention settings', () => {
  it('show the limits in force', async () => {
    await retentionSetting.setValue({ readDays: 30 });
    render(<RetentionSettings />);
    await waitFor(() => expect(field('Days to keep read stories').value).toBe('30'));
    expect(field('Stories kept per feed').value).toBe(String(DEFAULT_RETENTION.maxStoriesPerFeed));
    expect(field('Storage budget (MB)').value).toBe(String(DEFAULT_RETENTION.budgetMb));
  });

  it.each([
    ['', 'Enter a number.'],
    ['1.5', 'Use digits only: a whole number, without decimals.'],
    ['1,000', 'Use digits only: a whole number, without decimals.'],
    ['many', 'Use digits only: a whole number, without decimals.'],
    ['5', 'Enter a number from 10 to 10000.'],
    ['-20', 'Enter a number from 10 to 10000.'],
    ['20000', 'Enter a number from 10 to 10000.'],
  ])('refuse “%s” in words tied to the field, and keep the saved limit', async (typed, words) => {
    render(<RetentionSettings />);
    const stories = field('Stories kept per feed');
    await waitFor(() => expect(stories.value).not.toBe(''));
    enter('Stories kept per feed', typed);
    const problem = await screen.findByText(words);
    expect(problem.getAttribute('role')).toBe('alert');
    expect(stories.getAttribute('aria-describedby')?.split(' ')).toContain(problem.id);
    expect(stories.getAttribute('aria-invalid')).toBe('true');
    expect(await retentionSetting.getValue()).toEqual(DEFAULT_RETENTION);
  });

  it('save each limit once it is a whole number in range, keeping the others', async () => {
    render(<RetentionSettings />);
    await waitFor(() => expect(field('Stories kept per feed').value).not.toBe(''));
    enter('Days to keep read stories', '0');
    await screen.findByText('Enter a number from 1 to 3650.');
    enter('Days to keep read stories', ' 14 ');
    enter('Storage budget (MB)', '500');
    await waitFor(async () =>
      expect(await readRetention()).toEqual({ ...DEFAULT_RETENTION, readDays: 14, budgetMb: 500 }),
    );
    expect(screen.queryByText('Enter a number from 1 to 3650.')).toBeNull();
    expect(field('Days to keep read stories').value).toBe('14');
    expect(field('Days to keep read stories').getAttribute('aria-invalid')).toBe('false');
    await screen.findByText('Saved.');
  });
});
