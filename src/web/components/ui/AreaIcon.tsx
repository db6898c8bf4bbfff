import type { ReactNode } from 'react';
import type { AreaKey } from '../../app/areas.config';

export type IconArea = AreaKey | 'home' | 'administration' | 'rules';

// Simple line drawings in one 24×24 grid so the menu and the cards look of a piece.
const paths: Record<IconArea, ReactNode> = {
  home: <path d="M3 11 12 4l9 7M5 10v10h5v-6h4v6h5V10" />,
  organisations: (
    <>
      <path d="M4 21V7l8-4 8 4v14" />
      <path d="M9 21v-5h6v5M8 10h.01M12 10h.01M16 10h.01" />
    </>
  ),
  initiatives: (
    <>
      <path d="M9 18h6M10 21h4" />
      <path d="M12 3a6 6 0 0 0-3.5 10.9c.6.4 1 1.2 1 2V16h5v-.1c0-.8.4-1.6 1-2A6 6 0 0 0 12 3Z" />
    </>
  ),
  review: (
    <>
      <rect x="4" y="4" width="16" height="17" rx="2" />
      <path d="M9 2.5h6v3H9zM8 11l2 2 4-4M8 17h8" />
    </>
  ),
  cooperations: (
    <>
      <circle cx="8.5" cy="12" r="5" />
      <circle cx="15.5" cy="12" r="5" />
    </>
  ),
  employers: (
    <>
      <rect x="3" y="8" width="18" height="12" rx="2" />
      <path d="M9 8V5.5A1.5 1.5 0 0 1 10.5 4h3A1.5 1.5 0 0 1 15 5.5V8M3 13h18M11 13v2h2v-2" />
    </>
  ),
  steeringGroups: (
    <>
      <circle cx="12" cy="7" r="3" />
      <circle cx="5" cy="10" r="2.2" />
      <circle cx="19" cy="10" r="2.2" />
      <path d="M6.5 20c0-3.3 2.5-6 5.5-6s5.5 2.7 5.5 6M1.8 18c.3-2 1.6-3.5 3.2-3.5M22.2 18c-.3-2-1.6-3.5-3.2-3.5" />
    </>
  ),
  annualReviews: (
    <>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4M9 15l2 2 4-4" />
    </>
  ),
  partnerReports: (
    <>
      <rect x="4" y="3" width="16" height="18" rx="2" />
      <path d="M8 8h8M8 12h8M8 16h4M15 16l1.5 1.5L19 15" />
    </>
  ),
  portalOrganisation: (
    <>
      <path d="M4 21V7l8-4 8 4v14" />
      <path d="M9 21v-5h6v5M8 10h.01M12 10h.01M16 10h.01" />
    </>
  ),
  portalCooperations: (
    <>
      <circle cx="8.5" cy="12" r="5" />
      <circle cx="15.5" cy="12" r="5" />
    </>
  ),
  portalSteeringGroups: (
    <>
      <circle cx="12" cy="7" r="3" />
      <circle cx="5" cy="10" r="2.2" />
      <circle cx="19" cy="10" r="2.2" />
      <path d="M6.5 20c0-3.3 2.5-6 5.5-6s5.5 2.7 5.5 6M1.8 18c.3-2 1.6-3.5 3.2-3.5M22.2 18c-.3-2-1.6-3.5-3.2-3.5" />
    </>
  ),
  partnerReporting: (
    <>
      <path d="M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9Z" />
      <path d="M14 3v6h6M12 18v-6M9 15l3-3 3 3" />
    </>
  ),
  deviations: (
    <>
      <path d="M12 3 2 20h20L12 3Z" />
      <path d="M12 10v4M12 17h.01" />
    </>
  ),
  jobTracks: (
    <>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M9 7V5a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2v2M3 13h18" />
    </>
  ),
  vidaPayouts: (
    <>
      <rect x="3" y="6" width="18" height="13" rx="2" />
      <path d="M3 10h18M7 15h4M15 15h2" />
    </>
  ),
  committeeReport: (
    <>
      <path d="M4 20h16" />
      <path d="M7 20v-6M12 20V6M17 20v-9" />
    </>
  ),
  partnerPeople: (
    <>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5M17 8v6M14 11h6" />
    </>
  ),
  newsletter: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="m3 7 9 6 9-6" />
    </>
  ),
  rules: (
    <>
      <path d="M4 19V5a2 2 0 0 1 2-2h14v15H6a2 2 0 0 0-2 2Zm0 0a2 2 0 0 0 2 2h14v-3" />
      <path d="M9 7.5h7M9 11h5" />
    </>
  ),
  administration: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1" />
    </>
  ),
};

/** The line icon of an area of Samverkan; decorative, so hidden from assistive technology. */
export function AreaIcon({ area, size = 20 }: { area: IconArea; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[area]}
    </svg>
  );
}
