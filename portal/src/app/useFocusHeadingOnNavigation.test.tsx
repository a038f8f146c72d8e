import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { createMemoryRouter, Link, Outlet, RouterProvider, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useFocusHeadingOnNavigation } from './useFocusHeadingOnNavigation';

function Frame() {
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigation(main);
  return (
    <>
      <nav>
        <Link to="/">Home</Link>
        <Link to="/products">Products</Link>
        <Link to="/late">Late</Link>
        <Link to="/products?q=gao">Search</Link>
      </nav>
      <main ref={main}>
        <Outlet />
      </main>
    </>
  );
}

/** A page whose heading comes later, as a lazy page with its data does. */
function Late() {
  const [ready, setReady] = useState(false);
  return ready ? <h1>Late page</h1> : <button onClick={() => setReady(true)}>load</button>;
}

function Verify() {
  const navigate = useNavigate();
  return (
    <>
      <h1>Verify</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void navigate('/verify/OCOP-1');
        }}
      >
        <button type="submit">Check</button>
      </form>
    </>
  );
}

function setup(initial = '/') {
  const router = createMemoryRouter(
    [
      {
        element: <Frame />,
        children: [
          { path: '/', element: <h1>Home page</h1> },
          { path: '/products', element: <h1>Products page</h1> },
          { path: '/late', element: <Late /> },
          { path: '/verify', element: <Verify /> },
          { path: '/verify/:n', element: <Verify /> },
        ],
      },
    ],
    { initialEntries: [initial] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('useFocusHeadingOnNavigation', () => {
  it('leaves the first page alone, then focuses the heading of each new page', async () => {
    setup();
    expect(document.activeElement).toBe(document.body);
    await userEvent.click(screen.getByRole('link', { name: 'Products' }));
    const heading = screen.getByRole('heading', { name: 'Products page' });
    expect(document.activeElement).toBe(heading);
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('waits for a heading that comes later', async () => {
    const router = setup();
    await act(() => router.navigate('/late'));
    expect(document.activeElement).toBe(document.body);
    await act(async () => screen.getByRole('button', { name: 'load' }).click());
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Late page' }));
  });

  it('keeps the focus on a change of the query string and on a form’s own navigation', async () => {
    setup('/products');
    const search = screen.getByRole('link', { name: 'Search' });
    await userEvent.click(search);
    expect(document.activeElement).toBe(search);

    const router = setup('/verify');
    const check = screen.getAllByRole('button', { name: 'Check' }).at(-1)!;
    await userEvent.click(check);
    expect(router.state.location.pathname).toBe('/verify/OCOP-1');
    expect(document.activeElement).not.toBe(screen.getAllByRole('heading', { name: 'Verify' }).at(-1));
  });
});
