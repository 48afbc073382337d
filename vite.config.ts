import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client lives in client/; the server serves dist/client in production.
export default defineConfig({
  root: 'client',
  plugins: [react()],
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
