import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-utils';
import { PhotoUploader } from './PhotoUploader';

describe('PhotoUploader', () => {
  beforeEach(() => {
    // jsdom has no object URLs.
    URL.createObjectURL = vi.fn(() => 'blob:preview-1');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('refuses a photo above 5 MB before sending it, saying how large it is', async () => {
    renderWithProviders(<PhotoUploader productId="p1" />);
    const input = screen.getByLabelText('Chọn hoặc chụp ảnh');
    expect(input).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp');
    expect(input).toHaveAttribute('capture', 'environment');
    const big = new File([new Uint8Array(6 * 1024 * 1024)], 'ruong-bac-thang.jpg', { type: 'image/jpeg' });
    await userEvent.upload(input, big);
    expect(screen.getByRole('alert')).toHaveTextContent('Ảnh nặng 6 MB, vượt quá 5 MB.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tải ảnh lên' })).not.toBeInTheDocument();
  });

  it('shows a chosen photo before sending it, from an object URL', async () => {
    renderWithProviders(<PhotoUploader productId="p1" />);
    const photo = new File([new Uint8Array(300 * 1024)], 'gao.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('Chọn hoặc chụp ảnh'), photo);
    expect(screen.getByRole('img', { name: 'Ảnh sẽ gửi' })).toHaveAttribute('src', 'blob:preview-1');
    expect(screen.getByText('gao.png · 300 kB')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải ảnh lên' })).toBeEnabled();
  });
});
