package dev.stageline.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Clean URLs for the browser pages: {@code /modeler} shows {@code modeler.html}, and so on. */
@Configuration
class PageRoutes implements WebMvcConfigurer {

  /** The pages the modeler-ui module builds, one HTML file each (besides the home page). */
  static final String[] PAGES = {"modeler", "tasklist", "dashboard"};

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    for (String page : PAGES) {
      registry.addViewController("/" + page).setViewName("forward:/" + page + ".html");
    }
  }
}
