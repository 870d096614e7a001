# syntax=docker/dockerfile:1
# The gateway's image, built from the repository's root:
#   docker build -f deploy/gateway.Dockerfile -t integra/gateway .
# Configuration comes from the environment (docs/operators.md); one gateway process per container:
# run more containers rather than GATEWAY_WORKERS, so each replica's /metrics is all of it.
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
# The image's `node` user, by number so that Kubernetes can check runAsNonRoot.
USER 1000:1000
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "dist/scripts/healthcheck.js", "gateway"]
# As `npm run start:gateway`: 32 MiB semi-spaces (GATEWAY_SEMI_SPACE_MIB's default; V8 reads the
# flag only when the heap is created).
CMD ["node", "--max-semi-space-size=32", "dist/gateway/src/main.js"]
