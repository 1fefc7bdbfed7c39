import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The gateway serves the built files at /dashboard (see gateway/src/dashboard.ts),
 * so every asset URL starts there and the app works with no network beyond the gateway.
 */
export default defineConfig({
  base: '/dashboard/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Recharts is most of the bundle; one chunk keeps the gateway's route table short.
    chunkSizeWarningLimit: 1200,
  },
  logLevel: 'warn',
});
