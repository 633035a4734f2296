'use client';
// A start time in the reader's own time zone. The server does not know that zone, so it renders
// UTC and the browser rewrites it once mounted.
import { useEffect, useState } from 'react';

export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => `${iso.slice(11, 16)} UTC`);
  useEffect(() => {
    setText(new Date(iso).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }));
  }, [iso]);
  return <time dateTime={iso}>{text}</time>;
}
