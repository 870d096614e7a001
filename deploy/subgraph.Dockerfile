# syntax=docker/dockerfile:1
# One partner's subgraph image, built from the repository's root with the subgraph's name:
#   docker build -f deploy/subgraph.Dockerfile --build-arg SUBGRAPH=services -t integra/subgraph-services .
# It listens on the subgraph's default port (schema/subgraphs.ts) unless <PREFIX>_PORT says otherwise.
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

# The image holds its own subgraph only: nothing of another partner's, and the start and health
# commands below find it as the build's only one (scripts/builtSubgraphs.ts).
FROM build AS subgraph
ARG SUBGRAPH
RUN test -n "${SUBGRAPH}" && test -f "dist/subgraphs/${SUBGRAPH}/src/main.js" \
  || { echo "--build-arg SUBGRAPH=<name> must name a folder of subgraphs/, got '${SUBGRAPH}'" >&2; exit 1; }
RUN find dist/subgraphs -mindepth 1 -maxdepth 1 ! -name "${SUBGRAPH}" -exec rm -rf {} +

# The runtime packages alone, installed where the compilers are, so that none reaches the image.
FROM toolchain AS packages
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=true INTEGRA_HOST=0.0.0.0
WORKDIR /app
COPY --from=packages /app/node_modules ./node_modules
COPY --from=build /app/package.json ./
COPY --from=subgraph /app/dist ./dist
# Writable by the process only for an embedded SQLite database (data/<name>.sqlite), when no
# <PREFIX>_DATABASE_URL is set: a trial, not a deployment.
RUN mkdir data && chown 1000:1000 data
# The image's `node` user, by number so that Kubernetes can check runAsNonRoot.
USER 1000:1000
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "dist/scripts/healthcheck.js", "subgraph"]
CMD ["node", "dist/scripts/startSubgraph.js"]
