# syntax=docker/dockerfile:1
# The bot in a container: `docker build -t article-qa-bot .` then
# `docker run --env-file .env article-qa-bot` (polling) or with WEBHOOK_URL, WEBHOOK_SECRET and `-p 8080:8080`.
# The steps are the commands the project's own set-up and tests run: npm ci, npm run build, node dist/main.js.

# Node 24: the newest line package.json's engines accept and the test suite was run on (20 is past its end of life).
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: compilers for nodejieba's native addon, dev dependencies for tsc; the derived caches are made here.
FROM ${NODE_IMAGE} AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
# The npm package.json pins: an older one (the image's own may be) ignores allowScripts, and .npmrc's
# engine-strict makes npm ci refuse to run with it.
RUN npm install -g npm@11.19.1
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
# tsc to dist/ and the jieba/CC-CEDICT caches to .cache/, so that the container's first start is a warm one;
# then the dev dependencies (typescript, tsx, vitest…) go, and the sources with them.
RUN npm run build \
  && npm prune --omit=dev \
  && rm -rf src scripts tsconfig*.json

# ---- runtime: no compilers, no npm run, a user without rights over the program.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HEALTH_PORT=8081
WORKDIR /app
# Root owns the program (read-only for the bot); the bot owns its cache folder, in case a file must be remade.
COPY --from=build /app /app
RUN chown -R node:node /app/.cache
USER node
# 8080: the webhook (PORT), with GET /healthz on it; 8081: /healthz in polling mode (HEALTH_PORT).
EXPOSE 8080 8081
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD ["node", "-e", "const p = process.env.WEBHOOK_URL ? (process.env.PORT || 8080) : process.env.HEALTH_PORT; fetch(`http://127.0.0.1:${p}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1's program: SIGTERM from `docker stop` reaches the bot, which finishes what is in flight.
CMD ["node", "dist/main.js"]
