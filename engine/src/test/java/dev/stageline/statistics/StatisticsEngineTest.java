package dev.stageline.statistics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The real engine on an in-memory H2 database, shared by the statistics ITs: one configuration, so
 * Spring caches one context and one engine owns the database. (The mock web environment stays: the
 * engine's REST starter needs a servlet context.)
 *
 * <p>To run them on PostgreSQL instead, point them at an empty database:
 * {@code -Dstageline.test.datasource.url=jdbc:postgresql://127.0.0.1:5432/stageline_it
 * -Dstageline.test.datasource.username=... -Dstageline.test.datasource.password=...}
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
    "spring.datasource.url=${stageline.test.datasource.url:jdbc:h2:mem:stageline-statistics-it;DB_CLOSE_DELAY=-1}",
    "spring.datasource.username=${stageline.test.datasource.username:sa}",
    "spring.datasource.password=${stageline.test.datasource.password:}",
    "stageline.samples.deploy=false",
    // an engine name of its own: /engine-rest and the engine registry keep meaning the API tests' engine
    "camunda.bpm.process-engine-name=statisticsIt",
    "camunda.bpm.job-execution.enabled=false"
})
@interface StatisticsEngineTest {
}
