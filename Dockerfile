# One image for every Joined-Up service; docker-compose.yml picks the entry point.
FROM node:20-slim
WORKDIR /app
RUN npm install -g pnpm@12.21.0
COPY . .
RUN pnpm install --frozen-lockfile
ENV NODE_ENV=production
