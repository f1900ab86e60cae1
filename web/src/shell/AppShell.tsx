import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { pagesFor } from '../app/pages';
import { useSession, useUser } from '../auth/session';
import { roleLabel } from '../auth/roles';
import { Loading } from '../ui/states';

/** Header, the role's navigation and the current page; each page loads as its own chunk. */
export function AppShell() {
  const user = useUser();
  const { signOut } = useSession();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <span className="brand" aria-label="FrameLedger">
          <span className="brand__mark" aria-hidden="true">
            F
          </span>
          FrameLedger
        </span>
        <div className="shell__user">
          <span>
            <span className="shell__name">{user.displayName}</span>
            <span className="role-badge" data-testid="current-role">
              {roleLabel(user.role)}
            </span>
          </span>
          <button type="button" className="button button--quiet" onClick={() => signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <nav className="shell__nav" aria-label="Pages">
        <ul>
          {pagesFor(user.role).map((page) => (
            <li key={page.path}>
              <NavLink to={page.path} className="nav-link">
                <span className="nav-link__label">{page.label}</span>
                <span className="nav-link__hint">{page.hint}</span>
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
