# syntax=docker/dockerfile:1
# MetMap: one Node process serving the REST API, the /sync WebSocket and the built client.
# test/deploy/dockerfile-steps.deploy.test.ts performs these steps in a clean folder (no Docker engine
# is needed): keep every RUN of the build stage a plain shell command, and the runtime stage free of RUN
# steps other than preparing the data folder.

# Node 24 is the current LTS line; pin a digest (node:24-bookworm-slim@sha256:…) for reproducible builds.
FROM node:24-bookworm-slim AS build
WORKDIR /app
# Dependencies first, so this layer is rebuilt only when the lock file changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
# Only production dependencies go on: vite, typescript and the `node` devDependency (which supplies
# Node 24 on machines with an older Node) are build tools; the image's own Node runs the server.
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
# Code and dependencies stay owned by root: the server's user can read them but not change them.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/server ./server
COPY --from=build /app/shared ./shared
COPY --from=build /app/migrations ./migrations
# The embedded PGlite database (used when DATABASE_URL is unset) lives here; the only writable path.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself is PID 1 (not npm), so SIGTERM reaches the server's graceful shutdown.
CMD ["node", "--expose-gc", "server/main.ts"]
