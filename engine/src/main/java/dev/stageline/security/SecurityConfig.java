package dev.stageline.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. Everything but the static pages and the health check needs a user of the
 * engine's identity service; API clients authenticate with HTTP Basic.
 */
@Configuration
class SecurityConfig {

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http, IdentityAuthenticationProvider identity,
      JsonSecurityErrors errors) throws Exception {
    http
        .authorizeHttpRequests(requests -> requests
            // the pages are static files; the data they show comes from the API, which needs a user
            .requestMatchers("/", "/index.html", "/assets/**", "/favicon.ico", "/actuator/health", "/error").permitAll()
            .requestMatchers("/modeler", "/modeler.html", "/tasklist", "/tasklist.html", "/dashboard", "/dashboard.html")
            .permitAll()
            // the engine's own REST API can do anything to the engine: admins only
            .requestMatchers("/engine-rest/**").hasAuthority(Caller.ADMINS)
            .anyRequest().authenticated())
        .authenticationProvider(identity)
        .httpBasic(basic -> basic.authenticationEntryPoint(errors.unauthenticated()))
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(errors.unauthenticated())
            .accessDeniedHandler(errors.forbidden()))
        // API clients send credentials with every call; no session means no CSRF token to steal
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
    return http.build();
  }
}
