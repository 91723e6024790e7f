package dev.stageline.security;

import static dev.stageline.security.Roles.ADMINS;
import static dev.stageline.security.Roles.DESIGNERS;
import static dev.stageline.security.Roles.MANAGERS;
import static dev.stageline.security.Roles.STAFF;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may reach what. Browsers log in on the login page and keep a session (with a CSRF token
 * in the {@code XSRF-TOKEN} cookie, sent back as {@code X-XSRF-TOKEN}); API clients send HTTP
 * Basic with every call. Only the login page, static assets and the health check are public;
 * every endpoint checks its role here, on the server.
 */
@Configuration
class SecurityConfig {

  private static final RequestMatcher ENGINE_REST = path("/engine-rest/**");

  /** Pages and the API need these groups; admins may do everything. */
  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, IdentityAuthenticationProvider identity, JsonSecurityErrors errors)
      throws Exception {
    http
        // the engine's REST API is a servlet of its own, outside Spring MVC: match it by path
        .securityMatcher(new OrRequestMatcher(path("/api/**"), ENGINE_REST))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(GET, "/api/login-info").permitAll()
            .requestMatchers(ENGINE_REST).hasAuthority(ADMINS)
            .requestMatchers("/api/admin/**").hasAuthority(ADMINS)
            .requestMatchers(POST, "/api/blueprints", "/api/blueprints/validate").hasAnyAuthority(DESIGNERS, ADMINS)
            .requestMatchers(POST, "/api/blueprints/*/cases").hasAnyAuthority(STAFF, ADMINS)
            .requestMatchers("/api/blueprints/*/statistics", "/api/blueprints/*/statistics/**",
                "/api/blueprints/*/statistics.csv", "/api/blueprints/*/overdue", "/api/overdue")
            .hasAnyAuthority(MANAGERS, ADMINS)
            .requestMatchers("/api/tasks", "/api/tasks/**").hasAnyAuthority(STAFF, ADMINS)
            .requestMatchers(GET, "/api/cases", "/api/cases/**").hasAnyAuthority(STAFF, MANAGERS, ADMINS)
            .requestMatchers(GET, "/api/blueprints", "/api/blueprints/**", "/api/me", "/api/about").authenticated()
            .anyRequest().hasAuthority(ADMINS))
        .authenticationProvider(identity)
        .httpBasic(basic -> basic.authenticationEntryPoint(errors.unauthenticated()))
        .csrf(csrf -> csrf
            .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
            .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
            // a client that sends its credentials itself is not riding on a browser session
            .ignoringRequestMatchers(request -> request.getHeader(HttpHeaders.AUTHORIZATION) != null))
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(errors.unauthenticated())
            .accessDeniedHandler(errors.forbidden()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, IdentityAuthenticationProvider identity) throws Exception {
    http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/login", "/login.html", "/forbidden.html", "/assets/**", "/favicon.ico",
                "/actuator/health", "/error").permitAll()
            .requestMatchers("/modeler", "/modeler.html").hasAnyAuthority(DESIGNERS, ADMINS)
            .requestMatchers("/tasklist", "/tasklist.html").hasAnyAuthority(STAFF, ADMINS)
            .requestMatchers("/dashboard", "/dashboard.html").hasAnyAuthority(MANAGERS, ADMINS)
            .requestMatchers("/admin", "/admin.html").hasAuthority(ADMINS)
            .anyRequest().authenticated())
        .authenticationProvider(identity)
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .csrf(csrf -> csrf
            .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
            .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
        .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
        .exceptionHandling(handling -> handling.accessDeniedPage("/forbidden.html"));
    return http.build();
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }
}
