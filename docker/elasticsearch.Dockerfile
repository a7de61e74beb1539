# Elasticsearch 9.5.3 with the project's analysis plugin (nori, smartcn, CJK bigrams, English) installed.
FROM maven:3.9-eclipse-temurin-21 AS plugin
WORKDIR /src
COPY . .
RUN mvn -B -q package -DskipTests -pl es-analysis-plugin -am && cp es-analysis-plugin/target/es-analysis-plugin-*.zip /tmp/es-analysis-plugin.zip

FROM docker.elastic.co/elasticsearch/elasticsearch:9.5.3
COPY --from=plugin /tmp/es-analysis-plugin.zip /tmp/es-analysis-plugin.zip
RUN bin/elasticsearch-plugin install --batch file:///tmp/es-analysis-plugin.zip && rm /tmp/es-analysis-plugin.zip
