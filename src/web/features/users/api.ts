import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from '../../../shared/http/pagination.schemas';
import type { Role } from '../../../shared/users/roles';
import type {
  CreateUserInput,
  UpdateUserInput,
  UserListItemView,
  UserView,
  UserWithPasswordView,
} from '../../../shared/users/user.schemas';
import { apiGet, apiPatch, apiPost, isApiError, withQuery } from '../../api/client';

export type UserListParams = {
  q?: string;
  role?: Role;
  status?: UserView['status'];
  limit: number;
  cursor?: string;
};

const usersKey = ['users'] as const;

/** A page of users matching search text, role and status. */
export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...usersKey, 'list', params],
    queryFn: ({ signal }) => apiGet<Page<UserListItemView>>(withQuery('/api/users', params), signal),
    // Keep the current rows on screen while the next page or filter loads.
    placeholderData: keepPreviousData,
  });
}

function useUserMutation<TInput, TResult>(call: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
    // Someone else changed the user: fetch the current version so a retry can succeed.
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: usersKey });
    },
  });
}

/** Creates a user; the answer holds a temporary password when none was given. */
export function useCreateUser() {
  return useUserMutation((input: CreateUserInput) => apiPost<UserWithPasswordView>('/api/users', input));
}

/** Edits name, e-mail address and roles. */
export function useUpdateUser() {
  return useUserMutation(({ id, ...input }: UpdateUserInput & { id: string }) =>
    apiPatch<UserView>(`/api/users/${encodeURIComponent(id)}`, input),
  );
}

export type UserAction = 'disable' | 'enable' | 'reset-password';

/** Disables, enables or resets the password of a user at the version the admin saw. */
export function useUserAction() {
  return useUserMutation(({ user, action }: { user: UserView; action: UserAction }) =>
    apiPost<UserView | UserWithPasswordView>(`/api/users/${encodeURIComponent(user.id)}/${action}`, {
      version: user.version,
    }),
  );
}
