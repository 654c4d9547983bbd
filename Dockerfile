# The API image for docker-compose.yml; it talks to the compose Neo4j (NEO4J_URI), so no Java here.
# Node 24, the current LTS (CI also tests the API on Node 24, see .ci/run).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY test ./test
RUN npx tsc -p tsconfig.json
# The explorer and the GraphQL IDE, bundled (explorer/dist/, served at /explore and /graphql).
COPY schema ./schema
COPY explorer ./explorer
RUN node explorer/build.js

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY --from=build /app/explorer/dist ./explorer/dist
COPY seeds ./seeds
COPY schema ./schema
# repoPath() finds the repository root by package.json beside neo4j-launcher/.
COPY neo4j-launcher/pom.xml ./neo4j-launcher/pom.xml
EXPOSE 4000
USER node
CMD ["node", "dist/src/index.js"]
