import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';

/**
 * Like `usePageMessage`, but takes the flash only while the address is still `pathname`: the body
 * page stays mounted for a moment after "Nytt möte" navigates to the meeting, and must not eat
 * the meeting page's "Mötet har registrerats".
 */
export function usePathPageMessage(pathname: string) {
  const location = useRouterState({ select: (s) => s.location });
  const ours = location.pathname === pathname;
  const flash = ours ? location.state.flash : undefined;
  const navigate = useNavigate();
  const [taken, setTaken] = useState<string | null>(flash ?? null);
  const [message, setMessage] = useState<string | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!flash) return;
    setTaken(flash);
    void navigate({ to: '.', search: (prev) => prev, state: {}, replace: true, resetScroll: false });
  }, [flash, navigate]);
  useEffect(() => {
    if (message) scrollRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [message]);
  const onClose = () => (message ? setMessage(null) : setTaken(null));
  return { setMessage, messageProps: { message: message ?? taken, onClose, scrollRef } };
}
