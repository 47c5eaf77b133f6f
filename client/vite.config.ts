// The steward client's build (npm run build, and npm start when client/dist is
// stale) and dev server (npm run dev). In development the API runs on its own
// port; proxying its paths keeps the browser on one origin, so the session in
// localStorage is shared with GraphiQL exactly as in production.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const clientRoot = fileURLToPath(new URL(".", import.meta.url));
const apiUrl = process.env.API_URL ?? "http://127.0.0.1:3000";
const apiPaths = ["/graphql", "/graphiql", "/ruru-static", "/healthz", "/readyz"];

export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(apiPaths.map((path) => [path, { target: apiUrl }])),
  },
});
