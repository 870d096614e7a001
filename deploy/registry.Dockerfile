# syntax=docker/dockerfile:1
# The schema registry's image, built from the repository's root:
#   docker build -f deploy/registry.Dockerfile -t integra/registry .
# It carries every subgraph's SDL, which a fresh registry publishes (REGISTRY_SEED_SUBGRAPHS).
ARG NODE_VERSION=20

# better-sqlite3 compiles from source where no prebuilt binary can be downloaded.
FROM node:${NODE_VERSION}-bookworm-slim AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./

# Every package, devDependencies included, then the production build (dist/). The development
# private keys stay out of every image; their public halves stay: production refuses what they signed.
FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && rm dist/dev-keys/*/private-key.jwk.json

# The runtime packages alone, installed where the compilers are, so that none reaches the image.
FROM toolchain AS packages
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=true INTEGRA_HOST=0.0.0.0
WORKDIR /app
COPY --from=packages /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/dist ./dist
# Writable by the process only for an embedded SQLite database (data/registry.sqlite), when no
# REGISTRY_DATABASE_URL is set: a trial, not a deployment.
RUN mkdir data && chown 1000:1000 data
# The image's `node` user, by number so that Kubernetes can check runAsNonRoot.
USER 1000:1000
EXPOSE 4100
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "dist/scripts/healthcheck.js", "registry"]
CMD ["node", "dist/registry/src/main.js"]
