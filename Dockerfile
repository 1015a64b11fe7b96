# syntax=docker/dockerfile:1
# Node 22: a few dependencies (file-type, cookie) declare node >= 22; the code also runs on 20.19+.
# One image for both processes: the API (default command) and the worker (node dist/src/worker.js),
# and for the backup and restore commands (node dist/src/cli/backup.js, node dist/src/cli/restore.js).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# npm install, not npm ci: the lockfile cannot list other platforms' optional packages (see .ci/run).
RUN npm install --no-fund --no-audit
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY migrations migrations
COPY web web
RUN npm run build && npm run web:build && npm prune --omit=dev

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production
# pg_dump and pg_restore for the backup and restore commands (the `backup` service of docker-compose.yml).
# pg_dump refuses a server of a newer major version and Debian 12 ships 15, so the client comes from
# the PostgreSQL project's own repository, in the major version of the compose file's server (16).
ARG POSTGRES_CLIENT_MAJOR=16
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && install -d /usr/share/postgresql-common/pgdg \
 && curl -fsSL -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc https://www.postgresql.org/media/keys/ACCC4CF8.asc \
 && echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" \
      > /etc/apt/sources.list.d/pgdg.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-${POSTGRES_CLIENT_MAJOR} \
 && apt-get purge -y curl && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/dist-web dist-web
RUN mkdir -p /app/var/storage /app/var/backups && chown -R node:node /app/var
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/src/main.js"]
