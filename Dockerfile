# syntax=docker/dockerfile:1
#
# vnet-probe: an esbuild bundle on distroless Node.js 24, non-root (uid 65532), read-only friendly.
#
#   docker build -t vnet-probe .
#   docker run --rm --read-only --cap-drop ALL vnet-probe run --check tcp://10.0.1.4:443
#   docker run -d --read-only --cap-drop ALL -p 9464:9464 -v ./config.yaml:/etc/vnet-probe/config.yaml:ro \
#     vnet-probe serve --config /etc/vnet-probe/config.yaml
#
# The base images follow Node 24's patch releases; pin them by digest (FROM image@sha256:...) where
# builds must be reproducible. `npm run test:container` builds this file with local stand-ins
# under these exact names, so keep them literal (no ARG in FROM).

FROM node:24-bookworm-slim AS build
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
WORKDIR /src
COPY package.json package-lock.json ./
# Dev dependencies included: the type-checker and esbuild run here, and nothing of node_modules
# reaches the runtime image. Behind a TLS-inspecting proxy, hand its CA to npm as a build secret
# (it stays out of the layers): docker build --secret id=npm_ca,src=/path/to/proxy-ca.pem .
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    --mount=type=secret,id=npm_ca \
    if [ -s /run/secrets/npm_ca ]; then export NODE_EXTRA_CA_CERTS=/run/secrets/npm_ca; fi \
 && npm ci --loglevel=error
# Sources, tests and scripts (.dockerignore is an allow-list): the type-check covers what
# `npm run typecheck` covers; only the bundle leaves this stage.
COPY . .
RUN npm run typecheck && npm run build
# The runtime tree, laid out here because distroless has no shell: the bundle (its shebang set to
# distroless' node), the JSON Schema, and `vnet-probe` on PATH for commands that replace the
# entrypoint (ACI's `command`). Root-owned, world-readable: uid 65532 reads it and cannot change it.
RUN mkdir -p /out/app /out/usr/local/bin \
 && cp -R dist schema package.json /out/app/ \
 && sed -i '1s|^#!.*|#!/nodejs/bin/node|' /out/app/dist/vnet-probe.mjs \
 && ln -s /app/dist/vnet-probe.mjs /out/usr/local/bin/vnet-probe \
 && chmod -R u=rwX,go=rX /out/app \
 && chmod 0755 /out/app/dist/vnet-probe.mjs

FROM gcr.io/distroless/nodejs24-debian12:nonroot
ARG VERSION=0.1.0
ARG SOURCE=https://github.com/OWNER/vnet-probe
LABEL org.opencontainers.image.title="vnet-probe" \
      org.opencontainers.image.description="Proves, layer by layer, that an Azure subnet can reach what API Management and your workloads depend on." \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="MIT"
COPY --from=build /out/ /
# MALLOC_ARENA_MAX: glibc gives each thread that allocates its own 64 MB arena and keeps freed TLS
# buffers in them; two arenas took ~30 MB off `serve` with 1,000 checks (npm run bench).
ENV PATH=/usr/local/bin:/nodejs/bin:/usr/bin:/bin \
    NODE_ENV=production \
    MALLOC_ARENA_MAX=2
USER 65532:65532
WORKDIR /home/nonroot
EXPOSE 9464
# node is PID 1: `serve` handles SIGTERM/SIGINT itself (graceful stop, exit 0).
ENTRYPOINT ["vnet-probe"]
CMD ["--help"]
