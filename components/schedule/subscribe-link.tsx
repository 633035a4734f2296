'use client';
// "Subscribe": a webcal:// link (a phone's calendar app subscribes to it and keeps it current). The
// server renders the https address; the browser swaps in webcal:// with its own host.
import { useEffect, useState } from 'react';

export function SubscribeLink({ path, label = 'Subscribe to calendar' }: { path: string; label?: string }) {
  const [href, setHref] = useState(path);
  useEffect(() => {
    setHref(`webcal://${window.location.host}${path}`);
  }, [path]);
  return (
    <a href={href} className="text-sm text-brand-600 hover:underline dark:text-brand-500" data-testid="subscribe-calendar">
      {label}
    </a>
  );
}
