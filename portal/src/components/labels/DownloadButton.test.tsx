import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test-utils';
import { DownloadButton } from './DownloadButton';

afterEach(() => vi.unstubAllGlobals());

/** A fetch that answers when the test says: headers first, then the body chunk by chunk. */
function slowFetch() {
  let answer!: (response: Response) => void;
  let push!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (push = c) });
  const calls: Array<[string, RequestInit | undefined]> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return new Promise<Response>((resolve) => (answer = resolve));
    }),
  );
  return {
    calls,
    answer: (r: Response) => answer(r),
    push: (bytes: number) => push.enqueue(new Uint8Array(bytes)),
    end: () => push.close(),
    body,
  };
}

describe('DownloadButton', () => {
  it('says the file is being made, then shows the bytes received out of Content-Length, then saves it', async () => {
    const net = slowFetch();
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:sheet'), revokeObjectURL: vi.fn() }),
    );
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(`${this.getAttribute('href')} ${this.download}`);
    });
    renderWithProviders(
      <DownloadButton url="/labels/b.pdf" filename="nhan-L1.pdf" label="Tải tờ tem (PDF)" itemCount={500} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tải tờ tem (PDF)' }));
    expect(net.calls).toEqual([['/labels/b.pdf', { credentials: 'same-origin', signal: undefined }]]);
    // Phase 1: waiting for the headers, an indeterminate bar.
    expect(screen.getByRole('status')).toHaveTextContent('Đang tạo tệp… (500 nhãn)');
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    expect(screen.getByRole('button', { name: 'Tải tờ tem (PDF)' })).toBeDisabled();

    await act(async () => {
      net.answer(
        new Response(net.body, {
          headers: {
            'content-type': 'application/pdf',
            'content-length': '1000',
            'content-disposition': 'attachment; filename="nhan-L-01.pdf"',
          },
        }),
      );
      net.push(250);
    });
    // Phase 2: bytes received out of Content-Length.
    await vi.waitFor(() => expect(screen.getByRole('progressbar')).toHaveAttribute('value', '25'));
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải 25%');

    await act(async () => {
      net.push(750);
      net.end();
    });
    await screen.findByText('Đã tải xong', { exact: false });
    expect(clicks).toEqual(['blob:sheet nhan-L-01.pdf']);
    expect(screen.getByRole('link', { name: 'Lưu nhan-L-01.pdf' })).toHaveAttribute(
      'download',
      'nhan-L-01.pdf',
    );
  });

  it('says so when the platform refuses the file, and can try again', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('no', { status: 403 })),
    );
    renderWithProviders(
      <DownloadButton
        url="/labels/b.csv"
        filename="nhan-L1.csv"
        label="Tải danh sách mã (CSV)"
        itemCount={3}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tải danh sách mã (CSV)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được tệp. Vui lòng thử lại.');
    expect(screen.getByRole('button', { name: 'Tải danh sách mã (CSV)' })).toBeEnabled();
  });
});
