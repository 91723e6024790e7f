package dev.stageline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stageline.support.ApiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The browser pages are public static files under clean URLs; their data needs a user. */
@ApiIT
class PageRoutesIT {

  @Autowired
  private TestRestTemplate rest;

  @Test
  void shouldServeEveryPageUnderItsCleanUrlWithoutLogin() {
    for (String page : PageRoutes.PAGES) {
      // when
      ResponseEntity<String> response = rest.getForEntity("/" + page, String.class);

      // then
      assertThat(response.getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
      assertThat(response.getHeaders().getContentType()).as(page).isNotNull();
      assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(page).isTrue();
      assertThat(response.getBody()).as(page).contains("<title>Stageline — " + page + "</title>");
    }
  }

  @Test
  void shouldStillAskForALoginBeforeTheApiAnswers() {
    // when
    ResponseEntity<String> response = rest.getForEntity("/api/blueprints", String.class);

    // then
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
