package dev.stageline.demo;

import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Facts about this installation the pages show, such as a "demo data" banner. */
@RestController
class AboutController {

  /** The answer of {@code GET /api/about}. */
  record About(Demo demo) {
  }

  /** Whether the history holds simulated demo cases, seeded when, and how many. */
  record Demo(boolean seeded, Instant seededAt, long cases) {
  }

  private final DemoMarker marker;

  AboutController(DemoMarker marker) {
    this.marker = marker;
  }

  @GetMapping("/api/about")
  About about() {
    DemoMarker.Status status = marker.status();
    return new About(new Demo(status.seeded(), status.seededAt(), status.cases()));
  }
}
