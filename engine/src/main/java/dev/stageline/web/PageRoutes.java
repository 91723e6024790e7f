package dev.stageline.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Clean URLs for the pages built by modeler-ui: {@code /modeler} shows {@code modeler.html}, and so on. */
@Configuration
class PageRoutes implements WebMvcConfigurer {

  /** The pages with an HTML file of their own (besides the home page, {@code index.html}). */
  static final String[] PAGES = {"login", "modeler", "tasklist", "dashboard", "admin"};

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    for (String page : PAGES) {
      registry.addViewController("/" + page).setViewName("forward:/" + page + ".html");
    }
  }
}
