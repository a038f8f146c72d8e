import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-utils';
import { PhotoUploader } from './PhotoUploader';

const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('PhotoUploader', () => {
  beforeEach(() => {
    // jsdom has no object URLs.
    URL.createObjectURL = vi.fn(() => 'blob:preview-1');
    URL.revokeObjectURL = vi.fn();
    // jsdom decodes no images: the browser's answer is stubbed, by the file's first bytes (a real
    // Chromium decodes in test/src/browser/listing-edit.test.ts).
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn(async (blob: Blob) => {
        const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
        if (head[0] !== 0x89 && head[0] !== 0xff)
          throw new DOMException('cannot decode', 'InvalidStateError');
        return { width: 4, height: 3, close: () => undefined };
      }),
    );
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

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
    const photo = new File([PNG_HEAD, new Uint8Array(300 * 1024 - PNG_HEAD.length)], 'gao.png', {
      type: 'image/png',
    });
    await userEvent.upload(screen.getByLabelText('Chọn hoặc chụp ảnh'), photo);
    expect(await screen.findByRole('img', { name: 'Ảnh sẽ gửi' })).toHaveAttribute('src', 'blob:preview-1');
    expect(screen.getByText('gao.png · 300 kB')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải ảnh lên' })).toBeEnabled();
  });

  it('refuses a text file named .png after trying to decode it: a message, no preview, no upload', async () => {
    renderWithProviders(<PhotoUploader productId="p1" />);
    const fake = new File(['not a picture at all'], 'anh-gia.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('Chọn hoặc chụp ảnh'), fake);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“anh-gia.png” không phải là ảnh JPEG, PNG hoặc WebP đọc được',
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tải ảnh lên' })).not.toBeInTheDocument();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('refuses a file with a PNG signature that does not decode (damaged)', async () => {
    vi.stubGlobal(
      'createImageBitmap',
      vi.fn(() => Promise.reject(new DOMException('cannot decode', 'InvalidStateError'))),
    );
    renderWithProviders(<PhotoUploader productId="p1" />);
    const damaged = new File([PNG_HEAD, new Uint8Array(100)], 'hong.png', { type: 'image/png' });
    await userEvent.upload(screen.getByLabelText('Chọn hoặc chụp ảnh'), damaged);
    expect(await screen.findByRole('alert')).toHaveTextContent('“hong.png” không phải là ảnh');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
