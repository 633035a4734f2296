'use client';
// The interactive reference, drawn by Scalar from /api/v1/openapi.json. Everything it needs is in
// this app's own bundle: no web fonts, telemetry, AI agent or request proxy of Scalar's, so the page
// keeps the site's Content-Security-Policy (scripts by nonce, connections to this origin only).
import { ApiReferenceReact } from '@scalar/api-reference-react';
import '@scalar/api-reference-react/style.css';

const configuration = {
  url: '/api/v1/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: 'never',
  showToolbar: 'never',
  documentDownloadType: 'json',
  hideClientButton: true,
  defaultOpenFirstTag: true,
  // Follow the system, as the rest of the site does.
  darkMode: typeof window !== 'undefined' && window.matchMedia('(prefers-color-scheme: dark)').matches,
  authentication: { preferredSecurityScheme: 'apiKey' },
} as const;

export default function ApiReference() {
  return <ApiReferenceReact configuration={configuration} />;
}
