package dev.stageline.cases;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Starting service cases and reading them (DESIGN §5). */
@RestController
class CaseController {

  private final CaseService cases;

  CaseController(CaseService cases) {
    this.cases = cases;
  }

  /** The body of a case start; both parts are optional. */
  record StartRequest(String businessKey, Map<String, Object> variables) {
  }

  record Started(String id, String blueprint, int version, String businessKey) {
  }

  @PostMapping("/api/blueprints/{key}/cases")
  @ResponseStatus(HttpStatus.CREATED)
  Started start(@PathVariable String key, @RequestBody(required = false) StartRequest request,
      Authentication authentication) {
    StartRequest body = request == null ? new StartRequest(null, null) : request;
    return cases.start(key, body.businessKey(), CaseVariables.plain(body.variables()), authentication.getName());
  }

  @GetMapping("/api/cases")
  List<CaseSummary> list(@RequestParam(required = false) String blueprint,
      @RequestParam(required = false) String state,
      @RequestParam(defaultValue = "200") int limit) {
    return cases.list(blueprint, CaseState.parse(state), limit);
  }

  @GetMapping("/api/cases/{id}")
  CaseTimeline timeline(@PathVariable String id) {
    return cases.timeline(id);
  }
}
