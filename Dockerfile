# syntax=docker/dockerfile:1
# Opora: multi-stage build. Stage 1 builds the jar with the Maven wrapper, stage 2 runs it on a JRE as a non-root user.
#   docker build -t opora:latest .      (or: docker compose build)
# Alternative without this file: ./mvnw spring-boot:build-image -Dspring-boot.build-image.imageName=opora:latest

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY . .
# the Maven repository is cached between builds (BuildKit); tests run in CI, not here
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package
# split the executable jar into its dependencies (lib/) and a small app.jar that refers to them
RUN cp target/opora-0.1.0-SNAPSHOT.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --destination /extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system opora \
 && useradd --system --gid opora --home-dir /app --shell /usr/sbin/nologin opora \
 && mkdir -p /app/data \
 && chown opora:opora /app/data
WORKDIR /app
COPY --from=build /extracted/lib/ lib/
COPY --from=build /extracted/app.jar app.jar
USER opora
EXPOSE 8080
# the supported size of a node: 512 MiB of heap (large imports queue on a node to stay inside it,
# see README «Memory»); override with JAVA_TOOL_OPTIONS if needed
ENV JAVA_TOOL_OPTIONS="-Xmx512m"
# native memory: glibc keeps at most 2 malloc arenas instead of up to 8 per core (README «Memory»)
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-jar", "app.jar"]
