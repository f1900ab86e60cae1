import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { SetPasswordPage } from '../auth/SetPasswordPage';
import { SignInPage } from '../auth/SignInPage';
import { SsoDonePage } from '../auth/SsoDonePage';
import { useSession } from '../auth/session';
import { AppShell } from '../shell/AppShell';
import { EmptyState, Loading } from '../ui/states';
import { pagesFor } from './pages';

/** Sign-in and setting a password from a link outside the shell; inside it, only the pages of the signed-in role. */
export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/sign-in/sso" element={<SsoDonePage />} />
        <Route path="/set-password" element={<SetPasswordPage />} />
        <Route path="*" element={<SignedInRoutes />} />
      </Routes>
    </BrowserRouter>
  );
}

function SignedInRoutes() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'checking') return <Loading what="your session" />;
  if (state.status === 'signed-out') {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  const pages = pagesFor(state.user.role);
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={pages.length ? <Navigate to={pages[0].path} replace /> : <NoPages />} />
        {pages.map((page) => (
          <Route key={page.path} path={`${page.path}/*`} element={<page.component />} />
        ))}
        <Route path="*" element={<NotForThisRole />} />
      </Route>
    </Routes>
  );
}

function NotForThisRole() {
  return (
    <EmptyState title="There is no page here for your role.">
      <p>
        The address may be mistyped, or the page belongs to another role.{' '}
        <Link to="/">Go to your first page</Link>.
      </p>
    </EmptyState>
  );
}

function NoPages() {
  return <EmptyState title="Your role has no pages yet.">Ask an admin which role you need.</EmptyState>;
}
