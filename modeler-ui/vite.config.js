import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The build lands in the jar's META-INF/resources, which Spring Boot serves as static content.
export default defineConfig({
  build: {
    outDir: resolve(import.meta.dirname, 'target/classes/META-INF/resources'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        login: resolve(import.meta.dirname, 'login.html'),
        forbidden: resolve(import.meta.dirname, 'forbidden.html')
      }
    }
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/engine-rest': 'http://localhost:8080'
    }
  }
});
