import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SessionProvider } from './auth/session';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element.');
createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);
