'use client';
// Scalar's bundle is large and drives the DOM itself: it loads in the browser, on this page only.
import dynamic from 'next/dynamic';

const ApiReference = dynamic(() => import('./api-reference'), {
  ssr: false,
  loading: () => <p className="text-sm text-zinc-500">Loading the API reference…</p>,
});

export function ApiReferenceLoader() {
  return (
    // Scalar's sticky sidebar and bars start below the site's sticky header (h-14 and its border).
    <div data-testid="api-reference" className="-mx-4 [--scalar-custom-header-height:calc(3.5rem+1px)] sm:-mx-6">
      <ApiReference />
    </div>
  );
}
