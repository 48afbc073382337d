import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstPaintBootScript } from './client/src/features/library/first-paint-boot.ts';

// The client lives in client/; the server serves dist/client in production.
export default defineConfig({
  root: 'client',
  plugins: [
    react(),
    // LF14: the library's first paint is shown by a script inlined in the page, before the app loads.
    {
      name: 'metmap-first-paint',
      transformIndexHtml: {
        order: 'post',
        // The script waits for the stylesheets before it: they go first in <head>, so they are not
        // fetched (through the service worker) behind the fifteen scripts the build preloads.
        handler(html) {
          const stylesheets = html.match(/<link rel="stylesheet"[^>]*>\s*/g) ?? [];
          const withoutThem = stylesheets.reduce((page, link) => page.replace(link, ''), html);
          const firstScript = withoutThem.search(/<script type="module"/);
          const head = firstScript === -1 ? withoutThem : withoutThem.slice(0, firstScript) + stylesheets.join('') + withoutThem.slice(firstScript);
          return { html: head, tags: [{ tag: 'script', children: firstPaintBootScript(), injectTo: 'body' }] };
        },
      },
    },
    // Service worker (generateSW): precaches the app shell and every hashed asset, so a reload with
    // the network off still opens the app. The page registers it itself (client/src/lib/service-worker.ts).
    VitePWA({
      strategies: 'generateSW',
      // A new version waits until the user agrees: reloading on its own could stop a practice session.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        name: 'MetMap',
        short_name: 'MetMap',
        description: 'Map your songs into sections, practise them with a metronome, and keep a practice log. Works offline.',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f7f5f2',
        theme_color: '#5b3fd1',
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Client-side routes open the precached shell; server paths must always reach the network.
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/sync(\/|$)/, /^\/healthz$/],
        cleanupOutdatedCaches: true,
        // The first visit is offline-capable at once; an update still waits for the user (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true },
  server: {
    // In `npm run dev`, Vite proxies API and sync traffic to the restarting server.
    proxy: {
      '/api': 'http://127.0.0.1:3001',
      '/healthz': 'http://127.0.0.1:3001',
      '/sync': { target: 'ws://127.0.0.1:3001', ws: true },
    },
  },
});
