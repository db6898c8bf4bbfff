/** Every role a user or an API token can hold (DESIGN.md "Users and what they do"). */
export const ROLES = [
  'officer',
  'manager',
  'review_group',
  'economist',
  'steering_member',
  'partner',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];
