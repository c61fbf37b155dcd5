import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The portal and the back office are one single-page app under src/web, built to
// dist/web, which the server serves (src/server/plugins/web.ts). In development
// `npx vite` serves it with hot reload and passes /api to a running server.
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '^/api/': { target: apiTarget, changeOrigin: false } },
  },
});
