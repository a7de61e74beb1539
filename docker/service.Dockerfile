# One image recipe for the four services: docker compose passes SERVICE (ingest-service, translate-service, ...).
FROM maven:3.9-eclipse-temurin-21 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN mvn -B -q package -DskipTests -pl ${SERVICE} -am

FROM eclipse-temurin:21-jre
ARG SERVICE
RUN useradd --system --uid 185 factbridge
WORKDIR /app
COPY --from=build --chown=185 /src/${SERVICE}/target/quarkus-app/lib/ ./lib/
COPY --from=build --chown=185 /src/${SERVICE}/target/quarkus-app/*.jar ./
COPY --from=build --chown=185 /src/${SERVICE}/target/quarkus-app/app/ ./app/
COPY --from=build --chown=185 /src/${SERVICE}/target/quarkus-app/quarkus/ ./quarkus/
USER 185
ENV QUARKUS_HTTP_HOST=0.0.0.0 JAVA_OPTS="-Xmx256m -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
