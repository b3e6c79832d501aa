# syntax=docker/dockerfile:1
# The Syncraft server, serving the designer: docker build -t syncraft . (docs/server.md, "Run in production")

ARG NODE_VERSION=20

# ---- build: the whole workspace, its dev tools, the designer and the server built ----
FROM node:${NODE_VERSION}-bookworm AS build
# Native addons compile against the image's own Node headers when no prebuilt binary can be fetched.
ENV CI=true \
    npm_config_nodedir=/usr/local
RUN npm install -g pnpm@12.21.0
WORKDIR /src
# Packages from the lockfile alone (pnpm fetch): this layer is reused until the lockfile changes,
# whatever workspace packages come and go.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN pnpm fetch
COPY . .
RUN pnpm install --offline --frozen-lockfile
RUN pnpm --filter @syncraft/designer --filter @syncraft/server run build
# The production tree: the server's one module, the designer's static files, and the only packages
# the bundle leaves outside (server/dist/package.json: the SQLite driver and what it needs), copied
# from the install above: the lockfile's versions, with the addon built for this image.
RUN mkdir -p /app \
 && cp -R server/dist /app/server \
 && cp -R designer/dist /app/designer \
 && node server/scripts/production-modules.mjs /app/server

# ---- runtime: built JavaScript and production packages only, run as a user without rights ----
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=4310 \
    HOST=0.0.0.0 \
    SYNCRAFT_DATA_DIR=/data \
    SYNCRAFT_DESIGNER_DIR=/app/designer
WORKDIR /app
COPY --from=build /app /app
# The SQLite file (when DATABASE_URL is unset) and the dev secret live in /data, owned by `node`.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4310
# Ready = the database answers and every migration ran (503 while shutting down).
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4310)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 and handles SIGTERM itself: drains requests and event streams, closes the pool, exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "server/main.js"]
