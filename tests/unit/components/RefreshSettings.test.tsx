import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RefreshSettings } from '../../../components/RefreshSettings';
import { notificationsSetting, refreshIntervalSetting } from '../../../storage';

describe('the refresh settings', () => {
  it('start at every 30 minutes, with notifications off', async () => {
    render(<RefreshSettings />);
    const every = screen.getByLabelText('Check for new stories') as HTMLSelectElement;
    await waitFor(() => expect(every.value).toBe('30'));
    expect(every.selectedOptions[0]?.textContent).toBe('Every 30 minutes');
    expect((screen.getByLabelText('Notify me of new stories') as HTMLInputElement).checked).toBe(false);
  });

  it('save a new period and the reader’s wish for notifications as soon as they change', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    render(<RefreshSettings />);
    const every = screen.getByLabelText('Check for new stories') as HTMLSelectElement;
    await waitFor(() => expect(every.value).toBe('30'));
    fireEvent.change(every, { target: { value: '180' } });
    fireEvent.click(screen.getByLabelText('Notify me of new stories'));
    await waitFor(async () => expect(await refreshIntervalSetting.getValue()).toBe(180));
    await waitFor(async () => expect(await notificationsSetting.getValue()).toBe(true));
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
  });

  it('keep notifications off, and say why, when the browser is not allowed to show them', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    render(<RefreshSettings />);
    const notify = screen.getByLabelText('Notify me of new stories') as HTMLInputElement;
    fireEvent.click(notify);
    await screen.findByText('Notifications were not allowed, so they stay off.');
    expect(notify.checked).toBe(false);
    expect(await notificationsSetting.getValue()).toBe(false);
  });

  it('offers no period under 5 minutes', () => {
    render(<RefreshSettings />);
    const periods = [...(screen.getByLabelText('Check for new stories') as HTMLSelectElement).options].map((option) =>
      Number(option.value),
    );
    expect(Math.min(...periods)).toBe(5);
  });
});
