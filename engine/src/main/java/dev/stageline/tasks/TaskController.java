package dev.stageline.tasks;

import dev.stageline.cases.CaseVariables;
import dev.stageline.security.Caller;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tasklist API (DESIGN §5): open tasks, claim, unclaim, complete. */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

  private final TaskListService tasks;

  TaskController(TaskListService tasks) {
    this.tasks = tasks;
  }

  /** The body of a completion; variables are optional. */
  record CompleteRequest(Map<String, Object> variables) {
  }

  @GetMapping
  List<OpenTask> list(Authentication authentication) {
    return tasks.openTasks(Caller.of(authentication));
  }

  @GetMapping("/{id}")
  TaskForm form(@PathVariable String id, Authentication authentication) {
    return tasks.form(id, Caller.of(authentication));
  }

  @PostMapping("/{id}/claim")
  OpenTask claim(@PathVariable String id, Authentication authentication) {
    return tasks.claim(id, Caller.of(authentication));
  }

  @PostMapping("/{id}/unclaim")
  OpenTask unclaim(@PathVariable String id, Authentication authentication) {
    return tasks.unclaim(id, Caller.of(authentication));
  }

  @PostMapping("/{id}/complete")
  TaskListService.Completed complete(@PathVariable String id, @RequestBody(required = false) CompleteRequest request,
      Authentication authentication) {
    Map<String, Object> variables = CaseVariables.plain(request == null ? null : request.variables());
    return tasks.complete(id, variables, Caller.of(authentication));
  }
}
