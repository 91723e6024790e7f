package dev.stageline.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is logged in (so pages show only what the user may use), and what the login page shows. */
@RestController
class AccountController {

  private final IdentityService identityService;
  private final DemoLogins demoLogins;

  AccountController(IdentityService identityService, DemoLogins demoLogins) {
    this.identityService = identityService;
    this.demoLogins = demoLogins;
  }

  /** The current user: name, groups, and the roles among them. */
  record Me(String userId, String name, List<String> groups, List<String> roles) {
  }

  /** What the login page needs: demo logins, when demo data is on. */
  record LoginInfo(boolean demo, List<DemoLogins.Login> users) {
  }

  @GetMapping("/api/me")
  Me me(Authentication authentication) {
    Caller caller = Caller.of(authentication);
    User user = identityService.createUserQuery().userId(caller.userId()).singleResult();
    String name = user == null ? caller.userId()
        : String.join(" ", nonNull(user.getFirstName()), nonNull(user.getLastName())).trim();
    List<String> groups = caller.groups().stream().sorted().toList();
    List<String> roles = Roles.ALL.stream().filter(caller.groups()::contains).toList();
    return new Me(caller.userId(), name.isEmpty() ? caller.userId() : name, groups, roles);
  }

  @GetMapping("/api/login-info")
  LoginInfo loginInfo() {
    List<DemoLogins.Login> users = demoLogins.shown();
    return new LoginInfo(!users.isEmpty(), users);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
