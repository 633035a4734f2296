'use client';
// A coach's upload form on their team page: the file goes as the request body (XMLHttpRequest, so
// the bar shows the upload's progress); the server checks what it really is.
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';

const kinds = [
  ['logo', 'Team logo'],
  ['photo', 'Photo'],
  ['video', 'Video'],
  ['document', 'Document (PDF)'],
] as const;

export function MediaUpload({ teamId }: { teamId: number }) {
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return setMessage({ ok: false, text: 'Choose a file first.' });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/media?kind=${form.get('kind')}&team_id=${teamId}`);
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (ev) => ev.lengthComputable && setProgress(Math.round((ev.loaded / ev.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      if (xhr.status === 201) {
        setMessage({ ok: true, text: `${file.name} uploaded.` });
        router.refresh();
        return;
      }
      let text = `Upload failed (${xhr.status}).`;
      try {
        text = (JSON.parse(xhr.responseText) as { error: { message: string } }).error.message;
      } catch {}
      setMessage({ ok: false, text });
    };
    xhr.onerror = () => {
      setProgress(null);
      setMessage({ ok: false, text: 'The upload did not reach the server; check the connection and try again.' });
    };
    setMessage(null);
    setProgress(0);
    xhr.send(file);
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" data-testid="media-upload">
      <label className="text-sm">
        <span className="block text-zinc-600 dark:text-zinc-400">Kind</span>
        <select name="kind" className="rounded-md border border-zinc-300 px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900">
          {kinds.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="block text-zinc-600 dark:text-zinc-400">File</span>
        <input
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp,video/mp4,video/webm,video/quicktime,application/pdf"
        />
      </label>
      <Button type="submit" disabled={progress !== null}>
        Upload
      </Button>
      {progress !== null ? (
        <progress value={progress} max={100} aria-label="Upload progress" className="h-2 w-40">
          {progress}%
        </progress>
      ) : null}
      {message ? (
        <p
          role="status"
          className={`w-full text-sm ${message.ok ? 'text-zinc-600 dark:text-zinc-400' : 'text-red-700 dark:text-red-400'}`}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
