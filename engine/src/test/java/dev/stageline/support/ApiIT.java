package dev.stageline.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The application on a random port with the real engine on an in-memory H2 database, shared by
 * every API test class (one Spring context, one engine). The samples are deployed as on a normal
 * start; demo users are off, so tests create the users they need. Like the statistics tests, they
 * run on PostgreSQL when given {@code -Dstageline.test.datasource.url=jdbc:postgresql://...}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=${stageline.test.datasource.url:jdbc:h2:mem:stageline-api;DB_CLOSE_DELAY=-1}",
    "spring.datasource.username=${stageline.test.datasource.username:sa}",
    "spring.datasource.password=${stageline.test.datasource.password:}",
    "stageline.demo.enabled=false",
    "stageline.admin.username=admin",
    "stageline.admin.password=" + ApiIT.ADMIN_PASSWORD
})
public @interface ApiIT {

  String ADMIN_PASSWORD = "admin-secret";
}
