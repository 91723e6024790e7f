import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';

const page = (name) => resolve(import.meta.dirname, name);

/**
 * Tests only: the properties panel imports its bundled preact by relative paths, which Node-style
 * resolution sends to the CommonJS files while other imports get the ES modules. Two preact
 * copies break hooks, so every preact file resolves to its ES module build.
 */
const onePreact = {
  name: 'one-preact',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!/preact/.test(source) && !/properties-panel/.test(importer || '')) {
      return null;
    }
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const cjs = resolved && /properties-panel\/preact\/(.*\/)?dist\/(\w+)\.js$/.exec(resolved.id);
    if (!cjs || resolved.id.endsWith('.module.js')) {
      return resolved;
    }
    const moduleId = resolved.id.replace(/\.js$/, '.module.js');
    return existsSync(moduleId) ? { ...resolved, id: moduleId } : resolved;
  }
};
const esm = (name) => resolve(import.meta.dirname, 'node_modules', name, 'dist/index.esm.js');

// One entry per page. The build lands in the jar's META-INF/resources, which Spring Boot
// serves as static content.
export default defineConfig({
  plugins: process.env.VITEST ? [onePreact] : [],
  build: {
    outDir: resolve(import.meta.dirname, 'target/classes/META-INF/resources'),
    emptyOutDir: true,
    // the modeler page is bpmn-js with the properties panel: one large chunk, on purpose
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        index: page('index.html'),
        login: page('login.html'),
        forbidden: page('forbidden.html'),
        modeler: page('modeler.html'),
        tasklist: page('tasklist.html'),
        dashboard: page('dashboard.html'),
        admin: page('admin.html')
      }
    }
  },
  server: {
    // the blueprint moddle descriptor lives in ../blueprints
    fs: { allow: [resolve(import.meta.dirname, '..')] },
    // `npm run dev` serves the pages and sends API calls to a running application
    proxy: {
      '/api': process.env.STAGELINE_URL || 'http://localhost:8080',
      '/engine-rest': process.env.STAGELINE_URL || 'http://localhost:8080'
    }
  },
  test: {
    include: ['test/*.spec.js'],
    environment: 'node',
    setupFiles: ['test/dom-setup.js'],
    // a whole modeler with its properties panel per test, on a shared two-core machine
    testTimeout: 30000,
    // bpmn-io packages import without file extensions: let Vite resolve them, and take their
    // ES module builds (their CommonJS builds would load bpmn-js outside Vite)
    server: { deps: { inline: true } },
    alias: [
      { find: /^bpmn-js-properties-panel$/, replacement: esm('bpmn-js-properties-panel') },
      { find: /^@bpmn-io\/properties-panel$/, replacement: esm('@bpmn-io/properties-panel') }
    ]
  }
});
