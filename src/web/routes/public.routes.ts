/** Public pages, reached without login: the proposal and membership forms, the invitation, the public IOP page and the newsletter links. */
import { validateTokenSearch } from '../features/newsletter/newsletter.search';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from './shell';

// The public proposal form (IOP-10) needs no login.
export const publicProposalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/foresla-samverkan',
  component: lazyRouteComponent(() => import('../features/public-proposal/ProposalPage'), 'ProposalPage'),
});

// Issue 15: an invited person accepts a partner account; the token is in the fragment, never sent to a server.
export const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inbjudan',
  component: lazyRouteComponent(() => import('../features/partner-accounts/InvitationPage'), 'InvitationPage'),
});

// EMP-1: the public application for membership of Integrationspakten needs no login.
export const publicMembershipApplicationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/ansok/integrationspakten',
  component: lazyRouteComponent(() => import('../features/employers/PublicApplicationPage'), 'PublicApplicationPage'),
});

// The public IOP page (IOP-10, OVR-3) needs no login either.
export const publicIopRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/offentligt/iop',
  component: lazyRouteComponent(() => import('../features/public-iop/PublicIopPage'), 'PublicIopPage'),
});

// The newsletter's confirmation and unsubscribe links (IOP-10) lead to public pages, without login.
export const newsletterConfirmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/offentligt/nyhetsbrev/bekrafta',
  validateSearch: validateTokenSearch,
  component: lazyRouteComponent(() => import('../features/newsletter/NewsletterConfirmPage'), 'NewsletterConfirmPage'),
});

export const newsletterUnsubscribeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/offentligt/nyhetsbrev/avsluta',
  validateSearch: validateTokenSearch,
  component: lazyRouteComponent(() => import('../features/newsletter/NewsletterUnsubscribePage'), 'NewsletterUnsubscribePage'),
});
