import '@mantine/core/styles.css';
import './app/global.css';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setCsrfToken } from './api/client';
import { AppProviders } from './app/AppProviders';
import { initI18n } from './app/i18n/i18n.config';
import { createQueryClient } from './app/query-client.factory';
import { sessionKey } from './features/auth/api';
import { createAppRouter } from './router';

const i18n = initI18n();

// The callbacks run only after a request fails, long after `router` below is initialised.
const queryClient = createQueryClient({
  onSessionLost: () => {
    // Several queries may fail at once when a session ends; send the user to login only once.
    if (!queryClient.getQueryData(sessionKey)) return;
    setCsrfToken(null);
    queryClient.setQueryData(sessionKey, null);
    const here = router.state.location.href;
    void router.navigate({ to: '/login', search: { reason: 'expired', ...(here ? { redirect: here } : {}) } });
  },
  onPasswordChangeRequired: () => {
    // Reload the session (now marked mustChangePassword) so the router guard agrees.
    void queryClient.invalidateQueries({ queryKey: sessionKey }).then(() => router.navigate({ to: '/change-password' }));
  },
  onTwoFactorEnrolmentRequired: () => {
    // Reload the session (now asking for enrolment) so the router guard agrees.
    void queryClient.invalidateQueries({ queryKey: sessionKey }).then(() => router.navigate({ to: '/two-factor' }));
  },
});
const router = createAppRouter(queryClient);

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
