import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  NewsletterConfirmResult,
  NewsletterItemInput,
  NewsletterItemUpdateInput,
  NewsletterItemView,
  NewsletterOverview,
  NewsletterSubscribeInput,
  NewsletterSubscribeReceipt,
  NewsletterUnsubscribeResult,
  PublicNewsView,
} from '../../../shared/newsletter/newsletter.schemas';
import { apiGet, apiPatch, apiPost } from '../../api/client';

/** Subscribes an address to the IOP newsletter (IOP-10); the answer is the same whatever the address. */
export function useSubscribe() {
  return useMutation({
    mutationFn: (input: NewsletterSubscribeInput) => apiPost<NewsletterSubscribeReceipt>('/api/public/newsletter/subscriptions', input),
  });
}

/** Confirms a subscription by the token of its link. */
export function useConfirmSubscription() {
  return useMutation({ mutationFn: (token: string) => apiPost<NewsletterConfirmResult>('/api/public/newsletter/confirm', { token }) });
}

/** Unsubscribes by the token of a newsletter mail's link. */
export function useUnsubscribe() {
  return useMutation({ mutationFn: (token: string) => apiPost<NewsletterUnsubscribeResult>('/api/public/newsletter/unsubscribe', { token }) });
}

/** The sent news items, for the public IOP page. */
export function usePublicNews() {
  return useQuery({
    queryKey: ['public-news'],
    queryFn: ({ signal }) => apiGet<PublicNewsView>('/api/public/newsletter/items', signal),
    staleTime: 5 * 60_000,
  });
}

const overviewKey = ['newsletter'] as const;
const itemKey = (id: string) => ['newsletter', 'item', id] as const;

/** The staff's newsletter page: items and subscriber counts. */
export function useNewsletterOverview() {
  return useQuery({ queryKey: overviewKey, queryFn: ({ signal }) => apiGet<NewsletterOverview>('/api/newsletter', signal) });
}

/** One news item. */
export function useNewsletterItem(id: string) {
  return useQuery({ queryKey: itemKey(id), queryFn: ({ signal }) => apiGet<NewsletterItemView>(`/api/newsletter/items/${id}`, signal) });
}

/** Writes a new draft. */
export function useCreateNewsletterItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewsletterItemInput) => apiPost<NewsletterItemView>('/api/newsletter/items', input),
    onSuccess: () => client.invalidateQueries({ queryKey: overviewKey }),
  });
}

/** Changes a draft. */
export function useUpdateNewsletterItem(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewsletterItemUpdateInput) => apiPatch<NewsletterItemView>(`/api/newsletter/items/${id}`, input),
    onSuccess: (view) => {
      client.setQueryData(itemKey(id), view);
      return client.invalidateQueries({ queryKey: overviewKey, exact: true });
    },
  });
}

/** Sends a draft to the confirmed subscribers. */
export function useSendNewsletterItem(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => apiPost<NewsletterItemView>(`/api/newsletter/items/${id}/send`, { version }),
    onSuccess: (view) => {
      client.setQueryData(itemKey(id), view);
      return client.invalidateQueries({ queryKey: overviewKey, exact: true });
    },
  });
}
