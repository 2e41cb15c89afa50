import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PublisherFooter } from '../../../components/PublisherFooter';
import type { PublisherProfile } from '../../../publisher/publisher-profile';

const infoFinance: PublisherProfile = {
  name: 'Info Finance',
  homepage: 'https://infofinance.com/',
  disclaimer: { en: 'All information on our website is for general reference only.', vi: 'Chỉ để tham khảo.' },
  contacts: { phone: '+84 969 116 052' },
};

describe('the publisher footer', () => {
  it('shows the disclaimer verbatim', () => {
    render(<PublisherFooter profile={infoFinance} />);
    expect(screen.getByText('All information on our website is for general reference only.')).toBeTruthy();
  });

  it('offers Call now, dialling the number in its E.164 form', () => {
    render(<PublisherFooter profile={infoFinance} />);
    expect(screen.getByRole('link', { name: /Call now/ }).getAttribute('href')).toBe('tel:+84969116052');
    expect(screen.queryByRole('link', { name: /Email/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Telegram/ })).toBeNull();
  });

  it('offers Email and Telegram when the profile gives them', () => {
    render(<PublisherFooter profile={{ ...infoFinance, contacts: { email: 'a@b.vn', telegram: 'infofinance' } }} />);
    expect(screen.getByRole('link', { name: /Email/ }).getAttribute('href')).toBe('mailto:a@b.vn');
    expect(screen.getByRole('link', { name: /Telegram/ }).getAttribute('href')).toBe('https://t.me/infofinance');
  });
});
