'use client';
// The interactive reference, drawn by Scalar from /api/v1/openapi.json. Everything it needs is in
// this app's own bundle: no web fonts, telemetry, AI agent or request proxy of Scalar's, so the page
// keeps the site's Content-Security-Policy (scripts by nonce, connections to this origin only).
import './zod-jitless';
import { ApiReferenceReact } from '@scalar/api-reference-react';
import '@scalar/api-reference-react/style.css';

const configuration: Parameters<typeof ApiReferenceReact>[0]['configuration'] = {
  url: '/api/v1/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: 'never',
  documentDownloadType: 'json',
  hideClientButton: true,
  // The curl of each operation is the recorded one (x-codeSamples), with real parameters; Scalar's
  // own would compete with it as the default. Its snippets for other languages stay.
  hiddenClients: { shell: ['curl'] },
  defaultOpenFirstTag: true,
  // Follow the system, as the rest of the site does.
  darkMode: typeof window !== 'undefined' && window.matchMedia('(prefers-color-scheme: dark)').matches,
  authentication: { preferredSecurityScheme: 'apiKey' },
  // Scalar's secondary greys are below WCAG AA (#8e8e8e on white is 3.3:1): darker in light mode,
  // lighter in dark mode, so its small print reads at 4.5:1 or more like the rest of the site.
  customCss: `
    .light-mode { --scalar-color-2: #595959 !important; --scalar-color-3: #616161 !important; --scalar-color-accent: #0062c4 !important; }
    .dark-mode { --scalar-color-2: #b4b4b4 !important; --scalar-color-3: #a0a0a0 !important; }
  `,
};

export default function ApiReference() {
  return <ApiReferenceReact configuration={configuration} />;
}
