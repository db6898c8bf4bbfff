import { useNavigate, useRouterState } from '@tanstack/react-router';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { StatusMessage } from './StatusMessage';

/** A message handed over by the page we came from in the history state (e.g. "registered"), shown once. */
export function useFlash(): [string | null, () => void] {
  const flash = useRouterState({ select: (s) => s.location.state.flash });
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(flash ?? null);
  useEffect(() => {
    // Forget it in the history entry too, so a reload does not say it again.
    if (flash) void navigate({ to: '.', search: (prev) => prev, state: {}, replace: true, resetScroll: false });
  }, [flash, navigate]);
  return [message, () => setMessage(null)];
}

type PageMessageProps = { message: string | null; onClose: () => void; scrollRef: RefObject<HTMLDivElement | null> };

/**
 * The confirmation shown at the top of a record's page: the flash from the page we came from,
 * or the latest `setMessage` (which is brought into view, as it is often for something done far down).
 */
export function usePageMessage(): { setMessage: (message: string | null) => void; messageProps: PageMessageProps } {
  const [message, setMessage] = useState<string | null>(null);
  const [flash, clearFlash] = useFlash();
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) scrollRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [message]);
  const onClose = () => (message ? setMessage(null) : clearFlash());
  return { setMessage, messageProps: { message: message ?? flash, onClose, scrollRef } };
}

/** Renders the message of `usePageMessage`. */
export function PageMessage({ message, onClose, scrollRef }: PageMessageProps) {
  return (
    <div ref={scrollRef} style={{ scrollMarginTop: 84 }}>
      <StatusMessage message={message} onClose={onClose} />
    </div>
  );
}
